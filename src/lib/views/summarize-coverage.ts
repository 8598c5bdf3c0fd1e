// What the timeline covers, for the line under its title: date span, events, sources, languages.
import type { TimelineEvent } from '../../schemas/event.ts';
import { formatEventDate } from '../format-date.ts';
import { languageName } from './language-name.ts';

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

/** The coverage line in words, in three parts so the page can link the middle one to `/sources/`. */
export interface CoverageSentence {
  lead: string;
  sources: string;
  tail: string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** "From 22 August 2012 to 22 August 2023: 5 events reported and 10 earlier events they mention, drawn from | 5 source articles | in 2 languages (English and French)." */
export function coverageSentence(coverage: Coverage): CoverageSentence {
  const { firstDate, lastDate, primaryCount, backgroundCount, sourceCount, languages } = coverage;
  const span = firstDate && lastDate ? `From ${formatEventDate(firstDate)} to ${formatEventDate(lastDate)}: ` : '';
  const languageList = new Intl.ListFormat('en', { type: 'conjunction' }).format(languages.map(languageName));
  return {
    lead: `${span}${plural(primaryCount, 'event', 'events')} reported and ${plural(backgroundCount, 'earlier event', 'earlier events')} they mention, drawn from `,
    sources: plural(sourceCount, 'source article', 'source articles'),
    tail: ` in ${plural(languages.length, 'language', 'languages')} (${languageList}).`,
  };
}
