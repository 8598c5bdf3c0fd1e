// The events just before and after one event in timeline order: the event page's prev/next links.
import { orderEvents } from '../order-events.ts';
import type { TimelineEvent } from '../../schemas/event.ts';

/** The neighbours of one event; null at either end of the timeline. */
export interface Neighbours<T> {
  previous: T | null;
  next: T | null;
}

/** The events before and after `id` once `events` are put in timeline order (undated ones last). */
export function neighbourEvents<T extends Pick<TimelineEvent, 'id' | 'date'>>(id: string, events: readonly T[]): Neighbours<T> {
  const ordered = orderEvents(events);
  const index = ordered.findIndex((event) => event.id === id);
  if (index === -1) return { previous: null, next: null };
  return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null };
}
