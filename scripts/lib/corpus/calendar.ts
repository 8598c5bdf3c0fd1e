// Calendar days as `YYYY-MM-DD` strings, counted in UTC so that no time zone moves a day.

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
