import { describe, expect, it } from 'vitest';
import { actorDirectory } from '../../../src/lib/views/actor-directory.ts';
import { makeActor } from './support/make-event.ts';

describe('actorDirectory', () => {
  it('lists every actor by type in the site order, alphabetically, with event counts, zero included', () => {
    const actors = [
      makeActor('putin', 'person', { name: 'Vladimir Putin' }),
      makeActor('haftar', 'person', { name: 'Khalifa Haftar' }),
      makeActor('russia', 'state', { name: 'Russia' }),
      makeActor('tass', 'media', { name: 'TASS' }),
    ];
    const events = [{ actors: ['haftar', 'russia'] }, { actors: ['haftar', 'haftar'] }];
    expect(
      actorDirectory(actors, events).map((group) => [group.type, group.heading, group.actors.map(({ actor, count }) => [actor.id, count])]),
    ).toEqual([
      ['state', 'States', [['russia', 1]]],
      [
        'person',
        'People',
        [
          ['haftar', 2],
          ['putin', 0],
        ],
      ],
      ['media', 'Media', [['tass', 0]]],
    ]);
  });
});
