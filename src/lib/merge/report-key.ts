// The key of one report of a happening: what the merge groups, and what the id lock records.
import type { DraftEvent } from '../../schemas/event.ts';

/** A report's key: its article file for the primary event, `${file}#${date}` for a background one. */
export function reportKey(event: Pick<DraftEvent, 'kind' | 'date' | 'sources'>): string {
  const file = event.sources[0]?.file ?? '';
  return event.kind === 'primary' ? file : `${file}#${event.date ?? ''}`;
}

/** The article file a report key belongs to: the key itself, or the key without its `#<date>` (a file name may hold a `#` of its own). */
export function reportFile(report: string): string {
  return reportDate(report) === null ? report : report.slice(0, report.lastIndexOf('#'));
}

/** The date of a background report's key (`2011-02` of `a.txt#2011-02`); null for a primary report's. */
export function reportDate(report: string): string | null {
  return /#(\d{4}(?:-\d{2}){0,2})$/.exec(report)?.[1] ?? null;
}
