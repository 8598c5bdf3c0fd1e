import { describe, expect, it } from 'vitest';
import { timelineIndex } from '../../../src/lib/views/timeline-index.ts';
import { neighbourEvents } from '../../../src/lib/views/neighbour-events.ts';

const events = [
  { id: 'undated', date: null },
  { id: 'b', date: '2012-08-22' },
  { id: 'a', date: '2011' },
  { id: 'c', date: '2012-08-22' },
];

describe('neighbourEvents', () => {
  it('finds the events either side in timeline order, ties by id', () => {
    expect(neighbourEvents('b', timelineIndex(events))).toEqual({ previous: { id: 'a', date: '2011' }, next: { id: 'c', date: '2012-08-22' } });
  });

  it('has no previous event at the start and no next one at the end (undated events come last)', () => {
    expect(neighbourEvents('a', timelineIndex(events)).previous).toBeNull();
    expect(neighbourEvents('undated', timelineIndex(events))).toEqual({ previous: { id: 'c', date: '2012-08-22' }, next: null });
  });

  it('has neither for an id not among the events', () => {
    expect(neighbourEvents('missing', timelineIndex(events))).toEqual({ previous: null, next: null });
  });
});
