// Calendar days as `YYYY-MM-DD` strings, counted in UTC so that no time zone moves a day: what the
// corpus generator asks of them beyond the day arithmetic of src/lib/calendar-days.ts.

/** The weekday of a day: 0 for Sunday to 6 for Saturday. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** Year, month (1–12) and day of the month of a `YYYY-MM-DD` day. */
export function partsOf(day: string): { year: number; month: number; date: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)) };
}

/** True when `day` lies within [from, to]; an absent bound is open. Bounds may be `YYYY` or `YYYY-MM` (the whole year or month). */
export function within(day: string, from: string | undefined, to: string | undefined): boolean {
  if (from !== undefined && day < from) return false;
  // "2021-03" as an end includes every day of March: compare on as many characters as the bound has.
  if (to !== undefined && day.slice(0, to.length) > to) return false;
  return true;
}
