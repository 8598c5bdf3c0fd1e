import { describe, expect, it } from 'vitest';
import { groupByYear } from '../../../src/lib/views/group-by-year.ts';

describe('groupByYear', () => {
  it('groups by year ascending, keeps each group in input order and puts undated last', () => {
    const events = [
      { id: 'a', date: '2011' },
      { id: 'b', date: '2011-02-15' },
      { id: 'c', date: '2016-10' },
      { id: 'd', date: null },
      { id: 'e', date: '2008-04-17' },
    ];
    expect(groupByYear(events).map(({ year, events: group }) => [year, group.map((e) => e.id)])).toEqual([
      ['2008', ['e']],
      ['2011', ['a', 'b']],
      ['2016', ['c']],
      ['undated', ['d']],
    ]);
  });

  it('gives each group its section id and heading', () => {
    expect(groupByYear([{ date: '2011' }, { date: null }]).map(({ anchor, label }) => [anchor, label])).toEqual([
      ['y2011', '2011'],
      ['undated', 'Undated'],
    ]);
  });

  it('has no undated group when every event is dated, and no group at all for no events', () => {
    expect(groupByYear([{ date: '2023-08-22' }]).map((group) => group.year)).toEqual(['2023']);
    expect(groupByYear([])).toEqual([]);
  });
});
