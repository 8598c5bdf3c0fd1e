// The actor index (`/actors/`): every actor the site knows, grouped by type, with its event count.
// Unlike the filter bar it lists actors no event names yet, since each of them has a page too.
import type { Actor, ActorType } from '../../schemas/actor.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import { ACTOR_TYPES, actorTypeHeading } from './actor-type-label.ts';
import { countActorsByType } from './count-actors.ts';

/** The actors of one type in alphabetical order, with the number of events naming each. */
export interface DirectoryGroup {
  type: ActorType;
  heading: string;
  actors: Array<{ actor: Actor; count: number }>;
}

/** Every actor in `actors`, grouped by type in the site's type order; empty types left out. */
export function actorDirectory(actors: readonly Actor[], events: readonly Pick<TimelineEvent, 'actors'>[]): DirectoryGroup[] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  // The filter bar's counting, so both pages give an actor the same number.
  const counts = new Map(countActorsByType(events, byId).flatMap((group) => group.actors.map(({ actor, count }) => [actor.id, count])));
  return ACTOR_TYPES.map((type) => ({
    type,
    heading: actorTypeHeading(type),
    actors: actors
      .filter((actor) => actor.type === type)
      .map((actor) => ({ actor, count: counts.get(actor.id) ?? 0 }))
      .sort((a, b) => a.actor.name.localeCompare(b.actor.name, 'en')),
  })).filter((group) => group.actors.length > 0);
}

/** The directory in two parts: the actors some event names, and the registry's other entries. */
export interface DirectorySections {
  named: DirectoryGroup[];
  /** Actors in `content/actors.yaml` that no article names yet; they keep their pages. */
  registryOnly: DirectoryGroup[];
}

/** `actorDirectory`, split by whether an actor's event count is above zero; empty types left out of each part. */
export function actorDirectorySections(
  actors: readonly Actor[],
  events: readonly Pick<TimelineEvent, 'actors'>[],
): DirectorySections {
  const groups = actorDirectory(actors, events);
  const part = (keep: (count: number) => boolean) =>
    groups
      .map((group) => ({ ...group, actors: group.actors.filter(({ count }) => keep(count)) }))
      .filter((group) => group.actors.length > 0);
  return { named: part((count) => count > 0), registryOnly: part((count) => count === 0) };
}

/** How many actors `groups` list in all. */
export function countListed(groups: readonly DirectoryGroup[]): number {
  return groups.reduce((sum, group) => sum + group.actors.length, 0);
}
