// Dates an article nothing else dates (no editor's date, publication date or body date: `eventDate`
// is still null after chooseEventDate) from what it mentions: the offices it names at its people's
// names, with their dates in the registry (an article naming "Prime Minister Abdulhamid Dbeibah" was
// written after March 2021; naming him so in the headline or the lead, where news names the
// officeholders of the day, while he held the office; naming "former defence minister Shoigu", after
// May 2024), and dated references that reach the article ("for almost a decade, since … 2011"; "In
// February, … until December elections"). The bounds are intersected; the date is set, basis
// `inferred`, only when they fall within one year (to the month when within one month). Otherwise the
// article stays undated, and its warning says what the bounds were. The parts live in `dating/`.
import type { Article, Message, PipelineContext } from './article.ts';
import { UNDATED_WARNING } from './choose-event-date.ts';
import { readingOrder, type Clue } from './dating/clue.ts';
import type { Bound } from './dating/date-window.ts';
import { elapsedClues } from './dating/elapsed-clues.ts';
import { monthSpanClues } from './dating/month-span-clues.ts';
import { narrowDate, type NarrowedDate } from './dating/narrow-date.ts';
import { officeClues } from './dating/office-clues.ts';
import { formatEventDate } from './format-date.ts';

/** “Prime Minister Abdulhamid Dbeibah” (named in the lead as Prime Minister of the Government of National Unity: while in office, from 15 March 2021). */
const reason = (clue: Clue): string => `${clue.quote} (${clue.detail})`;

/** The clues credited with the bounds that have a date, each once, in reading order (the headline's first). */
function bindingClues(start: Bound, end: Bound): Clue[] {
  const clues = [start.clue, end.clue].filter((clue): clue is Clue => clue !== null);
  return [...new Set(clues)].sort(readingOrder);
}

/** The bounds in words: "between 15 March 2021 and 12 May 2024, …", "from 14 May 2024 on, …", "up to 2011, …". */
function boundsInWords(start: Bound, end: Bound): string {
  if (start.clue && end.clue) return `between ${start.label} and ${end.label}, not within one calendar year`;
  if (start.clue) return `from ${start.label} on, with no later bound`;
  return end.clue ? `up to ${end.label}, with no earlier bound` : 'nowhere';
}

/** The warning for an article that stays undated, saying what its clues came to. */
function undatedWarning(narrowed: Exclude<NarrowedDate, { kind: 'none' | 'dated' }>): Message {
  if (narrowed.kind === 'contradiction') {
    const reasons = [...new Set(narrowed.clues.map(reason))].join('; ');
    return { severity: 'warning', text: `${UNDATED_WARNING}; what it mentions cannot all hold at one date: ${reasons}` };
  }
  const { start, end } = narrowed;
  const reasons = bindingClues(start, end).map(reason).join('; ');
  return { severity: 'warning', text: `${UNDATED_WARNING}; what it mentions places it ${boundsInWords(start, end)}: ${reasons}` };
}

/** Sets an inferred `eventDate` on an undated article when what it mentions bounds it within a year; else words its warning with the bounds. */
export function inferEventDate(article: Article, context: PipelineContext): Article {
  if (article.eventDate !== null || article.text === '') return article;
  const clues = [...officeClues(article, context.actors), ...elapsedClues(article)].sort(readingOrder);
  const narrowed = narrowDate(clues, monthSpanClues(article));
  if (narrowed.kind === 'none') return article;
  const messages = article.messages.filter((message) => message.text !== UNDATED_WARNING);
  if (narrowed.kind !== 'dated') return { ...article, messages: [...messages, undatedWarning(narrowed)] };
  const label = formatEventDate(narrowed.value);
  const binding = bindingClues(narrowed.start, narrowed.end);
  const reasons = binding.map(reason).join(' and ');
  return {
    ...article,
    eventDate: {
      value: narrowed.value,
      precision: narrowed.precision,
      basis: 'inferred',
      text: binding.map((clue) => clue.quote).join(' … '),
      span: null,
      explanation: `Nothing in or about the article dates it; ${reasons} ${binding.length === 1 ? 'puts' : 'put'} it in ${label}.`,
    },
    // A year-less date took its year from the latest year the body states, a guess an undated article
    // never shows (assemble-events keeps only written years then); with a date set it would become a
    // background event in that guessed year, so it goes. A year lent by a date beside it stays.
    dates: article.dates.filter((date) => !(date.parts.year === 'implied' && date.yearFrom === undefined)),
    messages: [...messages, { severity: 'warning', text: `no date found: ${label} inferred from what the article mentions: ${reasons}` }],
  };
}
