// Sets the article's publication date, the anchor of every relative date. In order of trust: the
// editor's date; a full date on a meta line the cleaner set aside ("Updated: 2012-08-22 16:33"),
// a labelled "Published …" one first, then an unlabelled one, then a revision ("Last modified on …");
// the date of a wire dateline opening the body ("TRIPOLI, 22 August 2023 (Reuters) –"), its year,
// when it has none ("МОСКВА, 7 ноября. /ТАСС/."), completed as find-dates completes any: from the
// latest year the body states. Captions are never read: a photo's date is when it was taken.
import { isExists } from 'date-fns';
import type { DatePrecision } from '../schemas/event.ts';
import type { Article, PublicationDate } from './article.ts';
import { withMessage } from './article.ts';
import { openingDateline } from './dateline.ts';
import { latestYear } from './find-dates.ts';
import { locales } from './locales/index.ts';
import { foldWord, readDates, wordAlternation, type RawDate, type StatedRawDate } from './read-dates.ts';

const REVISION_LABELS = new Set(locales.flatMap((locale) => locale.dates.revisionLabels.map(foldWord)));
const LABEL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordAlternation(locales.flatMap((locale) => locale.dates.datelineLabels))})`, 'giu');

/**
 * How much a meta-line label vouches for the date after it: a publication label most; no label
 * next, since a bare date line is the site's stamp of first publication ("Wed 7 Nov 2018 17.38 GMT"
 * above "Last modified on Thu 8 Nov 2018"); a revision label least, since it dates a later edit.
 */
function labelRank(segment: string): number {
  const labels = [...segment.matchAll(LABEL)];
  const last = labels.at(-1)?.[0];
  if (last === undefined) return 1;
  return REVISION_LABELS.has(foldWord(last)) ? 0 : 2;
}

/** True for a date stated to the day, year included. */
const isFullDate = (date: RawDate): date is StatedRawDate => date.relative === null && date.precision === 'day' && date.parts.year === 'stated';

/** The best full date on the meta lines, or null. */
function fromMetaLines(lines: readonly string[]): PublicationDate | null {
  let best: { date: StatedRawDate; rank: number } | null = null;
  for (const line of lines) {
    let segmentStart = 0;
    for (const date of readDates(line)) {
      // The label that counts is the one between the previous date and this one.
      const rank = labelRank(line.slice(segmentStart, date.start));
      segmentStart = date.end;
      if (isFullDate(date) && (best === null || rank > best.rank)) best = { date, rank };
    }
  }
  return best ? { value: best.date.value, precision: 'day', basis: 'publication', text: best.date.text } : null;
}

/** The day a wire dateline opening the body gives, its year completed from the body when it has none; or null. */
function fromDateline(article: Article): PublicationDate | null {
  const dateline = openingDateline(article.text, article.paragraphs);
  if (!dateline?.date) return null;
  const date = readDates(dateline.date.text).find((raw): raw is StatedRawDate => raw.relative === null && raw.precision === 'day');
  if (!date) return null;
  if (date.parts.year === 'stated') return { value: date.value, precision: 'day', basis: 'publication', text: date.text };
  const year = latestYear(readDates(article.text));
  const value = year === null ? null : `${year}${date.value.slice(1)}`;
  // "29 февраля" needs a leap year: a date the completed year does not have is no date.
  if (value === null || !isCalendarValue(value)) return null;
  return { value, precision: 'day', basis: 'publication', text: date.text };
}

const PRECISION_BY_LENGTH: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

/** True when an editor's "YYYY", "YYYY-MM" or "YYYY-MM-DD" names a real calendar date. */
function isCalendarValue(value: string): boolean {
  const [year = NaN, month = 1, day = 1] = value.split('-').map(Number);
  return isExists(year, month - 1, day);
}

/** The editor's published date as a publication date, or null when none is given or it is not a calendar date. */
export function editorDate(article: Article): PublicationDate | null {
  const given = article.editor.published;
  const precision = given === undefined ? undefined : PRECISION_BY_LENGTH[given.length];
  return given !== undefined && precision !== undefined && isCalendarValue(given) ? { value: given, precision, basis: 'editor', text: given } : null;
}

/** Sets `article.publication` from the editor's date, the meta lines or a wire dateline; null when none gives a day. */
export function findPublicationDate(article: Article): Article {
  const fromEditor = editorDate(article);
  if (fromEditor) return { ...article, publication: fromEditor };
  const given = article.editor.published;
  const checked = given === undefined ? article : withMessage(article, { severity: 'warning', text: `editor's published date "${given}" is not a calendar date; ignored` });
  return { ...checked, publication: fromMetaLines(article.metaLines) ?? fromDateline(article) };
}
