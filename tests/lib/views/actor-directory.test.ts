import { describe, expect, it } from 'vitest';
import { actorDirectory, actorDirectorySections, countListed } from '../../../src/lib/views/actor-directory.ts';
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

describe('actorDirectorySections', () => {
  it('lists the actors events name apart from the registry-only ones, each part by type', () => {
    const actors = [
      makeActor('putin', 'person', { name: 'Vladimir Putin' }),
      makeActor('haftar', 'person', { name: 'Khalifa Haftar' }),
      makeActor('russia', 'state', { name: 'Russia' }),
      makeActor('tass', 'media', { name: 'TASS' }),
    ];
    const events = [{ actors: ['haftar', 'russia'] }, { actors: ['haftar'] }];
    const ids = (groups: ReturnType<typeof actorDirectorySections>['named']) =>
      groups.map((group) => [group.type, group.actors.map(({ actor, count }) => [actor.id, count])]);
    const { named, registryOnly } = actorDirectorySections(actors, events);
    expect(ids(named)).toEqual([
      ['state', [['russia', 1]]],
      ['person', [['haftar', 2]]],
    ]);
    expect(ids(registryOnly)).toEqual([
      ['person', [['putin', 0]]],
      ['media', [['tass', 0]]],
    ]);
    expect([countListed(named), countListed(registryOnly)]).toEqual([2, 2]);
  });
});
