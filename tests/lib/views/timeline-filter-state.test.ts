import { describe, expect, it } from 'vitest';
import {
  filterStatus,
  keepKnownActors,
  matchesFilter,
  parseFilterState,
  serializeFilterState,
  toggleActor,
} from '../../../src/lib/views/timeline-filter-state.ts';

describe('matchesFilter', () => {
  const eventActors = ['russia', 'libya', 'khalifa-haftar'];

  it('matches every event when nothing is selected', () => {
    expect(matchesFilter(eventActors, [], 'any')).toBe(true);
    expect(matchesFilter([], [], 'all')).toBe(true);
  });

  it('with "any" needs one selected actor, with "all" every one', () => {
    expect(matchesFilter(eventActors, ['russia', 'tass'], 'any')).toBe(true);
    expect(matchesFilter(eventActors, ['russia', 'tass'], 'all')).toBe(false);
    expect(matchesFilter(eventActors, ['russia', 'libya'], 'all')).toBe(true);
    expect(matchesFilter(eventActors, ['tass'], 'any')).toBe(false);
  });
});

describe('parseFilterState', () => {
  it('reads the actors in their order and the match mode', () => {
    expect(parseFilterState('?actors=libya,russia&match=all')).toEqual({ actors: ['libya', 'russia'], match: 'all' });
  });

  it('defaults to "any" and to no actors', () => {
    expect(parseFilterState('')).toEqual({ actors: [], match: 'any' });
    expect(parseFilterState('?actors=russia&match=some')).toEqual({ actors: ['russia'], match: 'any' });
  });

  it('drops empty, malformed and repeated ids', () => {
    expect(parseFilterState('?actors=russia,,Libya,%3Cscript%3E,russia,khalifa-haftar')).toEqual({
      actors: ['russia', 'khalifa-haftar'],
      match: 'any',
    });
  });
});

describe('serializeFilterState', () => {
  it('writes actors and match, or nothing when no actor is selected', () => {
    expect(serializeFilterState({ actors: ['russia', 'libya'], match: 'all' })).toBe('?actors=russia,libya&match=all');
    expect(serializeFilterState({ actors: ['russia'], match: 'any' })).toBe('?actors=russia&match=any');
    expect(serializeFilterState({ actors: [], match: 'all' })).toBe('');
  });

  it('round-trips through parseFilterState', () => {
    const state = { actors: ['wagner-group', 'russia'], match: 'all' as const };
    expect(parseFilterState(serializeFilterState(state))).toEqual(state);
  });
});

describe('toggleActor', () => {
  it('appends an unselected id and removes a selected one, leaving the input alone', () => {
    const selected = ['russia'];
    expect(toggleActor(selected, 'libya')).toEqual(['russia', 'libya']);
    expect(toggleActor(['russia', 'libya'], 'russia')).toEqual(['libya']);
    expect(selected).toEqual(['russia']);
  });
});

describe('keepKnownActors', () => {
  const known = new Set(['russia', 'libya']);

  it('keeps the ids with a chip, in order, and reports the others', () => {
    expect(keepKnownActors({ actors: ['donald-trump', 'libya', 'russia', 'rusia'], match: 'all' }, known)).toEqual({
      state: { actors: ['libya', 'russia'], match: 'all' },
      unknown: ['donald-trump', 'rusia'],
    });
  });

  it('leaves no actor selected when none is known, so every event shows', () => {
    expect(keepKnownActors({ actors: ['donald-trump'], match: 'any' }, known)).toEqual({
      state: { actors: [], match: 'any' },
      unknown: ['donald-trump'],
    });
  });
});

describe('filterStatus', () => {
  it('counts shown events while actors are selected', () => {
    expect(filterStatus(3, 12, 1, [])).toBe('3 of 12 events');
  });

  it('names the ids left out, alone or after the count', () => {
    expect(filterStatus(12, 12, 0, ['donald-trump'])).toBe('No event names “donald-trump”.');
    expect(filterStatus(3, 12, 2, ['a', 'b'])).toBe('3 of 12 events. No event names “a” or “b”.');
  });

  it('is empty with no filter', () => {
    expect(filterStatus(12, 12, 0, [])).toBe('');
  });
});
