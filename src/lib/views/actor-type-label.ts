// Reader-facing names of actor types: a chip's hidden label and a filter group's heading.
import type { ActorType } from '../../schemas/actor.ts';

/** The order actor types are listed in, and their names in the singular and plural. */
export const ACTOR_TYPES: readonly ActorType[] = ['state', 'person', 'armed-group', 'organization', 'media'];

const LABELS: Record<ActorType, { one: string; many: string }> = {
  person: { one: 'person', many: 'People' },
  state: { one: 'state', many: 'States' },
  organization: { one: 'organisation', many: 'Organisations' },
  'armed-group': { one: 'armed group', many: 'Armed groups' },
  media: { one: 'media outlet', many: 'Media' },
};

/** "armed group" — one actor's type in words. */
export function actorTypeLabel(type: ActorType): string {
  return LABELS[type].one;
}

/** "Armed groups" — a heading over actors of one type. */
export function actorTypeHeading(type: ActorType): string {
  return LABELS[type].many;
}
