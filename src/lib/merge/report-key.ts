// The key of one report of a happening: what the merge groups, and what the id lock records.
import type { DraftEvent } from '../../schemas/event.ts';

/** A report's key: its article file for the primary event, `${file}#${date}` for a background one. */
export function reportKey(event: Pick<DraftEvent, 'kind' | 'date' | 'sources'>): string {
  const file = event.sources[0]?.file ?? '';
  return event.kind === 'primary' ? file : `${file}#${event.date ?? ''}`;
}
