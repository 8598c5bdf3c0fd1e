import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/schemas/actor.ts';
import { countActorsByType } from '../../../src/lib/views/count-actors.ts';

const actor = (id: string, name: string, type: Actor['type']): [string, Actor] => [id, { id, name, type, aliases: [] }];
const actors = new Map([
  actor('russia', 'Russia', 'state'),
  actor('libya', 'Libya', 'state'),
  actor('khalifa-haftar', 'Khalifa Haftar', 'person'),
  actor('aguila-saleh', 'Aguila Saleh', 'person'),
  actor('tass', 'TASS', 'media'),
]);

describe('countActorsByType', () => {
  it('counts events per actor, groups by type in the fixed type order, most frequent first then by name', () => {
    const events = [
      { actors: ['russia', 'khalifa-haftar'] },
      { actors: ['libya', 'russia', 'aguila-saleh'] },
      { actors: ['libya', 'khalifa-haftar'] },
    ];
    expect(
      countActorsByType(events, actors).map(({ type, actors: group }) => [type, group.map((a) => `${a.actor.id}:${a.count}`)]),
    ).toEqual([
      ['state', ['libya:2', 'russia:2']],
      ['person', ['khalifa-haftar:2', 'aguila-saleh:1']],
    ]);
  });

  it('counts an actor named twice in one event once, and skips ids without a record', () => {
    const groups = countActorsByType([{ actors: ['tass', 'tass', 'unknown-id'] }], actors);
    expect(groups.map(({ type, actors: group }) => [type, group.map((a) => `${a.actor.id}:${a.count}`)])).toEqual([
      ['media', ['tass:1']],
    ]);
  });
});
