// The line under a source of an event made of several reports: the date that source gave it.
import type { EventSource } from '../../schemas/event.ts';
import { formatEventDate } from '../format-date.ts';

/**
 * "22 August 2023: A dated reference in the article: “le 22 août”." or, for a report with no date of its own,
 * "22 August 2023: No date of its own; dated by its merge with Izvestia, “…”." Null for an event with one source
 * (the date line above says it all) and for a source that gives no date.
 */
export function reportedDateNote(source: Pick<EventSource, 'reportedDate'>, sourceCount: number): string | null {
  const reported = source.reportedDate;
  if (sourceCount < 2 || !reported) return null;
  return `${formatEventDate(reported.date)}: ${reported.explanation}`;
}
