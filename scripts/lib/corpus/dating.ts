// How a report dates its happening: the phrase its lead uses (written here in each language), where
// its publication date is printed, and what a careful reader can tell of the date from it.
import { partsOf, weekday } from './calendar.ts';
import type { StampFormat } from './outlets.ts';
import type { Phrasebook } from './phrasebook.ts';

/** How a report's lead dates the happening. */
export type Phrase = 'dmy' | 'mdy' | 'numeric' | 'weekday-dmy' | 'weekday' | 'yesterday' | 'none' | 'month' | 'year' | 'undated';

/** Where a report's publication date is written. */
export type PublicationSource = 'meta' | 'dateline' | 'front-matter' | 'sidecar';

/**
 * The key an editor's metadata gives a date under. Editors write `published:` for the day the page
 * carried, `date:` for the day of the news; the schema reads both as the editor's date.
 */
export type EditorKey = 'published' | 'date';

/** How one report is dated. */
export interface Dating {
  phrase: Phrase;
  /** True when the date phrase opens the lead ("In March 2019, …"). */
  front: boolean;
  /** The publication day and where it is written: a meta line's format, or the editor's key; null when nowhere. */
  publication: { source: PublicationSource; day: string; format: StampFormat | EditorKey | null } | null;
}

/** A date as a text states it, cut to its precision. */
export interface StatedDate {
  date: string;
  precision: 'day' | 'month' | 'year';
}

const two = (n: number): string => String(n).padStart(2, '0');

/** The words of a date phrase for `day`, or "" for a lead that states none. */
export function phraseWords(phrase: Phrase, day: string, pb: Phrasebook): string {
  const { year, month, date } = partsOf(day);
  switch (phrase) {
    case 'dmy':
      return pb.onDay(pb.longDay(day));
    case 'mdy':
      return `on ${pb.months[month - 1]} ${date}, ${year}`;
    case 'numeric':
      return pb.onDay(pb.language === 'ru' ? `${two(date)}.${two(month)}.${year}` : `${two(date)}/${two(month)}/${year}`);
    case 'weekday-dmy':
      if (pb.language === 'en') return `on ${pb.weekdays[weekday(day)]}, ${pb.longDay(day)}`;
      if (pb.language === 'fr') return `${pb.weekdays[weekday(day)]} ${pb.longDay(day)}`;
      return `${pb.onWeekday(weekday(day))}, ${pb.longDay(day)},`;
    case 'weekday':
      return pb.onWeekday(weekday(day));
    case 'yesterday':
      return pb.yesterday;
    case 'month':
      return pb.inMonth(day);
    case 'year':
      return pb.inYear(day);
    case 'none':
    case 'undated':
      return '';
  }
}

/** What the text states about the happening's date, cut to its precision; null when it states none. */
export function statedDate(dating: Dating, day: string): StatedDate | null {
  switch (dating.phrase) {
    case 'month':
      return { date: day.slice(0, 7), precision: 'month' };
    case 'year':
      return { date: day.slice(0, 4), precision: 'year' };
    case 'undated':
      return null;
    case 'none':
      return dating.publication ? { date: dating.publication.day, precision: 'day' } : null;
    default:
      return { date: day, precision: 'day' };
  }
}
