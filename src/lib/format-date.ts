// Dates in words, cut to the precision they are known to: "22 August 2023", "June 2012", "2011".
import { format, parseISO } from 'date-fns';

/** A "YYYY", "YYYY-MM" or "YYYY-MM-DD" date in English words at its own precision. */
export function formatEventDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return format(parseISO(`${date}-01`), 'MMMM yyyy');
  return format(parseISO(date), 'd MMMM yyyy');
}
