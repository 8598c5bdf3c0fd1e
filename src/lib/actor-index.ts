// The actor registry prepared once per build for fast matching in every article.
import type { RegistryActor } from '../schemas/actor.ts';

export interface ActorIndex {
  /** Registry entries by id. */
  byId: ReadonlyMap<string, RegistryActor>;
}

/** Indexes the registry: done once, reused for every article. */
export function buildActorIndex(registry: readonly RegistryActor[]): ActorIndex {
  return { byId: new Map(registry.map((actor) => [actor.id, actor])) };
}
