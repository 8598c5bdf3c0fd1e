// A locale's speech words compiled once into the word trie and the few regular expressions the claim finder matches with.
import { localeFor } from '../locales/index.ts';
import type { SpeechWords } from '../locales/types.ts';
import { escape } from '../word-patterns.ts';
import type { Category } from './hits.ts';
import { fold, stemOf } from './tokens.ts';
import { addPhrase, emptyNode, type WordNode } from './word-trie.ts';

/** A role noun's stemmed words and the registry title words that hold it. */
interface RoleTitles {
  stems: readonly string[];
  titles: readonly RegExp[];
}

/** A locale's speech words compiled once into matchers. */
export interface Patterns {
  /** Every phrase of every category, keyed word by word. */
  trie: WordNode;
  /** Adverbs that may stand inside a verb phrase, keyed word by word. */
  adverbs: WordNode;
  adverbEndings: readonly string[];
  /** The verbs of saying as one pattern, for the few words before a quote. */
  verbs: RegExp;
  /** An attribution or quote attribution opening a clause: "Selon M. Lavrov,", "Pour le politologue X,". */
  attributionLead: RegExp;
  /** A document after an attribution, its author following: "un communiqué de", "a statement by". */
  documentLead: RegExp;
  /** Abbreviations that end in a full stop ("m", "gen", "г"), folded, without it. */
  abbreviations: ReadonlySet<string>;
  pronounSet: ReadonlySet<string>;
  objectPronounSet: ReadonlySet<string>;
  listenerSet: ReadonlySet<string>;
  relativeSet: ReadonlySet<string>;
  roleTokens: ReadonlySet<string>;
  /** Each institution noun's stem, with the words an organisation's names must hold for it (none: any organisation). */
  institutionKinds: ReadonlyMap<string, readonly RegExp[]>;
  roleTitles: readonly RoleTitles[];
  prepositions: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  /** A definite article and up to two words ending where the match must end ("the Russian |ambassador"). */
  definiteLead: RegExp;
  complementizers: ReadonlySet<string>;
  /** Case endings, longest first; empty for a language that does not inflect nouns. */
  endings: readonly string[];
  hasArticles: boolean;
}

/** A plain alternation of phrases for a small regular expression, longest first; with `endings`, words in every case. */
function alternationOf(list: readonly string[], endings: readonly string[] = []): string {
  const ending = endings.length > 0 ? `(?:${endings.map(escape).join('|')})?` : '';
  const word = (w: string): string => {
    const literal = (x: string): string => escape(x).replace(/'/g, "['’]");
    return ending && /\p{L}$/u.test(w) ? literal(stemOf(w, endings)) + ending : literal(w);
  };
  const phrases = [...new Set(list.map(fold))].sort((a, b) => b.length - a.length).map((p) => p.trim().split(/\s+/).map(word).join('\\s+'));
  return phrases.length > 0 ? `(?:${phrases.join('|')})` : '(?!)';
}

/** A case-insensitive matcher for an English phrase as whole words, to read registry titles and names. */
const wholeWords = (phrase: string): RegExp => new RegExp(`(?<![\\p{L}])${escape(phrase).replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu');

// By locale code: every article of a language shares one compiled set.
const compiled = new Map<string, Patterns>();

/** The matchers for a locale's speech words, compiled on first use. */
export function patternsFor(code: string): Patterns {
  const locale = localeFor(code);
  const cached = compiled.get(locale.code);
  if (cached) return cached;
  const w: SpeechWords = locale.speech;
  const endings = [...w.nounEndings].map(fold).sort((a, b) => b.length - a.length);
  const stem = (word: string): string => stemOf(fold(word), endings);
  const roles = Object.keys(w.roleWords);
  const abbreviations = locale.names.abbreviations.filter((a) => a.endsWith('.')).map((a) => a.slice(0, -1));
  const trie = emptyNode();
  const lists: [Category, readonly string[], boolean, boolean][] = [
    // category, phrases, inflected, gapped
    ['verbs', w.speechVerbs, false, true],
    ['tagVerbs', w.tagVerbs, false, true],
    ['attributions', w.attributions, false, false],
    ['quoteAttributions', w.quoteAttributions, false, false],
    ['notSpeech', w.notSpeech, false, false],
    ['pronouns', w.pronouns, false, false],
    ['anonymous', w.anonymousSources, true, false],
    ['roles', roles, true, false],
    ['institutions', Object.keys(w.institutionNouns), true, false],
    ['articles', w.definiteArticles, false, false],
  ];
  for (const [category, list, inflected, gapped] of lists) for (const phrase of list) addPhrase(trie, phrase, category, inflected ? endings : [], gapped);
  // The adverbs get a trie of their own; the category only marks where one ends.
  const adverbs = emptyNode();
  for (const adverb of w.verbAdverbs) addPhrase(adverbs, adverb, 'verbs', []);
  const patterns: Patterns = {
    trie,
    adverbs,
    adverbEndings: w.adverbEndings.map(fold),
    verbs: new RegExp(`(?<![\\p{L}\\p{N}-])${alternationOf(w.speechVerbs)}(?![\\p{L}\\p{N}-])`, 'giu'),
    attributionLead: new RegExp(`^\\s*${alternationOf([...w.attributions, ...w.quoteAttributions])}(?![\\p{L}\\p{N}-])`, 'iu'),
    documentLead: new RegExp(
      `^\\s*(?:${alternationOf(w.determiners)}\\s*)?(?:[\\p{L}-]+\\s+)?${alternationOf(w.documentNouns, endings)}(?:\\s+[\\p{L}-]+)?\\s+${alternationOf(w.prepositions)}(?![\\p{L}\\p{N}-])\\s*`,
      'iu',
    ),
    abbreviations: new Set(abbreviations.map(fold)),
    pronounSet: new Set(w.pronouns.map(fold)),
    objectPronounSet: new Set(w.objectPronouns.map(fold)),
    listenerSet: new Set(w.listenerVerbs.map(fold)),
    relativeSet: new Set(w.relativePronouns.map(fold)),
    roleTokens: new Set(roles.flatMap((r) => fold(r).split(/\s+/))),
    institutionKinds: new Map(Object.entries(w.institutionNouns).map(([noun, kinds]) => [stem(noun), kinds.map(wholeWords)])),
    roleTitles: Object.entries(w.roleWords).map(([role, titles]) => ({ stems: fold(role).split(/\s+/).map(stem), titles: titles.map(wholeWords) })),
    prepositions: new Set(w.prepositions.map(fold)),
    determiners: new Set(w.determiners.map(fold)),
    definite: new Set(w.definiteArticles.map(fold)),
    definiteLead: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:${w.definiteArticles.map((a) => escape(a).replace(/'/g, "['’]")).join('|') || '(?!)'})\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}$`,
      'iu',
    ),
    complementizers: new Set(w.complementizers.map(fold)),
    endings,
    hasArticles: w.definiteArticles.length > 0,
  };
  compiled.set(locale.code, patterns);
  return patterns;
}
