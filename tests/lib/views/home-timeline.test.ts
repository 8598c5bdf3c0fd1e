import { describe, expect, it } from 'vitest';
import { homeTimeline, timelinePlaces } from '../../../src/lib/views/home-timeline.ts';

const events = [
  { id: 'a', date: '2019-03' },
  { id: 'b', date: '2021-05-01' },
  { id: 'c', date: '2023' },
  { id: 'd', date: '2023-08-22' },
  { id: 'e', date: null },
];
const ids = (list: readonly { id: string }[]) => list.map((event) => event.id);

describe('homeTimeline', () => {
  it('lists the whole timeline, undated events included, up to the limit', () => {
    const home = homeTimeline(events, 5, 2);
    expect(home.complete).toBe(true);
    expect(ids(home.events)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('lists the latest dated events, oldest first, beyond the limit', () => {
    const home = homeTimeline(events, 4, 2);
    expect(home.complete).toBe(false);
    expect(ids(home.events)).toEqual(['c', 'd']);
  });

  it('lists every dated event when there are fewer than it would show', () => {
    expect(ids(homeTimeline(events, 1, 10).events)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('timelinePlaces', () => {
  it('keeps permalinks on / while / lists the whole timeline', () => {
    expect(timelinePlaces(events, 5).get('e')).toBe('/#e');
  });

  it('sends them to the year pages beyond the limit', () => {
    const places = timelinePlaces(events, 4);
    expect([places.get('a'), places.get('d'), places.get('e')]).toEqual(['/years/2019/#a', '/years/2023/#d', '/years/undated/#e']);
  });
});
