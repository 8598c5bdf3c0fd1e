// Chooses the date of the article's main event, with one sentence a reader can check. In order:
// the editor's date; the first day-precise date in the body that falls within two weeks before
// (to one day after) the publication date, since news reports what just happened; the publication
// date itself; with no publication date, a day stated in the opening sentences, or a month in the
// first one ("In June 2019, Russia…" is how blogs date a happening), unless the date sets the scene
// ("since June 2019", "Depuis la mort de Prigojine en août 2023, …"). Captions, meta lines and the
// wire dateline ("МОСКВА, 7 ноября. /ТАСС/.") only count through the publication date: they date
// the report, not the event. Else the article is undated, and says so.
import { addDays, format, parseISO, subDays } from 'date-fns';
import type { DatePrecision, Span } from '../schemas/event.ts';
import type { Article, DateMention, EventDate, PublicationDate } from './article.ts';
import { withMessage } from './article.ts';
import { openingDateline, type Dateline } from './dateline.ts';
import { periodOf } from './find-dates.ts';
import { editorDate } from './find-publication-date.ts';
import { locales } from './locales/index.ts';
import { readDates, wordAlternation, type RelativeRef } from './read-dates.ts';

/** The warning on an article nothing dates; infer-event-date replaces it when what the article mentions bounds its date. */
export const UNDATED_WARNING = 'no date found: the article is listed as undated';

/** How far before the publication date a body date may fall and still be the reported event. */
const DAYS_BEFORE = 14;
/** How far after: a dateline in one time zone, the event reported from another. */
const DAYS_AFTER = 1;
/** With no publication date, a day-precise date counts only in this many opening sentences. */
const OPENING_SENTENCES = 3;

/** A bounding preposition opening a mention ("since June 2019", "с августа 2023 года"). */
const BOUND_LEAD = new RegExp(`^(?:${wordAlternation(locales.flatMap((locale) => locale.dates.boundPrepositions))})`, 'iu');
/** A word opening a scene-setting clause ("after", "depuis", "после"). */
const SCENE_OPENER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordAlternation(locales.flatMap((locale) => locale.dates.sceneClauseOpeners))})`, 'iu');
/** What ends a clause within a sentence: a comma, a semicolon, a colon, a bracket, a quote, a dash between spaces. */
const CLAUSE_BREAK = /[,;:()«»"“”„]|\s[-–—]\s/u;

const FORMAT: Record<DatePrecision, string> = { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' };

/** A date value as a reader writes it: "25 October 2016", "June 2019", "2011". */
export function longDate(value: string, precision: DatePrecision): string {
  return format(parseISO(value), FORMAT[precision]);
}

const DAYS_BACK = ['the publication date itself', 'the day before the publication date', 'two days before the publication date'];

/** What a relative mention was counted by, read again from its words. */
function relativeOf(mention: DateMention): RelativeRef | null {
  return mention.basis === 'relative' ? (readDates(mention.text)[0]?.relative ?? null) : null;
}

/** True when a body mention may date the event: day-precise, and not "today" (often "nowadays"; it adds nothing to the publication date). */
function datesADay(mention: DateMention): boolean {
  if (mention.origin !== 'body' || mention.precision !== 'day') return false;
  const ref = relativeOf(mention);
  return !(ref?.kind === 'day' && ref.offset === 0);
}

/** The date that lent a body mention its year ("en novembre 2016" for "en juin" in "en juin puis en novembre 2016"), or null. */
function yearLender(article: Article, mention: DateMention): string | null {
  const sentence = article.sentences[mention.originIndex];
  if (!sentence || mention.parts.year !== 'implied') return null;
  const raw = readDates(article.text.slice(sentence.start, sentence.end)).find((date) => sentence.start + date.start === mention.span.start);
  return raw?.relative === null ? (raw.yearFrom ?? null) : null;
}

/** The sentence that explains a body mention chosen as the event date. */
function explainMention(article: Article, mention: DateMention, publication: PublicationDate | null): string {
  const quoted = `“${mention.text}”`;
  const published = publication ? longDate(publication.value, publication.precision) : '';
  const ref = relativeOf(mention);
  if (ref?.kind === 'weekday') {
    return `${quoted} resolved to the most recent ${format(parseISO(mention.value), 'EEEE')} on or before the publication date, ${published}.`;
  }
  if (ref?.kind === 'day') {
    const back = DAYS_BACK[-ref.offset] ?? `${-ref.offset} days before the publication date`;
    return `${quoted} resolved to ${back}, ${published}: ${longDate(mention.value, 'day')}.`;
  }
  const value = longDate(mention.value, mention.precision);
  const lender = yearLender(article, mention);
  if (lender !== null) return `${quoted} in the body gives ${value}, its year taken from “${lender}”, written with it.`;
  if (mention.parts.year === 'implied') {
    const source = !publication
      ? 'the latest year the body states'
      : mention.value.slice(0, 4) === publication.value.slice(0, 4)
        ? `the publication date, ${published}`
        : `the year before the publication date, ${published}, which the date would otherwise follow`;
    return `${quoted} in the body gives ${value}, its year taken from ${source}.`;
  }
  return publication
    ? `${quoted} in the body gives ${value}, within two weeks before the publication date, ${published}.`
    : `${quoted} in the article’s opening sentences gives ${value}; the article carries no publication date.`;
}

/** The event date a body mention gives. */
function fromMention(article: Article, mention: DateMention, publication: PublicationDate | null): EventDate {
  return {
    value: mention.value,
    precision: mention.precision,
    basis: mention.basis,
    text: mention.text,
    span: mention.span,
    explanation: explainMention(article, mention, publication),
  };
}

/** The first body mention that dates a day within the window around the publication date. */
function nearPublication(dates: readonly DateMention[], publication: PublicationDate): DateMention | undefined {
  const period = periodOf(publication.value, publication.precision);
  const from = subDays(period.start, DAYS_BEFORE);
  const to = addDays(period.end, DAYS_AFTER);
  return dates.filter(datesADay).find((mention) => {
    const date = parseISO(mention.value);
    return date >= from && date <= to;
  });
}

/** True when a mention lies within the dateline. */
const inDateline = (mention: DateMention, dateline: Dateline | null): boolean =>
  dateline !== null && mention.span.start >= dateline.start && mention.span.end <= dateline.end;

/**
 * True when a body mention sets the scene of the happening rather than dating it: it opens with a
 * bound ("since June 2019", "с августа 2023 года"), or stands in a clause opened by a scene word
 * ("Depuis la mort de Prigojine en août 2023, …", "after the floods of 10 September, …").
 */
function setsTheScene(article: Article, mention: DateMention): boolean {
  if (BOUND_LEAD.test(mention.text)) return true;
  const sentence: Span | undefined = article.sentences[mention.originIndex];
  if (!sentence) return false;
  const clause = article.text.slice(sentence.start, mention.span.start).split(CLAUSE_BREAK).at(-1) ?? '';
  return SCENE_OPENER.test(clause);
}

/** Index of the story's first sentence: the one after the dateline when a dateline stands alone as a sentence. */
function firstStorySentence(article: Article, dateline: Dateline | null): number {
  if (!dateline) return 0;
  const index = article.sentences.findIndex((span) => span.end > dateline.end);
  return index < 0 ? 0 : index;
}

/** Sets `article.eventDate`, or leaves it null with a warning when nothing dates the article. */
export function chooseEventDate(article: Article): Article {
  const { publication } = article;
  const given = editorDate(article);
  if (given) {
    const explanation = `“${given.text}” in the editor’s metadata gives ${longDate(given.value, given.precision)}.`;
    return { ...article, eventDate: { value: given.value, precision: given.precision, basis: 'editor', text: given.text, span: null, explanation } };
  }
  // Mentions in text order: readDates returns them so, and find-dates keeps the order.
  const dateline = openingDateline(article.text, article.paragraphs);
  const body = [...article.dates]
    .filter((mention) => mention.origin === 'body' && !inDateline(mention, dateline))
    .sort((a, b) => a.span.start - b.span.start);
  if (publication) {
    const near = nearPublication(body, publication);
    if (near) return { ...article, eventDate: fromMention(article, near, publication) };
    const published = longDate(publication.value, publication.precision);
    const explanation = `No date in the body falls within two weeks before the publication date, ${published} (read from “${publication.text}”), which stands for the event.`;
    return {
      ...article,
      eventDate: { value: publication.value, precision: publication.precision, basis: 'publication', text: publication.text, span: null, explanation },
    };
  }
  const first = firstStorySentence(article, dateline);
  const happenings = body.filter((mention) => mention.basis === 'explicit' && !setsTheScene(article, mention));
  const opening = happenings.find((mention) => datesADay(mention) && mention.originIndex < first + OPENING_SENTENCES);
  if (opening) return { ...article, eventDate: fromMention(article, opening, null) };
  const month = happenings.find((mention) => mention.originIndex === first && mention.precision === 'month');
  if (month) {
    const explanation = `“${month.text}” opens the article, which carries no publication date: the event is dated to the month, ${longDate(month.value, 'month')}.`;
    return { ...article, eventDate: { ...fromMention(article, month, null), explanation } };
  }
  return withMessage({ ...article, eventDate: null }, { severity: 'warning', text: UNDATED_WARNING });
}
