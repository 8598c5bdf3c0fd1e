// How much sharing an actor says about two reports telling of one happening, by the actor's type.
import type { ActorType } from '../../schemas/actor.ts';

/**
 * Weights in tenths, so that sums stay exact. People and armed groups act in few happenings; organisations
 * (ministries, the UN) in more; states (Russia, Libya) in every report of this timeline; a medium only reports.
 * An actor of unknown type weighs as an organisation.
 */
const WEIGHTS: Record<ActorType, number> = { person: 10, 'armed-group': 10, organization: 5, state: 1, media: 0 };

/** The weight, in tenths, of sharing an actor of `type`. */
export function actorWeight(type: ActorType | undefined): number {
  return type ? WEIGHTS[type] : WEIGHTS.organization;
}

/** The weight of the least particular actor that ties two reports, an organisation's: below it, states, which every report names. */
export const PARTICULAR_WEIGHT = WEIGHTS.organization;
