// The narrowest date a set of clues allows, with the clue credited for each bound.
import { describe, expect, it } from 'vitest';
import type { Clue } from '../../../src/lib/dating/clue.ts';
import { boundOf, OPEN_END, OPEN_START } from '../../../src/lib/dating/date-window.ts';
import type { MonthSpanClue } from '../../../src/lib/dating/month-span-clues.ts';
import { narrowDate } from '../../../src/lib/dating/narrow-date.ts';

/** A clue that holds from `from` to `to` ("YYYY[-MM[-DD]]", or null for no bound). */
const clue = (quote: string, ...periods: [string | null, string | null][]): Clue => ({
  quote,
  detail: '',
  span: { start: 0, end: 0 },
  window: periods.map(([from, to]) => ({ start: from ? boundOf(from, 'start') : OPEN_START, end: to ? boundOf(to, 'end') : OPEN_END })),
});
const months = (first: number, last: number): MonthSpanClue => ({ quote: 'months', detail: '', span: { start: 0, end: 0 }, months: [first, last] });

/** What narrowDate gives, in a few words. */
function narrowed(clues: Clue[], spans: MonthSpanClue[] = []) {
  const result = narrowDate(clues, spans);
  if (result.kind === 'none' || result.kind === 'contradiction') return [result.kind];
  const ends = [result.start.day, result.start.label, result.start.clue?.quote ?? null, result.end.day, result.end.label, result.end.clue?.quote ?? null];
  return result.kind === 'dated' ? [result.kind, result.value, result.precision, ...ends] : [result.kind, ...ends];
}

describe('narrowDate', () => {
  it('gives nothing without a clue', () => {
    expect(narrowed([])).toEqual(['none']);
  });

  it('dates to the year when the bounds fall within one, crediting each bound to its clue', () => {
    const dbeibah = clue('Dbeibah', ['2021-03-15', null]);
    const decade = clue('decade', ['2019', '2021']);
    expect(narrowed([dbeibah, decade])).toEqual(['dated', '2021', 'year', '2021-03-15', '15 March 2021', 'Dbeibah', '2021-12-31', '2021', 'decade']);
  });

  it('dates to the month when the bounds fall within one', () => {
    expect(narrowed([clue('Mangoush', ['2021-03', '2023-08']), clue('Takala', ['2023-08', null])])).toEqual([
      'dated',
      '2023-08',
      'month',
      '2023-08-01',
      'August 2023',
      'Takala',
      '2023-08-31',
      'August 2023',
      'Mangoush',
    ]);
  });

  it('leaves bounds more than one calendar year apart, or open, undated', () => {
    expect(narrowed([clue('Dbeibah', ['2021-03-15', null]), clue('Shoigu', ['2012-11-06', '2024-05-12'])])).toEqual([
      'bounded',
      '2021-03-15',
      '15 March 2021',
      'Dbeibah',
      '2024-05-12',
      '12 May 2024',
      'Shoigu',
    ]);
    expect(narrowed([clue('Belousov', ['2024-05-14', null])])).toEqual(['bounded', '2024-05-14', '14 May 2024', 'Belousov', OPEN_END.day, '', null]);
  });

  it('credits a bound to the first clue that set it', () => {
    expect(narrowed([clue('first', ['2023', '2023']), clue('second', ['2023', '2023'])])).toEqual([
      'dated',
      '2023',
      'year',
      '2023-01-01',
      '2023',
      'first',
      '2023-12-31',
      '2023',
      'first',
    ]);
  });

  it('reads an office held twice as either time', () => {
    const putin = clue('Putin', ['2000-05-07', '2008-05-07'], ['2012-05-07', null]);
    // Only the two days of the handovers are left: 7 May 2008 and 7 May 2012.
    expect(narrowed([putin, clue('Medvedev', ['2008-05-07', '2012-05-07'])])).toEqual([
      'bounded',
      '2008-05-07',
      '7 May 2008',
      'Medvedev',
      '2012-05-07',
      '7 May 2012',
      'Medvedev',
    ]);
    expect(narrowed([putin, clue('2011–2012', ['2011', '2012'])])).toEqual([
      'dated',
      '2012',
      'year',
      '2012-05-07',
      '7 May 2012',
      'Putin',
      '2012-12-31',
      '2012',
      '2011–2012',
    ]);
    expect(narrowed([putin, clue('2010', ['2010', '2010'])])).toEqual(['contradiction']);
  });

  it('narrows by a month span only within closed bounds, and ignores one that would leave nothing', () => {
    const namroush = clue('Namroush', ['2020-08', '2021-03']);
    expect(narrowed([namroush], [months(1, 3)])).toEqual([
      'dated',
      '2021',
      'year',
      '2021-01-01',
      'January 2021',
      'months',
      '2021-03-31',
      'March 2021',
      'Namroush',
    ]);
    expect(narrowed([clue('open', ['2020-08', null])], [months(1, 3)])).toEqual(['bounded', '2020-08-01', 'August 2020', 'open', OPEN_END.day, '', null]);
    expect(narrowed([clue('autumn', ['2020-09', '2020-11'])], [months(1, 3)])).toEqual([
      'dated',
      '2020',
      'year',
      '2020-09-01',
      'September 2020',
      'autumn',
      '2020-11-30',
      'November 2020',
      'autumn',
    ]);
  });
});
