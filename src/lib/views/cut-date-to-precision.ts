// A date written no finer than it is known, for `<time datetime>` and for words.
import type { DatePrecision } from '../../schemas/event.ts';

const LENGTH_AT_PRECISION: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

/** "2023-08-22" at month precision is "2023-08"; a null precision leaves the date as written. */
export function cutDateToPrecision(date: string, precision: DatePrecision | null): string {
  return precision === null ? date : date.slice(0, LENGTH_AT_PRECISION[precision]);
}
