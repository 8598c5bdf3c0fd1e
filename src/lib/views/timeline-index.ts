// What event and source pages look up among all the events — an event's neighbours in timeline
// order, the events sharing its actors, the events it mentions or is mentioned by; an article's
// claim sentences — worked out once per build, not once per page: at 10,000 articles, sorting and
// scanning every event for each of 12,000 event pages took more than two minutes of the build, and
// for each of 10,000 source pages another 24 s.
import { orderEvents } from '../order-events.ts';
import type { Span, TimelineEvent } from '../../schemas/event.ts';
import { claimSentencesByFile } from './claim-sentences.ts';

type Indexed = Pick<TimelineEvent, 'id' | 'date'> & Partial<Pick<TimelineEvent, 'actors' | 'mentionedBy' | 'claims'>>;

export interface TimelineIndex<T extends Indexed> {
  /** Every event, in timeline order. */
  ordered: readonly T[];
  /** Each event's place in `ordered`, by id. */
  rank: ReadonlyMap<string, number>;
  /** The places in `ordered` of the events naming each actor, ascending. */
  naming: ReadonlyMap<string, readonly number[]>;
  /** The events whose `mentionedBy` lists each id, in timeline order. */
  mentioning: ReadonlyMap<string, readonly T[]>;
  /** The distinct sentences claims are quoted from, by source file, in text order. */
  claimSentences: ReadonlyMap<string, readonly Span[]>;
}

/** The index of `events`. */
export function timelineIndex<T extends Indexed>(events: readonly T[]): TimelineIndex<T> {
  const ordered = orderEvents(events);
  const places = ordered.map((event, place) => ({ event, place }));
  const naming = Map.groupBy(
    places.flatMap(({ event, place }) => [...new Set(event.actors ?? [])].map((actor) => ({ actor, place }))),
    ({ actor }) => actor,
  );
  const mentioning = Map.groupBy(
    ordered.flatMap((event) => [...new Set(event.mentionedBy ?? [])].map((id) => ({ id, event }))),
    ({ id }) => id,
  );
  return {
    ordered,
    rank: new Map(places.map(({ event, place }) => [event.id, place])),
    naming: new Map([...naming].map(([actor, entries]) => [actor, entries.map(({ place }) => place)])),
    mentioning: new Map([...mentioning].map(([id, entries]) => [id, entries.map(({ event }) => event)])),
    claimSentences: claimSentencesByFile(events),
  };
}
