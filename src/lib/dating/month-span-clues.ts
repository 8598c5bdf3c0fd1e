// Two months without a year in one sentence, one past and one ahead ("In February, Libya embarked on a
// new phase … until December elections"): the article stands between them, within one year. Such a
// clue bounds the months, not the year, so it narrows only what other clues already bound.
import type { Span } from '../../schemas/event.ts';
import type { Article } from '../article.ts';
import { readDates, type StatedRawDate } from '../read-dates.ts';
import type { Clue } from './clue.ts';

/** A clue that bounds the month within any year: from month `months[0]` to month `months[1]`, 1–12. */
export interface MonthSpanClue extends Omit<Clue, 'window'> {
  months: readonly [number, number];
}

/** The month of a date written without a year ("--02", "--02-05"). */
const monthOf = (date: StatedRawDate): number => Number(date.value.slice(2, 4));

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A clue for every sentence that names a past month and a later month ahead, neither with a year. */
export function monthSpanClues(article: Article): MonthSpanClue[] {
  // The whole text is read once, as find-dates read it (read-dates keeps that reading); the raw
  // dates still say which words look ahead and which have no year.
  const yearless = readDates(article.text).filter(
    (date): date is StatedRawDate => date.relative === null && date.parts.year === 'absent' && date.parts.month === 'stated',
  );
  if (yearless.length < 2) return [];
  return article.sentences.flatMap((sentence: Span) => {
    const inSentence = yearless.filter((date) => date.start >= sentence.start && date.end <= sentence.end);
    const past = inSentence.find((date) => !date.forward);
    const ahead = inSentence.find((date) => date.forward && past !== undefined && monthOf(date) >= monthOf(past));
    if (!past || !ahead) return [];
    const months = [monthOf(past), monthOf(ahead)] as const;
    return [
      {
        quote: `“${past.text}” … “${ahead.text}”`,
        detail: `between ${MONTH_NAMES[months[0] - 1]} and ${MONTH_NAMES[months[1] - 1]} of one year`,
        span: { start: past.start, end: ahead.end },
        months,
      },
    ];
  });
}
