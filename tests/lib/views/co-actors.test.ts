import { describe, expect, it } from 'vitest';
import { coActors } from '../../../src/lib/views/co-actors.ts';

const events = [
  { actors: ['haftar', 'russia', 'libya'] },
  { actors: ['haftar', 'russia'] },
  { actors: ['haftar', 'egypt', 'egypt'] },
  { actors: ['russia', 'libya'] },
];

describe('coActors', () => {
  it('counts the events each companion shares, most first, ties by id', () => {
    expect(coActors('haftar', events)).toEqual([
      { id: 'russia', shared: 2 },
      { id: 'egypt', shared: 1 },
      { id: 'libya', shared: 1 },
    ]);
  });

  it('keeps to the limit', () => {
    expect(coActors('haftar', events, 1)).toEqual([{ id: 'russia', shared: 2 }]);
  });

  it('finds no companions for an actor without events', () => {
    expect(coActors('nobody', events)).toEqual([]);
  });
});
