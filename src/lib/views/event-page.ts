// Everything an event page (`/events/<id>/`) shows, gathered from the collections in one pass so
// the page itself only renders.
import type { Actor } from '../../schemas/actor.ts';
import type { Claim, EventSource, Span, TimelineEvent } from '../../schemas/event.ts';
import type { Source } from '../../schemas/source.ts';
import { sourceId } from '../extract-corpus.ts';
import { truncate } from '../truncate.ts';
import { describeDateBasis } from './describe-date-basis.ts';
import { eventJsonLd } from './event-json-ld.ts';
import { mentionLinks } from './mention-links.ts';
import { neighbourEvents, type Neighbours } from './neighbour-events.ts';
import { sentencePath, sourcePath } from './page-paths.ts';
import { relatedEvents } from './related-events.ts';
import type { TimelineIndex } from './timeline-index.ts';
import { reportedDateNote } from './reported-date-note.ts';
import { serializeJsonLd } from './serialize-json-ld.ts';
import { textLang } from './text-lang.ts';

/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 160;

/** A claim with its speaker resolved and the address of the sentence it stands in. */
export interface ClaimView {
  claim: Claim;
  /** The speaker's actor record; null when the source names nobody or the id is unknown. */
  speaker: Actor | null;
  sentenceHref: string;
}

/**
 * A link to a sentence on a source page. A background event is the sentence its date was read from,
 * so for one the link is also to the sentence the event comes from (`origin`), and says so.
 */
export interface SentenceLink {
  href: string;
  /** The visible words of the link. */
  label: string;
  /** What screen readers hear after the label: the date's words and the article's title. */
  detail: string;
  origin: boolean;
}

/** What the event page renders. */
export interface EventPage {
  event: TimelineEvent;
  /** The page's absolute URL, for Open Graph and JSON-LD. */
  url: string;
  /** The page's meta description: the summary, cut to what search results show. */
  description: string;
  /** The `lang` for the title and summary: absent for English, the page's own language. */
  textLang: string | undefined;
  dateBasis: string;
  /** The link to the sentence the date was read from; null when the date was not read from the text. */
  dateEvidenceLink: SentenceLink | null;
  actors: Actor[];
  claims: ClaimView[];
  /** Each source, its page, and when the event has several, the date that source gave it (`reportedDateNote`). */
  sources: Array<{ source: EventSource; href: string; dateNote: string | null }>;
  /** Background events the article mentions, or for a background event the events mentioning it. */
  mentions: TimelineEvent[];
  related: Array<{ event: TimelineEvent; shared: Actor[] }>;
  neighbours: Neighbours<TimelineEvent>;
  /** JSON-LD, already safe to place inside a `<script>` element. */
  jsonLd: string;
}

/** The parts of a source record an event page reads: where its sentences are, and the editor's note. */
export type SourceSentences = Pick<Source, 'id' | 'sentences' | 'editor'>;

/** The start of the sentence of `sentences` holding `span` (where it starts), or null when none holds it. */
function sentenceHolding(sentences: readonly Span[], span: Span): number | null {
  return sentences.find((sentence) => sentence.start <= span.start && span.start < sentence.end)?.start ?? null;
}

/** The link from the event's date to the sentence it was read from; null when it was not read from the text. */
function dateEvidenceLink(event: TimelineEvent, source: SourceSentences | undefined): SentenceLink | null {
  const evidence = event.dateEvidence;
  const start = source && evidence?.span ? sentenceHolding(source.sentences, evidence.span) : null;
  if (!source || !evidence || start === null) return null;
  const origin = event.kind === 'background';
  const title = event.sources.find((other) => other.file === evidence.source)?.title ?? 'the source article';
  return {
    href: sentencePath(source.id, start),
    label: origin ? 'Read this sentence in the article' : 'See the date in its sentence',
    detail: `“${evidence.text}” in ${title}`,
    origin,
  };
}

/**
 * The event page for `event`, among the events of `index` (`timelineIndex`, built once for all the pages), with
 * `actors` by id, the `sources` by file (for the sentences its date and origin link to, and the editor's note) and
 * the page's absolute `url`.
 */
export function eventPage(
  event: TimelineEvent,
  index: TimelineIndex<TimelineEvent>,
  actors: ReadonlyMap<string, Actor>,
  sources: ReadonlyMap<string, SourceSentences>,
  url: string,
): EventPage {
  const actorsOf = (ids: readonly string[]) => ids.flatMap((id) => actors.get(id) ?? []);
  const eventActors = actorsOf(event.actors);
  const mentions = mentionLinks(event, index);
  const evidenceSource = event.dateEvidence ? sources.get(event.dateEvidence.source) : undefined;
  return {
    event,
    url,
    description: truncate(event.summary || event.title, DESCRIPTION_LENGTH),
    textLang: textLang(event.language),
    dateBasis: describeDateBasis(event, evidenceSource?.editor.note ?? null),
    dateEvidenceLink: dateEvidenceLink(event, evidenceSource),
    actors: eventActors,
    claims: event.claims.map((claim) => ({
      claim,
      speaker: claim.speaker === null ? null : (actors.get(claim.speaker) ?? null),
      sentenceHref: sentencePath(sourceId(claim.source), claim.sentence.start),
    })),
    sources: event.sources.map((source) => ({ source, href: sourcePath(sourceId(source.file)), dateNote: reportedDateNote(source, event.sources.length) })),
    mentions,
    // Events already listed as mentions are not repeated as related ones.
    related: relatedEvents(event, index, { exclude: new Set(mentions.map((other) => other.id)) }).map((related) => ({
      event: related.event,
      shared: actorsOf(related.shared),
    })),
    neighbours: neighbourEvents(event.id, index),
    jsonLd: serializeJsonLd(eventJsonLd(event, eventActors, url)),
  };
}
