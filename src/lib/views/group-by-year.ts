// The timeline's year sections: events grouped by the year they happened in, undated ones last.
import type { TimelineEvent } from '../../schemas/event.ts';

/** One section of the timeline: a four-digit year, or "undated". */
export interface YearGroup<T> {
  year: string;
  /** The section's id, the year index's fragment: `y2011` (an id must not be a bare number), `undated`. */
  anchor: string;
  /** The heading and index text: "2011", "Undated". */
  label: string;
  events: T[];
}

/**
 * Groups events by year, years ascending and the undated group last. Within a group the events
 * keep the order they came in, so pass them in timeline order (`orderEvents`). `alwaysYears`
 * ("2009", "undated") get a group even when no event falls in them.
 */
export function groupByYear<T extends Pick<TimelineEvent, 'date'>>(events: readonly T[], alwaysYears: readonly string[] = []): YearGroup<T>[] {
  const byYear = new Map<string, T[]>(alwaysYears.map((year) => [year, []]));
  for (const event of events) {
    const year = event.date === null ? 'undated' : event.date.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), event]);
  }
  // "undated" sorts after every digit, so a plain string order puts it last.
  return [...byYear.keys()].sort().map((year) => ({
    year,
    anchor: year === 'undated' ? 'undated' : `y${year}`,
    label: year === 'undated' ? 'Undated' : year,
    events: byYear.get(year) ?? [],
  }));
}
