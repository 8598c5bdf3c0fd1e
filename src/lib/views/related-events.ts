// Events that share actors with one event, most shared first: "related events" on an event page.
import { compareEvents } from '../order-events.ts';
import type { TimelineEvent } from '../../schemas/event.ts';

/** A related event and the actor ids it shares with the event it is related to. */
export interface RelatedEvent<T> {
  event: T;
  shared: string[];
}

/** How many related events an event page lists: enough to follow a thread, few enough to read. */
export const RELATED_LIMIT = 5;

/**
 * Up to `limit` events other than `event` and those in `exclude` (already linked elsewhere on the
 * page), ranked by the number of actors they share with it, then in timeline order.
 */
export function relatedEvents<T extends Pick<TimelineEvent, 'id' | 'date' | 'actors'>>(
  event: T,
  events: readonly T[],
  { exclude = new Set<string>(), limit = RELATED_LIMIT }: { exclude?: ReadonlySet<string>; limit?: number } = {},
): RelatedEvent<T>[] {
  const own = new Set(event.actors);
  return events
    .filter((other) => other.id !== event.id && !exclude.has(other.id))
    .map((other) => ({ event: other, shared: other.actors.filter((actor) => own.has(actor)) }))
    .filter((related) => related.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || compareEvents(a.event, b.event))
    .slice(0, limit);
}
