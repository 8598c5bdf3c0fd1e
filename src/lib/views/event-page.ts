// Everything an event page (`/events/<id>/`) shows, gathered from the collections in one pass so
// the page itself only renders.
import type { Actor } from '../../schemas/actor.ts';
import type { Claim, EventSource, TimelineEvent } from '../../schemas/event.ts';
import { sourceId } from '../extract-corpus.ts';
import { truncate } from '../truncate.ts';
import { describeDateBasis } from './describe-date-basis.ts';
import { eventJsonLd } from './event-json-ld.ts';
import { mentionLinks } from './mention-links.ts';
import { neighbourEvents, type Neighbours } from './neighbour-events.ts';
import { sentencePath, sourcePath } from './page-paths.ts';
import { relatedEvents } from './related-events.ts';
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
  actors: Actor[];
  claims: ClaimView[];
  sources: Array<{ source: EventSource; href: string }>;
  /** Background events the article mentions, or for a background event the events mentioning it. */
  mentions: TimelineEvent[];
  related: Array<{ event: TimelineEvent; shared: Actor[] }>;
  neighbours: Neighbours<TimelineEvent>;
  /** JSON-LD, already safe to place inside a `<script>` element. */
  jsonLd: string;
}

/** The event page for `event`, among `events`, with `actors` by id and the page's absolute `url`. */
export function eventPage(event: TimelineEvent, events: readonly TimelineEvent[], actors: ReadonlyMap<string, Actor>, url: string): EventPage {
  const actorsOf = (ids: readonly string[]) => ids.flatMap((id) => actors.get(id) ?? []);
  const eventActors = actorsOf(event.actors);
  const mentions = mentionLinks(event, events);
  return {
    event,
    url,
    description: truncate(event.summary || event.title, DESCRIPTION_LENGTH),
    textLang: textLang(event.language),
    dateBasis: describeDateBasis(event),
    actors: eventActors,
    claims: event.claims.map((claim) => ({
      claim,
      speaker: claim.speaker === null ? null : (actors.get(claim.speaker) ?? null),
      sentenceHref: sentencePath(sourceId(claim.source), claim.sentence.start),
    })),
    sources: event.sources.map((source) => ({ source, href: sourcePath(sourceId(source.file)) })),
    mentions,
    // Events already listed as mentions are not repeated as related ones.
    related: relatedEvents(event, events, { exclude: new Set(mentions.map((other) => other.id)) }).map((related) => ({
      event: related.event,
      shared: actorsOf(related.shared),
    })),
    neighbours: neighbourEvents(event.id, events),
    jsonLd: serializeJsonLd(eventJsonLd(event, eventActors, url)),
  };
}
