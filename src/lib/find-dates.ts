// Lists every date the article mentions, in the body, on the meta lines and in captions, each
// resolved against the publication date: a weekday to the most recent such day on or before it,
// "yesterday" and "last year" by counting back, a date without a year ("ce 22 août", "in June")
// given the publication year, or the year before when it would otherwise lie well ahead of the
// publication (with no publication date, the latest year the body states). What cannot be resolved
// is dropped: a date is never invented.
import { addDays, differenceInCalendarDays, endOfMonth, endOfYear, format, getDay, getDaysInMonth, isExists, parseISO, previousDay, startOfMonth, startOfYear } from 'date-fns';
import type { DatePrecision, Span } from '../schemas/event.ts';
import type { Article, DateMention, DateParts, PublicationDate } from './article.ts';
import { readDates, type RawDate, type RelativeRawDate, type StatedRawDate } from './read-dates.ts';

/** The first and last day a date value covers ("2012-06" → 1 to 30 June 2012). */
export function periodOf(value: string, precision: DatePrecision): { start: Date; end: Date } {
  const date = parseISO(value);
  if (precision === 'year') return { start: startOfYear(date), end: endOfYear(date) };
  if (precision === 'month') return { start: startOfMonth(date), end: endOfMonth(date) };
  return { start: date, end: date };
}

/** What a mention is resolved against. */
interface Reference {
  publication: PublicationDate | null;
  /** With no publication date, the latest year the body states: the year of a date written without one. */
  bodyYear: number | null;
}

/** A mention's value, precision, basis and parts, before its place is added. */
type Resolved = Pick<DateMention, 'value' | 'precision' | 'basis' | 'parts'>;

const day = (date: Date): string => format(date, 'yyyy-MM-dd');

/** Days between two periods: 0 when they overlap. */
function daysBetween(a: { start: Date; end: Date }, b: { start: Date; end: Date }): number {
  if (a.start > b.end) return differenceInCalendarDays(a.start, b.end);
  if (b.start > a.end) return differenceInCalendarDays(b.start, a.end);
  return 0;
}

/**
 * How many times nearer than its reading a year back a date without a year must lie ahead of the
 * publication to be read as ahead: news mostly looks back, and looks ahead only a little way.
 */
const AHEAD_WEIGHT = 2;

/**
 * A date stated without a year, given the publication year, or the year before when the date would
 * then follow the publication and its reading a year back lies less than twice as far: said on
 * 10 January, "on 28 December" is last year's and "talks resume in March" this year's; said on
 * 12 January, "en juin" is last June (195 days back), not next (140 days ahead). A date the text
 * looks ahead to ("until December", "d'ici le 28 décembre") keeps the publication year. With no
 * publication date, the year is the latest the body states.
 */
function completeYear(raw: StatedRawDate, reference: Reference): Resolved | null {
  const [, , month = NaN, dayOfMonth] = raw.value.split('-').map(Number);
  const publication = reference.publication;
  let year = publication ? Number(publication.value.slice(0, 4)) : reference.bodyYear;
  if (year === null || Number.isNaN(month)) return null;
  const value = (y: number): string => `${y}-${String(month).padStart(2, '0')}${dayOfMonth === undefined ? '' : `-${String(dayOfMonth).padStart(2, '0')}`}`;
  if (publication && !raw.forward) {
    const published = periodOf(publication.value, publication.precision);
    // The year is chosen as if every year had its 29 February; a year without the day then drops the date.
    const reading = (y: number): { start: Date; end: Date } => {
      const date = new Date(y, month - 1, Math.min(dayOfMonth ?? 1, getDaysInMonth(new Date(y, month - 1))));
      return raw.precision === 'day' ? { start: date, end: date } : { start: startOfMonth(date), end: endOfMonth(date) };
    };
    const ahead = reading(year);
    if (ahead.start > published.end && daysBetween(reading(year - 1), published) <= AHEAD_WEIGHT * daysBetween(ahead, published)) year -= 1;
  }
  if (dayOfMonth !== undefined && !isExists(year, month - 1, dayOfMonth)) return null;
  const parts: DateParts = { year: 'implied', month: 'stated', day: dayOfMonth === undefined ? 'absent' : 'stated' };
  return { value: value(year), precision: raw.precision, basis: 'explicit', parts };
}

/** A relative date counted from the publication date, or null when the publication date is too coarse or missing. */
function resolveRelative(raw: RelativeRawDate, publication: PublicationDate | null): Resolved | null {
  if (!publication) return null;
  const ref = raw.relative;
  if (ref.kind === 'year') {
    const value = String(Number(publication.value.slice(0, 4)) + ref.offset);
    return { value, precision: 'year', basis: 'relative', parts: { year: 'implied', month: 'absent', day: 'absent' } };
  }
  if (publication.precision !== 'day') return null;
  const published = parseISO(publication.value);
  const date =
    ref.kind === 'day' ? addDays(published, ref.offset) : getDay(published) === ref.weekday ? published : previousDay(published, ref.weekday);
  return { value: day(date), precision: 'day', basis: 'relative', parts: { year: 'implied', month: 'implied', day: 'implied' } };
}

/** A raw date resolved against the reference, or null when it cannot be. */
function resolveDate(raw: RawDate, publication: PublicationDate | null, bodyYear: number | null = null): Resolved | null {
  if (raw.relative !== null) return resolveRelative(raw, publication);
  if (raw.parts.year === 'absent') return completeYear(raw, { publication, bodyYear });
  // A year lent by a date written beside it ("en juin puis en novembre 2016") stays implied.
  const parts: DateParts = {
    year: raw.parts.year === 'implied' ? 'implied' : 'stated',
    month: raw.parts.month === 'stated' ? 'stated' : 'absent',
    day: raw.parts.day === 'stated' ? 'stated' : 'absent',
  };
  return { value: raw.value, precision: raw.precision, basis: 'explicit', parts };
}

/** The latest year a stated date among `raws` names, or null: the year of a date written without one when nothing else gives it. */
export function latestYear(raws: readonly RawDate[]): number | null {
  const years = raws.flatMap((raw) => (raw.relative === null && raw.parts.year === 'stated' ? [Number(raw.value.slice(0, 4))] : []));
  return years.length > 0 ? Math.max(...years) : null;
}

/** Index of the sentence that holds `offset`, or -1. */
function sentenceAt(sentences: readonly Span[], offset: number): number {
  return sentences.findIndex((span) => offset >= span.start && offset < span.end);
}

/** Sets `article.dates`: every resolvable date mention in the body, the meta lines and the captions, in that order. */
export function findDates(article: Article): Article {
  const publication = article.publication;
  const bodyRaws = readDates(article.text);
  const bodyYear = latestYear(bodyRaws);
  const mention = (raw: RawDate, origin: DateMention['origin'], originIndex: number): DateMention[] => {
    const resolved = resolveDate(raw, publication, bodyYear);
    if (!resolved) return [];
    const lender = raw.relative === null && raw.yearFrom !== undefined ? { yearFrom: raw.yearFrom } : {};
    return [{ ...resolved, text: raw.text, origin, originIndex, span: { start: raw.start, end: raw.end }, ...lender }];
  };
  const body = bodyRaws.flatMap((raw) => {
    const sentence = sentenceAt(article.sentences, raw.start);
    return sentence < 0 ? [] : mention(raw, 'body', sentence);
  });
  const meta = article.metaLines.flatMap((line, index) => readDates(line).flatMap((raw) => mention(raw, 'meta', index)));
  const captions = article.captions.flatMap((caption, index) => readDates(caption).flatMap((raw) => mention(raw, 'caption', index)));
  return { ...article, dates: [...body, ...meta, ...captions] };
}
