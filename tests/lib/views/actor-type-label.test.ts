import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, actorTypeHeading, actorTypeLabel } from '../../../src/lib/views/actor-type-label.ts';

describe('actor type labels', () => {
  it('names every type in the singular and as a heading', () => {
    expect(ACTOR_TYPES.map(actorTypeLabel)).toEqual(['state', 'person', 'armed group', 'organisation', 'media outlet']);
    expect(ACTOR_TYPES.map(actorTypeHeading)).toEqual(['States', 'People', 'Armed groups', 'Organisations', 'Media']);
  });
});
