// Reads every date written in a text, in all the languages at once (copy-pastes mix them), in the
// manner of chrono-node: a list of parsers, each a pattern built once from every locale's words and
// a reading that turns a match into a RawDate or rejects it, then two refiners: one keeps the best
// of overlapping readings, one lends a year to a date written beside a dated one ("June and November
// 2016"). Nothing here knows the publication date: a relative date ("on Monday", "last year") says
// what it is relative to, and find-dates resolves it.
//
// Speed: one scan finds the anchors a date cannot do without (a number, a month, a weekday, a
// relative word); each parser then runs only there, as a sticky pattern, and looks behind the
// anchor for its optional lead-in words ("since early", "Thursday,"). Scanning the whole text once
// per parser with word lists at every position was ten times slower.
import { isExists, type Day } from 'date-fns';
import type { DatePrecision } from '../schemas/event.ts';
import { locales } from './locales/index.ts';
import type { DateWords } from './locales/types.ts';
import { escape } from './word-patterns.ts';

/** Whether a part of a raw date was written ('stated'), filled in ('implied') or is not known ('absent'). */
export type PartState = 'stated' | 'implied' | 'absent';

/** Which parts of a raw date the words gave. */
export interface RawDateParts {
  /** The year: absent in "22 août", "in June" and every relative date. */
  year: PartState;
  /** The month: absent in a lone year. */
  month: PartState;
  /** The day: absent in a month or a year. */
  day: PartState;
}

/** What a relative date counts from the publication date: a weekday (0 = Sunday … 6 = Saturday), days ("yesterday" -1) or years ("last year" -1). */
export type RelativeRef = { kind: 'weekday'; weekday: Day } | { kind: 'day'; offset: number } | { kind: 'year'; offset: number };

interface RawDateBase {
  /** How finely the words give the date: a weekday or "yesterday" is a day, "last year" a year. */
  precision: DatePrecision;
  /** Which parts the words gave. */
  parts: RawDateParts;
  /** True when a word before the date looks forward ("until December", "d'ici le 28 décembre"). */
  forward: boolean;
  /** The words the date was read from. */
  text: string;
  /** Offset of `text` in the text read. */
  start: number;
  /** Offset just past `text`. */
  end: number;
}

/** A date whose written parts give its value. */
export interface StatedRawDate extends RawDateBase {
  /**
   * "YYYY-MM-DD", "YYYY-MM" or "YYYY", cut to `precision`; with no year written, "--MM-DD" or "--MM"
   * (ISO 8601's year-less form), unless a date it is written with lends one (`yearFrom`).
   */
  value: string;
  /** Null: nothing to resolve. */
  relative: null;
  /** The words of the date that lent the year ("en novembre 2016" in "en juin puis en novembre 2016"), when the year is implied by one. */
  yearFrom?: string;
}

/** A date written relative to the publication date, not yet resolved. */
export interface RelativeRawDate extends RawDateBase {
  /** Null until find-dates counts it from the publication date. */
  value: null;
  /** What to count from the publication date. */
  relative: RelativeRef;
}

/** One date read from a text, before any context is applied. */
export type RawDate = StatedRawDate | RelativeRawDate;

// ---------------------------------------------------------------------------------------------
// Words: every locale's dictionaries merged into one table per kind.

/** What the merged dictionaries know about one month or weekday word. */
interface WordInfo {
  value: number;
  /** Every language that has the word writes it with a capital: a lower-case match is another word ("may"). */
  needsCapital: boolean;
  /** Also an ordinary word: never a date on its own ("Sun", "среда"). */
  ambiguous: boolean;
  /** Ambiguous in a language that writes dates in lower case: capitalised mid-sentence, it is a name ("Mars"). */
  capitalIsName: boolean;
}

/** A word as dictionary keys and matched words are compared: lower case, ’ as ', single spaces. */
export const foldWord = (text: string): string => text.toLowerCase().replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ');

const dictionaries: readonly DateWords[] = locales.map((locale) => locale.dates);
const AMBIGUOUS = new Set(dictionaries.flatMap((words) => words.ambiguousWords.map(foldWord)));

/** One table for a kind of word, built from the dictionaries `only` admits. */
function wordTable(pick: (words: DateWords) => Record<string, number>, only: (words: DateWords) => boolean = () => true): Map<string, WordInfo> {
  const owners = new Map<string, DateWords[]>();
  const values = new Map<string, number>();
  for (const words of dictionaries.filter(only)) {
    for (const [key, value] of Object.entries(pick(words))) {
      const word = foldWord(key);
      owners.set(word, [...(owners.get(word) ?? []), words]);
      if (!values.has(word)) values.set(word, value);
    }
  }
  return new Map(
    [...values].map(([word, value]) => {
      const by = owners.get(word) ?? [];
      const ambiguous = AMBIGUOUS.has(word);
      return [word, { value, ambiguous, needsCapital: by.every((w) => w.capitalisedNames), capitalIsName: ambiguous && by.every((w) => !w.capitalisedNames) }];
    }),
  );
}

/** Offsets by folded word, from every dictionary. */
const offsetTable = (pick: (words: DateWords) => Record<string, number>): Map<string, number> =>
  new Map(dictionaries.flatMap((words) => Object.entries(pick(words))).map(([key, offset]) => [foldWord(key), offset]));

const MONTHS = wordTable((words) => words.months);
const MONTH_FIRST_MONTHS = wordTable((words) => words.months, (words) => words.monthFirst);
const WEEKDAYS = wordTable((words) => words.weekdays);
const RELATIVE_DAYS = offsetTable((words) => words.relativeDays);
const RELATIVE_YEARS = offsetTable((words) => words.relativeYears);
const allWords = (pick: (words: DateWords) => string[]): string[] => dictionaries.flatMap(pick);

// ---------------------------------------------------------------------------------------------
// Pattern pieces.

/** White space within one line: a date never runs across a line break. */
const SP = '[^\\S\\r\\n]+';
const SP0 = '[^\\S\\r\\n]*';
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';


/**
 * A pattern source matching any of `words`, longest first, apostrophes and spaces loose. Each word is
 * closed by a word boundary unless it ends in "." or "-", or `bounded` is false (a scan that checks it later).
 */
export function wordAlternation(words: Iterable<string>, bounded = true): string {
  const unique = [...new Set([...words].map(foldWord))].sort((a, b) => b.length - a.length);
  return unique
    .map((word) => escape(word).replace(/'/g, "['’ʼ]").replace(/ /g, SP) + (bounded && /[\p{L}\p{N}]$/u.test(word) ? END : ''))
    .join('|');
}

const MONTH = `${START}(?<month>${wordAlternation(MONTHS.keys())})`;
const MONTH_FIRST = `${START}(?<month>${wordAlternation(MONTH_FIRST_MONTHS.keys())})`;
/** After a month: spaces, or none after an abbreviation's full stop ("Aug.22"). */
const AFTER_MONTH = `(?:${SP}|(?<=\\.)${SP0})`;
const ORDINAL = `(?:${wordAlternation(allWords((words) => words.ordinalSuffixes))})`;
/** A day number, with an ordinal ending and a range's second day ("22-23") read and set aside. */
const DAY = `(?<![\\p{L}\\p{N}]|\\p{N}[.,:/])(?<day>[0-3]?\\d)${ORDINAL}?(?:${SP0}[-–—]${SP0}[0-3]?\\d${ORDINAL}?)?`;
/** A four-digit year, with the word a language writes after it ("2018 года", "2018 г."); never "2010s". */
const YEAR = `(?<year>\\d{4})(?:${SP0}(?:${wordAlternation(allWords((words) => words.yearSuffixes))})|${END})`;
/** A clock time after a numeric date ("16:33", "09:30:00Z", "14h30"). */
const TIME = `\\d{1,2}[:h]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?`;

/** A sticky pattern, run at one offset. */
const sticky = (source: string): RegExp => new RegExp(source, 'yiu');
/** A sticky look-behind that captures, as `lead`, the words just before an offset. */
const leadIn = (source: string): RegExp => sticky(`(?<=(?<lead>${source}))`);

/** Up to two prepositions or period words before a month or a year ("since early", "в конце"). */
const PERIOD_LEAD = leadIn(`(?:${START}(?:${wordAlternation(allWords((words) => words.periodPrepositions))})(?:(?<=-)|${SP})){1,2}`);
/** A preposition before a weekday ("on", "во"). */
const DAY_LEAD = leadIn(`${START}(?:${wordAlternation(allWords((words) => words.dayPrepositions))})${SP}`);
/** A weekday before a date ("Thursday 12 January 2017", "Среда, 7 ноября"). */
const WEEKDAY_LEAD = leadIn(`${START}(?:${wordAlternation(WEEKDAYS.keys())}),?${SP}`);
/** A forward-looking word just before a date. */
const FORWARD_LEAD = leadIn(`${START}(?:${wordAlternation(allWords((words) => words.forwardWords))})${SP0}`);
const FORWARD_WORD = new RegExp(`${START}(?:${wordAlternation(allWords((words) => words.forwardWords))})`, 'iu');
/** A label before a number ("Resolution 1973", "page 2011", "№ 2011"). */
const LABEL_LEAD = leadIn(`${START}(?:${wordAlternation(allWords((words) => words.numberLabels))})${SP0}`);
/** An amount word after a number, or joined to it by a hyphen ("2011 troops", "2011 %", "a 2000-strong force"). */
const AMOUNT_AFTER = sticky(`(?:${SP0}|[-‑])(?:${wordAlternation(allWords((words) => words.amountWords))})`);
/** A label word after a number ("the 1973 resolution"): the number names the thing. */
const LABEL_AFTER = sticky(`${SP}(?:${wordAlternation(allWords((words) => words.numberLabels))})`);
/** A determiner before a number ("the 1988 bombing", "de 1988"): the number may be a year used as an adjective. */
const DETERMINER_LEAD = leadIn(`${START}(?:${wordAlternation(allWords((words) => words.yearDeterminers))})${SP}`);

/** The words just before `offset` that `pattern` captures, or '' when there are none. */
function lead(pattern: RegExp, text: string, offset: number): string {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.groups?.['lead'] ?? '';
}

/** True when `pattern` matches at `offset`. */
function matchesAt(pattern: RegExp, text: string, offset: number): boolean {
  pattern.lastIndex = offset;
  return pattern.test(text);
}

// ---------------------------------------------------------------------------------------------
// Readings shared by the parsers.

/** True for a weekday number, 0 = Sunday … 6 = Saturday. */
const isWeekday = (n: number): n is Day => Number.isInteger(n) && n >= 0 && n <= 6;
const pad = (n: number): string => String(n).padStart(2, '0');
const num = (match: RegExpExecArray, group: string): number => Number(match.groups?.[group] ?? NaN);
const isCapital = (word: string): boolean => /^\p{Lu}/u.test(word);

/** True when `offset` opens a sentence or a line: a capital there says nothing about the word. */
function atSentenceStart(text: string, offset: number): boolean {
  return /(?:^|[.!?…]["'»”’)]*\s+|\n[^\S\n]*)$/u.test(text.slice(Math.max(0, offset - 6), offset));
}

/** True when a month or weekday word, written at `offset`, may be read as one. */
function wordAllowed(info: WordInfo, written: string, text: string, offset: number): boolean {
  if (info.needsCapital && !isCapital(written)) return false;
  return !(info.capitalIsName && isCapital(written) && !atSentenceStart(text, offset));
}

/** The month a match names, or null when its word may not be read as a month there. */
function monthOf(match: RegExpExecArray, text: string, table: Map<string, WordInfo> = MONTHS): number | null {
  const written = match.groups?.['month'] ?? '';
  const info = table.get(foldWord(written));
  return info && wordAllowed(info, written, text, match.index + match[0].indexOf(written)) ? info.value : null;
}

/** The weekday written just before a date ("Thursday 12 January"), when it may be read as one; else ''. */
function weekdayLead(text: string, offset: number): string {
  const leadText = lead(WEEKDAY_LEAD, text, offset);
  const written = /^[^\s,]+/u.exec(leadText)?.[0] ?? '';
  const info = WEEKDAYS.get(foldWord(written));
  return info && wordAllowed(info, written, text, offset - leadText.length) ? leadText : '';
}

/** A parser's match and the lead-in words found before it. */
interface Found {
  match: RegExpExecArray;
  /** Words kept before the match (a preposition, a weekday). */
  lead: string;
}

/** Where a reading stands, its lead-in words included, and whether it looks forward. */
function place({ match, lead: leadText }: Found, text: string): Pick<RawDateBase, 'text' | 'start' | 'end' | 'forward'> {
  const start = match.index - leadText.length;
  return {
    text: leadText + match[0],
    start,
    end: match.index + match[0].length,
    forward: FORWARD_WORD.test(leadText) || matchesAt(FORWARD_LEAD, text, start),
  };
}

/** A stated date from its numbers, or null when the year is out of range or the day is not in the month. */
function stated(found: Found, text: string, year: number | null, month: number | null, day: number | null): StatedRawDate | null {
  if (year !== null && (year < 1900 || year > 2099)) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  // A year-less day is checked against a leap year; find-dates checks it again once the year is known.
  if (month !== null && day !== null && !isExists(year ?? 2000, month - 1, day)) return null;
  const head = year === null ? '-' : String(year);
  return {
    value: [head, ...(month === null ? [] : [pad(month)]), ...(day === null ? [] : [pad(day)])].join('-'),
    precision: day !== null ? 'day' : month !== null ? 'month' : 'year',
    parts: { year: year === null ? 'absent' : 'stated', month: month === null ? 'absent' : 'stated', day: day === null ? 'absent' : 'stated' },
    relative: null,
    ...place(found, text),
  };
}

/** A relative date, to be resolved by find-dates. */
function relative(found: Found, text: string, ref: RelativeRef): RelativeRawDate {
  return {
    value: null,
    precision: ref.kind === 'year' ? 'year' : 'day',
    parts: { year: 'absent', month: 'absent', day: 'absent' },
    relative: ref,
    ...place(found, text),
  };
}

/** How firmly the words around a lone four-digit number make it a year. */
type YearContext =
  /** A preposition before it or a year word after it ("in 2011", "2011 года"). */
  | 'stated'
  /** A determiner before it ("the 1988 bombing"): a year used as an adjective, from 1900 on. */
  | 'attributive'
  /** Nothing: it must look like a recent year, 1990 on. */
  | 'bare';

/** True when a lone four-digit number stands as a year, not as a label, an amount, a code or part of a longer number. */
function standsAsYear(text: string, start: number, end: number, year: number, context: YearContext): boolean {
  if (year < (context === 'bare' ? 1990 : 1900) || year > 2099) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (matchesAt(LABEL_LEAD, text, start) || /[$€£¥₽#№+]\s?$/u.test(before)) return false;
  // Years in a range ("2011–2014") stand beside each other; other digit groups make a phone number or an amount.
  if (/\p{N}[\s.,:/\-–—]?$/u.test(before) && !/(?:19|20)\d\d\s?[-–—]\s?$/.test(before)) return false;
  if (/^(?:[.,:/]\p{N}|\s?\p{N}|[-–—]\p{N}|\s?%)/u.test(after) && !/^\s?[-–—]\s?(?:19|20)\d\d(?!\d)/.test(after)) return false;
  if (context === 'stated') return true;
  if (/\p{L}[-‑]$/u.test(before)) return false;
  // An older number needs its determiner not to be a label's: "the 1973 resolution" is Resolution 1973.
  if (year < 1990 && matchesAt(LABEL_AFTER, text, end)) return false;
  // After a preposition a count noun is the sentence going on ("since 2011 people have fled"); here it is an amount.
  return !matchesAt(AMOUNT_AFTER, text, end);
}

// ---------------------------------------------------------------------------------------------
// Parsers.

/** What a date cannot do without, found by one scan: a number, or a word of one of the dictionaries. */
type AnchorKind = 'number' | 'month' | 'weekday' | 'relative-day' | 'relative-year';

interface Parser {
  /** Named for the reader and for profiling. */
  name: string;
  anchor: AnchorKind;
  /** Sticky, run at the anchor. */
  pattern: RegExp;
  read: (match: RegExpExecArray, text: string) => RawDate | null;
  /**
   * A cheap test the pattern could not pass without: the digit run at the anchor (one to four
   * digits, never followed by another) and the character after it. Speed: a number anchor is met at
   * every digit run of the text, and most runs fit none of the numeric patterns.
   */
  fits: (digits: string, next: string) => boolean;
}

const always = (): boolean => true;
const parser = (name: string, anchor: AnchorKind, source: string, read: Parser['read'], fits: Parser['fits'] = always): Parser => ({
  name,
  anchor,
  pattern: sticky(source),
  read,
  fits,
});
/** A day ("22", "1er", "22-23", "7 ноября") is one or two digits followed by a space, a dash or an ordinal ending's letter. */
const fitsDay = (digits: string, next: string): boolean => digits.length <= 2 && /[\s\-–—\p{L}]/u.test(next);

/** The parsers; at equal precision and length the earlier one wins. */
const PARSERS: readonly Parser[] = [
  // 2018-02-20, 2020-01-14T09:30:00Z, 2012-08-22 16:33
  parser(
    'iso',
    'number',
    `(?<![\\p{L}\\p{N}./-])(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?:(?:T|${SP})${TIME})?(?!\\p{N}|[-/.]\\p{N})`,
    (match, text) => stated({ match, lead: '' }, text, num(match, 'year'), num(match, 'month'), num(match, 'day')),
    (digits, next) => digits.length === 4 && next === '-',
  ),
  // 29/09/2023, 29.09.2023, 14.01.2020 09:30: day first, as in Europe and Russia, unless that cannot be.
  parser(
    'numeric',
    'number',
    `(?<![\\p{L}\\p{N}.,/:+-])(?<a>\\d{1,2})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>(?<year>\\d{4})(?:${SP}${TIME})?(?!\\p{N}|[./-]\\p{N})`,
    (match, text) => {
      const [a, b, year] = [num(match, 'a'), num(match, 'b'), num(match, 'year')];
      const found = { match, lead: '' };
      if (b <= 12 && isExists(year, b - 1, a)) return stated(found, text, year, b, a);
      return a <= 12 ? stated(found, text, year, a, b) : null;
    },
    (digits, next) => digits.length <= 2 && (next === '.' || next === '/' || next === '-'),
  ),
  // 20 February 2018, 1er mars 2019, 7 ноября 2018 года, Thursday 12 January 2017
  parser('day-month-year', 'number', `${DAY}${SP}${MONTH},?${SP}${YEAR}`, (match, text) => {
    const month = monthOf(match, text);
    return month ? stated({ match, lead: weekdayLead(text, match.index) }, text, num(match, 'year'), month, num(match, 'day')) : null;
  }, fitsDay),
  // 22 août, 22 августа, jeudi 12 janvier: the year is left to find-dates.
  parser('day-month', 'number', `${DAY}${SP}${MONTH}`, (match, text) => {
    const month = monthOf(match, text);
    return month ? stated({ match, lead: weekdayLead(text, match.index) }, text, null, month, num(match, 'day')) : null;
  }, fitsDay),
  // February 20, 2018, Aug. 22, 2023, Sept 3 2019
  parser('month-day-year', 'month', `${MONTH_FIRST}${AFTER_MONTH}${DAY},?${SP}${YEAR}`, (match, text) => {
    const month = monthOf(match, text, MONTH_FIRST_MONTHS);
    return month ? stated({ match, lead: weekdayLead(text, match.index) }, text, num(match, 'year'), month, num(match, 'day')) : null;
  }),
  // August 22, Aug. 22nd (not "August 20 troops")
  parser('month-day', 'month', `${MONTH_FIRST}${AFTER_MONTH}${DAY}(?!\\p{L}|\\p{N}|[.,:]\\p{N})`, (match, text) => {
    const month = monthOf(match, text, MONTH_FIRST_MONTHS);
    if (!month || matchesAt(AMOUNT_AFTER, text, match.index + match[0].length)) return null;
    return stated({ match, lead: weekdayLead(text, match.index) }, text, null, month, num(match, 'day'));
  }),
  // June 2012, in February 2011, в июне 2012 года, mid-March 2019
  parser('month-year', 'month', `${MONTH},?${SP}${YEAR}`, (match, text) => {
    const month = monthOf(match, text);
    return month ? stated({ match, lead: lead(PERIOD_LEAD, text, match.index) }, text, num(match, 'year'), month, null) : null;
  }),
  // in June, en juin, в июне, until December: a month alone is one only after a preposition.
  parser('month', 'month', MONTH, (match, text) => {
    const found = { match, lead: lead(PERIOD_LEAD, text, match.index) };
    const month = monthOf(match, text);
    return month && found.lead !== '' ? stated(found, text, null, month, null) : null;
  }),
  // on Wednesday, a Monday statement, jeudi, в среду, во вторник
  parser('weekday', 'weekday', `${START}(?<weekday>${wordAlternation(WEEKDAYS.keys())})`, (match, text) => {
    const written = match.groups?.['weekday'] ?? '';
    const info = WEEKDAYS.get(foldWord(written));
    if (!info || info.ambiguous || !isWeekday(info.value) || !wordAllowed(info, written, text, match.index)) return null;
    return relative({ match, lead: lead(DAY_LEAD, text, match.index) }, text, { kind: 'weekday', weekday: info.value });
  }),
  // yesterday, aujourd'hui, вчера
  parser('relative-day', 'relative-day', `${START}(?<word>${wordAlternation(RELATIVE_DAYS.keys())})`, (match, text) => {
    const offset = RELATIVE_DAYS.get(foldWord(match.groups?.['word'] ?? ''));
    return offset === undefined ? null : relative({ match, lead: '' }, text, { kind: 'day', offset });
  }),
  // last year, Late last year, l'an dernier, в прошлом году
  parser('relative-year', 'relative-year', `${START}(?<word>${wordAlternation(RELATIVE_YEARS.keys())})`, (match, text) => {
    const offset = RELATIVE_YEARS.get(foldWord(match.groups?.['word'] ?? ''));
    return offset === undefined ? null : relative({ match, lead: lead(PERIOD_LEAD, text, match.index) }, text, { kind: 'year', offset });
  }),
  // in 2011, since 2011, a 2011 uprising, the 1988 bombing, Armée 2023, в 2011 году; not $2011, page 2011, Resolution 2009, 2011 troops
  parser('year', 'number', `(?<![\\p{L}\\p{N}])${YEAR}`, (match, text) => {
    const year = num(match, 'year');
    // Speed: no context makes a number outside these years one, so the look-behinds below are skipped.
    if (year < 1900 || year > 2099) return null;
    const found = { match, lead: lead(PERIOD_LEAD, text, match.index) };
    // A preposition or a Russian "года" makes the number a year; after a determiner it may be an older one; a bare one must look recent.
    const context: YearContext =
      found.lead !== '' || match[0].length > 4 ? 'stated' : matchesAt(DETERMINER_LEAD, text, match.index) ? 'attributive' : 'bare';
    return standsAsYear(text, match.index, match.index + 4, year, context) ? stated(found, text, year, null, null) : null;
  }, (digits) => digits.length === 4),
];

const ANCHOR_WORDS = [...MONTHS.keys(), ...WEEKDAYS.keys(), ...RELATIVE_DAYS.keys(), ...RELATIVE_YEARS.keys()];
// Numbers and words are found by two scans, and the words carry no boundary checks: a look-around
// in the pattern stops the engine from skipping ahead and made the scan six times slower. The
// boundary before an anchor is checked on each hit, the one after it by the parsers' own patterns.
const NUMBER_ANCHOR = /\d{1,4}/g;
const WORD_ANCHOR = new RegExp(wordAlternation(ANCHOR_WORDS, false), 'giu');
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

const BY_ANCHOR: Record<AnchorKind, readonly Parser[]> = {
  number: PARSERS.filter((p) => p.anchor === 'number'),
  month: PARSERS.filter((p) => p.anchor === 'month'),
  weekday: PARSERS.filter((p) => p.anchor === 'weekday'),
  'relative-day': PARSERS.filter((p) => p.anchor === 'relative-day'),
  'relative-year': PARSERS.filter((p) => p.anchor === 'relative-year'),
};

/** The parsers for each anchor word as written, filled as words are met: the same few recur in every article. */
const PARSERS_BY_WORD = new Map<string, readonly Parser[]>();

/** The parsers to run at an anchor. */
function parsersAt(anchor: string): readonly Parser[] {
  const code = anchor.charCodeAt(0);
  if (code >= 48 && code <= 57) return BY_ANCHOR.number;
  let parsers = PARSERS_BY_WORD.get(anchor);
  if (parsers === undefined) {
    const word = foldWord(anchor);
    parsers = [
      ...(MONTHS.has(word) ? BY_ANCHOR.month : []),
      ...(WEEKDAYS.has(word) ? BY_ANCHOR.weekday : []),
      ...(RELATIVE_DAYS.has(word) ? BY_ANCHOR['relative-day'] : []),
      ...(RELATIVE_YEARS.has(word) ? BY_ANCHOR['relative-year'] : []),
    ];
    PARSERS_BY_WORD.set(anchor, parsers);
  }
  return parsers;
}

const ORDER = new Map(PARSERS.map((p, i) => [p, i]));

// ---------------------------------------------------------------------------------------------
// Refiner.

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** Of overlapping readings keeps the finest ("in May 2" over "in May"), then the longest, then the earlier parser's; returns them in text order. */
function keepBest(candidates: { date: RawDate; order: number }[]): RawDate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision] ||
      b.date.end - b.date.start - (a.date.end - a.date.start) ||
      a.order - b.order,
  );
  const kept: RawDate[] = [];
  for (const { date } of ranked) {
    if (kept.every((other) => date.end <= other.start || date.start >= other.end)) kept.push(date);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * What may stand between two dates that share a year: commas, coordinators, a dash, and the bare
 * months of a list ("June and November 2016", "juin puis novembre 2016", "June, July and August 2016").
 */
const COORDINATION = new RegExp(
  `^(?:${SP0}(?:,|[-–—]|(?:${wordAlternation([...allWords((words) => words.dateCoordinators), ...MONTHS.keys()])})))*${SP0}$`,
  'iu',
);

/** The month and day of a stated date with a month ("--08-22", "2016-11"), 0 for an absent day. */
const monthDay = (date: StatedRawDate): [number, number] => {
  const [month = 0, day = 0] = (date.value.startsWith('--') ? date.value.slice(2) : date.value.slice(5)).split('-').map(Number);
  return [month, day];
};

/**
 * Gives a date written without a year the year of the date written with it, when only a coordinator
 * stands between them: "en juin puis en novembre 2016" is June 2016; "December and January 2021" is
 * December 2020, since a date after the lender in the calendar belongs to the year before it. Runs
 * from the last date back, so a list ("June, July and August 2016") passes the year along.
 */
function shareYears(dates: readonly RawDate[], text: string): RawDate[] {
  const shared = [...dates];
  for (let i = shared.length - 2; i >= 0; i -= 1) {
    const date = shared[i];
    const lender = shared[i + 1];
    if (!date || !lender || date.relative !== null || lender.relative !== null) continue;
    if (date.parts.year !== 'absent' || lender.parts.year === 'absent' || lender.parts.month === 'absent') continue;
    if (!COORDINATION.test(text.slice(date.end, lender.start))) continue;
    const [month, day] = monthDay(date);
    const [lenderMonth, lenderDay] = monthDay(lender);
    const year = Number(lender.value.slice(0, 4)) - (month > lenderMonth || (month === lenderMonth && day > lenderDay) ? 1 : 0);
    const value = `${year}${date.value.slice(1)}`;
    if (day !== 0 && !isExists(year, month - 1, day)) continue;
    shared[i] = { ...date, value, parts: { ...date.parts, year: 'implied' }, yearFrom: lender.yearFrom ?? lender.text };
  }
  return shared;
}

/** Runs the parsers at every hit of one anchor pattern. */
function readAnchors(anchors: RegExp, text: string, candidates: { date: RawDate; order: number }[]): void {
  anchors.lastIndex = 0;
  for (let anchor = anchors.exec(text); anchor !== null; anchor = anchors.exec(text)) {
    const index = anchor.index;
    if (index > 0 && WORD_CHARACTER.test(text[index - 1] ?? '')) continue;
    // A word anchor running on into more letters is the start of another word ("Mar" in "Marshal"):
    // every parser closes its words with a boundary, so none would match there.
    const after = text[index + anchor[0].length] ?? '';
    if (anchors === WORD_ANCHOR && /\p{L}/u.test(after) && WORD_CHARACTER.test(anchor[0].at(-1) ?? '')) continue;
    for (const parser of parsersAt(anchor[0])) {
      if (anchors === NUMBER_ANCHOR && !parser.fits(anchor[0], after)) continue;
      parser.pattern.lastIndex = index;
      const match = parser.pattern.exec(text);
      const date = match ? parser.read(match, text) : null;
      if (date) candidates.push({ date, order: ORDER.get(parser) ?? 0 });
    }
  }
}

// The stages ask for the dates of the whole article text more than once (the publication date
// looks for a year, the date finder for every mention): the last answer is kept so the text is
// read once. The result is read-only, so sharing it is safe.
let lastRead: { text: string; dates: readonly RawDate[] } | null = null;

/** The break between the paragraphs of a cleaned text. */
const PARAGRAPH_BREAK = '\n\n';
/** White space beside a paragraph break: a context the break alone would not show (see `readDates`). */
const SPACED_BREAK = /\s\n\n|\n\n\s/;
/** Paragraphs already read, by text: the cleaner reads the article's lines one by one before the date finder reads them again as the body. */
const byParagraph = new Map<string, readonly RawDate[]>();
/** Paragraphs remembered at most: enough for one article, which is all the cache is for. */
const MAX_PARAGRAPHS = 200;

/** The dates of one paragraph, read once. */
function readParagraph(text: string): readonly RawDate[] {
  const known = byParagraph.get(text);
  if (known) return known;
  const candidates: { date: RawDate; order: number }[] = [];
  readAnchors(NUMBER_ANCHOR, text, candidates);
  readAnchors(WORD_ANCHOR, text, candidates);
  const dates = shareYears(keepBest(candidates), text);
  if (byParagraph.size >= MAX_PARAGRAPHS) byParagraph.clear();
  byParagraph.set(text, dates);
  return dates;
}

/** Every date written in `text`, in text order, read with all the locales' words. */
export function readDates(text: string): readonly RawDate[] {
  if (lastRead?.text === text) return lastRead.dates;
  // No date, nor any word read around one, runs across a blank line: the patterns space words with
  // `[^\S\r\n]` and look at most one white-space character beyond a date. So a text is read
  // paragraph by paragraph, and a paragraph already read is not read again.
  const paragraphs = SPACED_BREAK.test(text) ? [text] : text.split(PARAGRAPH_BREAK);
  const dates: RawDate[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    for (const date of readParagraph(paragraph)) dates.push(offset === 0 ? date : { ...date, start: date.start + offset, end: date.end + offset });
    offset += paragraph.length + PARAGRAPH_BREAK.length;
  }
  lastRead = { text, dates };
  return dates;
}
