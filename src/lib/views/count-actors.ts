// The filter bar's contents: the actors the events name, grouped by type, with their event counts.
import type { Actor, ActorType } from '../../schemas/actor.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import { ACTOR_TYPES } from './actor-type-label.ts';

/** An actor and the number of timeline entries (primary and background) naming it. */
export interface ActorCount {
  actor: Actor;
  count: number;
}

/** The actors of one type, most frequent first. */
export interface ActorTypeGroup {
  type: ActorType;
  actors: ActorCount[];
}

/**
 * Counts, for every actor named by at least one event, the events naming it. Types come in the
 * order of `ACTOR_TYPES` and are left out when empty; within a type, the most frequent actors lead
 * and ties go by name. Ids without a record in `actors` are skipped: there is no page to link to.
 */
export function countActorsByType(
  events: readonly Pick<TimelineEvent, 'actors'>[],
  actors: ReadonlyMap<string, Actor>,
): ActorTypeGroup[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const id of new Set(event.actors)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const counted = [...counts].flatMap(([id, count]) => {
    const actor = actors.get(id);
    return actor ? [{ actor, count }] : [];
  });
  return ACTOR_TYPES.map((type) => ({
    type,
    actors: counted
      .filter(({ actor }) => actor.type === type)
      .sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name, 'en')),
  })).filter((group) => group.actors.length > 0);
}
