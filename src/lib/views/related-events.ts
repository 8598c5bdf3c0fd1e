// Events that share actors with one event, most shared first: "related events" on an event page.
import type { TimelineEvent } from '../../schemas/event.ts';
import type { TimelineIndex } from './timeline-index.ts';

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
  index: TimelineIndex<T>,
  { exclude = new Set<string>(), limit = RELATED_LIMIT }: { exclude?: ReadonlySet<string>; limit?: number } = {},
): RelatedEvent<T>[] {
  const own = new Set(event.actors);
  // Shared actors counted through each actor's events, by place: every event naming Russia is met, but none is sorted.
  const counts = new Uint16Array(index.ordered.length);
  const met: number[] = [];
  for (const actor of own) {
    for (const place of index.naming.get(actor) ?? []) {
      const count = (counts[place] ?? 0) + 1;
      counts[place] = count;
      if (count === 1) met.push(place);
    }
  }
  const best: Array<{ place: number; count: number }> = [];
  for (const place of met) {
    const count = counts[place] ?? 0;
    // Kept sorted, most shared first, then timeline order; at most `limit` long.
    const ahead = (kept: { place: number; count: number }) => count > kept.count || (count === kept.count && place < kept.place);
    const last = best.at(-1);
    if (best.length >= limit && (last === undefined || !ahead(last))) continue;
    const other = index.ordered[place];
    if (!other || other.id === event.id || exclude.has(other.id)) continue;
    const at = best.findIndex(ahead);
    if (at === -1) {
      if (best.length < limit) best.push({ place, count });
    } else {
      best.splice(at, 0, { place, count });
      if (best.length > limit) best.pop();
    }
  }
  return best.flatMap(({ place }) => {
    const other = index.ordered[place];
    return other ? [{ event: other, shared: other.actors.filter((actor) => own.has(actor)) }] : [];
  });
}
