// What `/` lists: the whole timeline while it is short, the latest events once it is long (the
// year pages hold the rest), so that the first page stays light however large the archive grows.
import type { TimelineEvent } from '../../schemas/event.ts';
import { yearPages, yearPlaces } from './year-pages.ts';

/**
 * Up to this many events `/` lists them all, as it always has: about 35 KB gzipped at 0.2 KB an
 * entry, and then one page a reader can search with Ctrl+F and filter as a whole. Beyond it the
 * page would grow with the archive (250 KB at 1,300 events), so it lists the latest only.
 */
export const COMPLETE_TIMELINE_LIMIT = 150;

/** How many of the latest dated events `/` lists once the timeline is longer than the limit. */
export const LATEST_EVENTS = 40;

/** The events `/` lists, and whether they are the whole timeline. */
export interface HomeTimeline<T> {
  complete: boolean;
  /** In timeline order. */
  events: T[];
}

/**
 * From `events` in timeline order (`orderEvents`): all of them when there are at most `limit`;
 * else the `latest` most recent dated ones, still oldest first (undated events have no place
 * among the latest; their page is `/years/undated/`).
 */
export function homeTimeline<T extends Pick<TimelineEvent, 'date'>>(
  events: readonly T[],
  limit = COMPLETE_TIMELINE_LIMIT,
  latest = LATEST_EVENTS,
): HomeTimeline<T> {
  if (events.length <= limit) return { complete: true, events: [...events] };
  const dated = events.filter((event) => event.date !== null);
  return { complete: false, events: dated.slice(Math.max(0, dated.length - latest)) };
}

/**
 * Each event's permalink by id, from `events` in timeline order: `/#<id>` while `/` lists the
 * whole timeline, else its place on its year page (`/years/2023/2/#<id>`).
 */
export function timelinePlaces<T extends Pick<TimelineEvent, 'date' | 'id'>>(
  events: readonly T[],
  limit = COMPLETE_TIMELINE_LIMIT,
): Map<string, string> {
  if (events.length <= limit) return new Map(events.map((event) => [event.id, `/#${event.id}`]));
  return yearPlaces(yearPages(events));
}
