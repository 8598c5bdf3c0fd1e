// Whether two reports' dates can name one happening, and how closely they agree.
import type { DateBasis, DatePrecision } from '../../schemas/event.ts';
import { dayNumber } from '../calendar-days.ts';

/** A report's date as the merge compares it. */
export interface ReportDate {
  date: string | null;
  precision: DatePrecision | null;
  basis: DateBasis | null;
}

/**
 * How two dates agree: to the day, within one month, within one year, or not at all for want of a date (`undated`).
 * Null when they cannot name one happening.
 */
export type DateFit = 'day' | 'month' | 'year' | 'undated' | null;

/**
 * Bases that may put a report a day off its happening: a weekday or "yesterday" read against a publication date
 * given in another time zone, and a publication date standing for news of the day before.
 */
const LOOSE: ReadonlySet<DateBasis> = new Set(['relative', 'publication']);
const LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };


/** How the dates of `a` and `b` agree (see `DateFit`). */
export function dateFit(a: ReportDate, b: ReportDate): DateFit {
  if (a.date === null || b.date === null || a.precision === null || b.precision === null) return 'undated';
  if (a.precision === 'day' && b.precision === 'day') {
    const slack = (a.basis && LOOSE.has(a.basis)) || (b.basis && LOOSE.has(b.basis)) ? 1 : 0;
    return Math.abs(dayNumber(a.date) - dayNumber(b.date)) <= slack ? 'day' : null;
  }
  // The coarser date must hold the finer one: "August 2023" holds 22 August, "2011" holds February 2011.
  const coarser: DatePrecision = a.precision === 'year' || b.precision === 'year' ? 'year' : 'month';
  return a.date.slice(0, LENGTH[coarser]) === b.date.slice(0, LENGTH[coarser]) ? coarser : null;
}
