// The timeline's order, kept in one place for the pages, feeds and exports.
import type { TimelineEvent } from '../schemas/event.ts';

/**
 * Oldest first; undated events last. "2011" sorts before "2011-02" before "2011-02-15", so a
 * coarser date leads its period. Ties fall back to the id, so the order is total and stable.
 */
export function compareEvents(a: Pick<TimelineEvent, 'date' | 'id'>, b: Pick<TimelineEvent, 'date' | 'id'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A new array of the events in timeline order. */
export function orderEvents<T extends Pick<TimelineEvent, 'date' | 'id'>>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}
