import { describe, expect, it } from 'vitest';
import { dateFit, type ReportDate } from '../../../src/lib/merge/date-fit.ts';

const day = (date: string, basis: ReportDate['basis'] = 'explicit'): ReportDate => ({ date, precision: 'day', basis });
const month = (date: string): ReportDate => ({ date, precision: 'month', basis: 'explicit' });
const year = (date: string): ReportDate => ({ date, precision: 'year', basis: 'explicit' });
const undated: ReportDate = { date: null, precision: null, basis: null };

describe('dateFit', () => {
  it('agrees to the day on one day, and a day apart only when a weekday or the publication date dated one of them', () => {
    expect(dateFit(day('2025-03-12'), day('2025-03-12'))).toBe('day');
    expect(dateFit(day('2025-03-12'), day('2025-03-13'))).toBeNull();
    expect(dateFit(day('2025-03-12', 'relative'), day('2025-03-13'))).toBe('day');
    expect(dateFit(day('2025-03-12'), day('2025-03-11', 'publication'))).toBe('day');
    expect(dateFit(day('2025-02-28', 'relative'), day('2025-03-01'))).toBe('day');
    expect(dateFit(day('2025-03-12', 'relative'), day('2025-03-14', 'relative'))).toBeNull();
  });

  it('agrees within the month or year that holds the finer date', () => {
    expect(dateFit(month('2025-03'), day('2025-03-12'))).toBe('month');
    expect(dateFit(month('2025-03'), month('2025-03'))).toBe('month');
    expect(dateFit(day('2025-04-01'), month('2025-03'))).toBeNull();
    expect(dateFit(year('2011'), month('2011-02'))).toBe('year');
    expect(dateFit(year('2011'), day('2011-10-20'))).toBe('year');
    expect(dateFit(year('2011'), year('2012'))).toBeNull();
  });

  it('cannot tell without a date', () => {
    expect(dateFit(undated, day('2025-03-12'))).toBe('undated');
    expect(dateFit(year('2011'), undated)).toBe('undated');
  });
});
