// Everything one article's claim search reads, built once: the masked text, its speech-word hits, its mentions and the registry.
import type { ActorRole } from '../../schemas/actor.ts';
import type { Span } from '../../schemas/event.ts';
import type { ActorMention, Article, PipelineContext } from '../article.ts';
import { HARD_BOUNDARY } from './clauses.ts';
import { hitsOf, type Hits } from './hits.ts';
import { FRAGMENT, STANDALONE } from './masks.ts';
import type { Patterns } from './patterns.ts';
import { firstFrom, matchesIn } from './positions.ts';

/** Everything one article's search reads, built once per article. */
export interface Scan {
  text: string;
  /** The text with quotes and abbreviation stops masked, same length, so offsets agree. */
  masked: string;
  words: Patterns;
  hits: Hits;
  /** Where clauses break in the masked text (`HARD_BOUNDARY`), in text order. */
  boundaries: readonly Span[];
  mentions: readonly ActorMention[];
  /** The spans of `mentions`, for lookups by offset. */
  mentionSpans: readonly Span[];
  sentences: readonly Span[];
  typeOf: (id: string) => string | undefined;
  rolesOf: (id: string) => readonly ActorRole[];
  /** An actor's name and aliases, one string, to tell what kind of organisation it is. */
  namesOf: (id: string) => string;
  /** The article's date ("YYYY[-MM[-DD]]"), against which registry roles are read; null when undated. */
  date: string | null;
  /** Speaker of the last claim with one, for a pronoun with no antecedent in view. */
  lastSpeaker: string | null;
  /** `introOf` by mention index, computed once. */
  intros: Map<number, readonly string[]>;
}

/** The scan of an article whose text is already masked (`maskAbbreviations`, then `maskQuotes`), read with its locale's words. */
export function scanOf(article: Article, context: PipelineContext, words: Patterns, masked: string): Scan {
  const { text } = article;
  const provisional = new Map(article.provisionalActors.map((a) => [a.id, a.type]));
  const provisionalNames = new Map(article.provisionalActors.map((a) => [a.id, a.name]));
  const mentions = [...article.actorMentions].sort((a, b) => a.span.start - b.span.start);
  return {
    text,
    masked,
    words,
    hits: hitsOf(masked, words),
    boundaries: matchesIn(HARD_BOUNDARY, masked, 0, masked.length),
    mentions,
    mentionSpans: mentions.map((m) => m.span),
    sentences: article.sentences,
    typeOf: (id) => context.actors.byId.get(id)?.type ?? provisional.get(id),
    rolesOf: (id) => context.actors.byId.get(id)?.roles ?? [],
    namesOf: (id) => {
      const actor = context.actors.byId.get(id);
      return actor ? [actor.name, ...actor.aliases].join(' | ') : (provisionalNames.get(id) ?? '');
    },
    date: article.eventDate?.value ?? article.publication?.value ?? null,
    lastSpeaker: null,
    intros: new Map(),
  };
}

/** True when `pos` lies inside a quote, standalone or fragment. */
export const isMasked = (scan: Scan, pos: number): boolean => scan.masked[pos] === STANDALONE || scan.masked[pos] === FRAGMENT;
/** True when the registry or the article's provisional actors give `id` as a person. */
export const isPerson = (scan: Scan, id: string): boolean => scan.typeOf(id) === 'person';

/** The unmasked mentions that lie within [start, end). */
export function mentionsWithin(scan: Scan, start: number, end: number): ActorMention[] {
  const found: ActorMention[] = [];
  for (let i = firstFrom(scan.mentionSpans, start); i < scan.mentions.length; i++) {
    const m = scan.mentions[i];
    if (!m || m.span.start >= end) break;
    if (m.span.end <= end && !isMasked(scan, m.span.start)) found.push(m);
  }
  return found;
}
