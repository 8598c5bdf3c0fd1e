// The actors one actor appears beside most often, counted over the events they share.
import type { TimelineEvent } from '../../schemas/event.ts';

/** An actor id and the number of events it shares with the actor in question. */
export interface CoActor {
  id: string;
  shared: number;
}

/** How many companions an actor page lists. */
export const CO_ACTOR_LIMIT = 8;

/** Up to `limit` actors sharing events with `actorId`, most shared first, ties by id. */
export function coActors(actorId: string, events: readonly Pick<TimelineEvent, 'actors'>[], limit = CO_ACTOR_LIMIT): CoActor[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (!event.actors.includes(actorId)) continue;
    // A set, so an actor listed twice in one event still counts that event once.
    for (const other of new Set(event.actors)) {
      if (other !== actorId) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, shared]) => ({ id, shared }))
    .sort((a, b) => b.shared - a.shared || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}
