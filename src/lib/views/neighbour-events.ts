// The events just before and after one event in timeline order: the event page's prev/next links.
import type { TimelineEvent } from '../../schemas/event.ts';
import type { TimelineIndex } from './timeline-index.ts';

/** The neighbours of one event; null at either end of the timeline. */
export interface Neighbours<T> {
  previous: T | null;
  next: T | null;
}

/** The events before and after `id` in timeline order (undated ones last). */
export function neighbourEvents<T extends Pick<TimelineEvent, 'id' | 'date'>>(id: string, index: TimelineIndex<T>): Neighbours<T> {
  const place = index.rank.get(id);
  if (place === undefined) return { previous: null, next: null };
  return { previous: index.ordered[place - 1] ?? null, next: index.ordered[place + 1] ?? null };
}
