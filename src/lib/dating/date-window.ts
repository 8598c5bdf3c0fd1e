// Where an article may stand in time: a list of periods (an office held twice gives two), each end
// with the words a reader is shown for it and the clue that set it.
import { format } from 'date-fns';
import type { DatePrecision } from '../../schemas/event.ts';
import { periodOf } from '../find-dates.ts';
import { formatEventDate } from '../format-date.ts';
import type { Clue } from './clue.ts';

/** One end of a period: a day ("YYYY-MM-DD"), as a reader is told it ("15 March 2021", "May 2024"), and the clue that set it. */
export interface Bound {
  day: string;
  label: string;
  clue: Clue | null;
}

/** A period, both ends included. */
export interface Interval {
  start: Bound;
  end: Bound;
}

/** The periods an article may stand in, in order. */
export type DateWindow = readonly Interval[];

/** No earlier bound. */
export const OPEN_START: Bound = { day: '0000-01-01', label: '', clue: null };
/** No later bound. */
export const OPEN_END: Bound = { day: '9999-12-31', label: '', clue: null };

const precisionOf = (value: string): DatePrecision => (value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day');

/** The first or last day of a "YYYY[-MM[-DD]]" date, labelled at its own precision ("2021-03" → 1 or 31 March 2021, "March 2021"). */
export function boundOf(value: string, side: 'start' | 'end', label = formatEventDate(value)): Bound {
  const period = periodOf(value, precisionOf(value));
  return { day: format(side === 'start' ? period.start : period.end, 'yyyy-MM-dd'), label, clue: null };
}

const later = (a: Bound, b: Bound): Bound => (b.day > a.day ? b : a);
const earlier = (a: Bound, b: Bound): Bound => (b.day < a.day ? b : a);

/** The periods both windows allow; on equal days the end already there is kept, so the first clue to set a bound keeps it. */
export function intersectWindows(a: DateWindow, b: DateWindow): DateWindow {
  const both = a.flatMap((x) => b.map((y) => ({ start: later(x.start, y.start), end: earlier(x.end, y.end) })));
  return both.filter((interval) => interval.start.day <= interval.end.day).sort((x, y) => x.start.day.localeCompare(y.start.day));
}

/** The window with every end that has a date credited to `clue`. */
export function creditWindow(window: DateWindow, clue: Clue): DateWindow {
  const credit = (bound: Bound): Bound => (bound.day === OPEN_START.day || bound.day === OPEN_END.day ? bound : { ...bound, clue });
  return window.map((interval) => ({ start: credit(interval.start), end: credit(interval.end) }));
}
