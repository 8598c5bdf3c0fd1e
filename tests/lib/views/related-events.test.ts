import { describe, expect, it } from 'vitest';
import { timelineIndex } from '../../../src/lib/views/timeline-index.ts';
import { relatedEvents } from '../../../src/lib/views/related-events.ts';

const event = { id: 'e', date: '2020', actors: ['russia', 'libya', 'haftar'] };
const others = [
  event,
  { id: 'one-late', date: '2023', actors: ['russia'] },
  { id: 'one-early', date: '2012', actors: ['libya', 'egypt'] },
  { id: 'three', date: '2019', actors: ['haftar', 'libya', 'russia'] },
  { id: 'two', date: '2021', actors: ['haftar', 'russia'] },
  { id: 'none', date: '2015', actors: ['egypt'] },
];

describe('relatedEvents', () => {
  it('ranks by actors shared, then timeline order, and leaves out the event and unrelated ones', () => {
    expect(relatedEvents(event, timelineIndex(others)).map((related) => [related.event.id, related.shared])).toEqual([
      ['three', ['haftar', 'libya', 'russia']],
      ['two', ['haftar', 'russia']],
      ['one-early', ['libya']],
      ['one-late', ['russia']],
    ]);
  });

  it('keeps to the limit and skips excluded events', () => {
    expect(relatedEvents(event, timelineIndex(others), { limit: 2, exclude: new Set(['three']) }).map((related) => related.event.id)).toEqual([
      'two',
      'one-early',
    ]);
  });
});
