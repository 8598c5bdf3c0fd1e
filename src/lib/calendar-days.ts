// Calendar days as `YYYY-MM-DD` strings and as day numbers, counted in UTC so that no time zone
// moves a day: for arithmetic on whole days and for days as keys (the merge's day-by-day lookups,
// the corpus generator's diary). date-fns works on Date objects in local time, which is neither.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The `YYYY-MM-DD` day of a day number. */
export function dayOf(number: number): string {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative: earlier). */
export function addDays(day: string, days: number): string {
  return dayOf(dayNumber(day) + days);
}
