// What the actor finder knows about one article while it reads it, built once from its tokens and the registry's matches.
import type { Span } from '../../schemas/event.ts';
import { matchPhrase, type ActorIndex, type PhraseMatch, type PhraseTrie, type Token } from '../actor-index.ts';
import type { Article, ProvisionalActor } from '../article.ts';
import { localeFor } from '../locales/index.ts';
import type { NameCase } from '../locales/types.ts';
import { NAME_CASES } from './nominative.ts';
import { organizationRulesFor, type OrganizationRules } from './organization-rules.ts';
import { titleChains, type TitleChain } from './titles.ts';
import { NOT_SPEECH, PLACES, VERBS } from './word-lists.ts';

/** The kinds of actor the stage may find that the registry does not know. */
export type ProvisionalType = ProvisionalActor['type'];

/** What the stage knows about one article while it reads it. */
export interface Reading {
  text: string;
  tokens: Token[];
  index: ActorIndex;
  rules: OrganizationRules;
  /** Registry match covering each token, or -1; set again once other bearers of a surname are given back. */
  covered: Int32Array;
  /** 1 for tokens inside a place name. */
  inPlace: Uint8Array;
  /** 1 for the first token of a sentence or line. */
  sentenceStart: Uint8Array;
  /** 1 for tokens inside a phrase that holds a speech verb but reports no speech ("so-called", "said to be"). */
  notSpeech: Uint8Array;
  /** Folded words the article also writes in lower case: common words, whatever their capital at a sentence's start. */
  lowerForms: Set<string>;
  /** Title chains by the token they end before. */
  titleBefore: Map<number, TitleChain>;
  /** Speech verbs by start token, and by the token they end before. */
  verbAt: Map<number, PhraseMatch<boolean>>;
  verbBefore: Map<number, PhraseMatch<boolean>>;
  /** The cases a name takes in the article's language, for giving it back in the nominative. */
  nameCases: readonly NameCase[];
}

/** A capitalised name the article gives without the registry knowing it, with its evidence. */
export interface Candidate {
  start: number;
  end: number;
  type: ProvisionalType;
  evidence: string;
  /** The cases the evidence puts the name in, when it may not be the nominative. */
  cases: readonly NameCase[];
}

/** The text of tokens [start, end), as written. */
export const tokenText = (reading: Reading, start: number, end: number): string =>
  reading.text.slice(reading.tokens[start]?.start ?? 0, reading.tokens[end - 1]?.end ?? 0);

/** The tokens each matched phrase of a trie covers, as 1s. */
function coverage(tokens: readonly Token[], trie: PhraseTrie<boolean>): Uint8Array {
  const cover = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhrase(trie, tokens, i);
    if (match) cover.fill(1, match.start, match.end);
  }
  return cover;
}

/** The first token of every sentence, and of every line. */
function sentenceStarts(tokens: readonly Token[], sentences: readonly Span[]): Uint8Array {
  const starts = new Uint8Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.gap === '\n') starts[i] = 1;
    while (s < sentences.length && (sentences[s]?.start ?? Infinity) <= token.start) {
      starts[i] = 1;
      s++;
    }
  }
  return starts;
}

/** The speech verbs outside registry names, by start token, and by the token they end before. */
function speechVerbs(tokens: readonly Token[], matchedBy: Int32Array): Pick<Reading, 'verbAt' | 'verbBefore'> {
  const verbAt = new Map<number, PhraseMatch<boolean>>();
  const verbBefore = new Map<number, PhraseMatch<boolean>>();
  for (let i = 0; i < tokens.length; i++) {
    const verb = matchPhrase(VERBS, tokens, i);
    if (!verb || (matchedBy[i] ?? -1) >= 0) continue;
    verbAt.set(i, verb);
    // "a déclaré" and "déclare" fold alike: the longer verb ending at a token is the one read.
    if (!verbBefore.has(verb.end)) verbBefore.set(verb.end, verb);
  }
  return { verbAt, verbBefore };
}

/** The reading of an article, its tokens covered by the registry matches `matchedBy` gives (by token; -1 where none). */
export function readingOf(article: Article, index: ActorIndex, tokens: Token[], matchedBy: Int32Array): Reading {
  const { verbAt, verbBefore } = speechVerbs(tokens, matchedBy);
  return {
    text: article.text,
    tokens,
    index,
    // Organisation names follow the article's language: where the head noun stands differs.
    rules: organizationRulesFor(article.language),
    covered: matchedBy,
    inPlace: coverage(tokens, PLACES),
    sentenceStart: sentenceStarts(tokens, article.sentences),
    notSpeech: coverage(tokens, NOT_SPEECH),
    lowerForms: new Set(tokens.filter((t) => !t.upper && !t.digit).map((t) => t.fold)),
    titleBefore: titleChains(tokens, matchedBy),
    verbAt,
    verbBefore,
    nameCases: NAME_CASES.get(localeFor(article.language).code) ?? [],
  };
}
