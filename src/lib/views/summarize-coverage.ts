// What the timeline covers, for the line under its title: date span, events, sources, languages.
import type { TimelineEvent } from '../../schemas/event.ts';

/** The figures of the coverage line. Dates are as the events carry them, at their precision. */
export interface Coverage {
  /** Earliest and latest event date; null when no event is dated. */
  firstDate: string | null;
  lastDate: string | null;
  primaryCount: number;
  backgroundCount: number;
  /** Distinct source articles behind the events. */
  sourceCount: number;
  /** Distinct source languages as ISO 639-1 codes, sorted. */
  languages: string[];
}

/** Summarises the events the timeline shows. */
export function summarizeCoverage(events: readonly Pick<TimelineEvent, 'date' | 'kind' | 'sources'>[]): Coverage {
  const dates = events.flatMap((event) => (event.date === null ? [] : [event.date])).sort();
  const sources = events.flatMap((event) => event.sources);
  return {
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    primaryCount: events.filter((event) => event.kind === 'primary').length,
    backgroundCount: events.filter((event) => event.kind === 'background').length,
    sourceCount: new Set(sources.map((source) => source.file)).size,
    languages: [...new Set(sources.map((source) => source.language))].sort(),
  };
}
