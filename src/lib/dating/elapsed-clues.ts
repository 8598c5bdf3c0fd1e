// Dated references that reach the article: a state that began at a date and lasts to it ("since 2011",
// "Depuis la mort d'Evgueni Prigojine en août 2023"), after which the article stands; and a stretch of
// time counted from such a date ("for almost a decade, since … a 2011 uprising", "depuis près de dix
// ans, depuis la chute de Kadhafi en 2011", "почти десятилетие … после … 2011 году"), which puts it
// that many years after. Only dates whose year is written count, and only in the body.
import { addYears, format } from 'date-fns';
import type { DatePrecision } from '../../schemas/event.ts';
import { matchPhrase, tokenize, type PhraseTrie, type Token } from '../actor-index.ts';
import type { Article, DateMention } from '../article.ts';
import { periodOf } from '../find-dates.ts';
import { formatEventDate } from '../format-date.ts';
import { clauseStart } from './clause-start.ts';
import type { Clue } from './clue.ts';
import { OPEN_END, boundOf, type Bound } from './date-window.ts';
import { datingWords } from './dating-words.ts';

/** Words this short ("с", "со") are also other prepositions ("with"): they count only as the date's own lead. */
const SHORT_WORD = 2;
const VALUE_FORMAT: Record<DatePrecision, string> = { day: 'yyyy-MM-dd', month: 'yyyy-MM', year: 'yyyy' };

/** The words of `trie` that anchor `mention`: its own lead ("since 2011"), or earlier in its clause ("since … in a 2011 uprising"); null when none. */
function anchorOf(trie: PhraseTrie<true>, tokens: readonly Token[], article: Article, mention: DateMention): { start: number; end: number } | null {
  const sentence = article.sentences[mention.originIndex];
  if (!sentence) return null;
  const from = clauseStart(article.text, sentence.start, mention.span.start);
  for (let i = firstTokenFrom(tokens, from); i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.start > mention.span.start) break;
    const match = matchPhrase(trie, tokens, i);
    if (!match) continue;
    const lead = token.start === mention.span.start;
    if (lead || match.entry.text.length > SHORT_WORD) return { start: token.start, end: tokens[match.end - 1]?.end ?? token.end };
  }
  return null;
}

/** Index of the first token that starts at or after `offset`. */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first stretch of time named between `start` and `end` ("almost a decade"), with its years, or null. */
function durationIn(tokens: readonly Token[], start: number, end: number): { start: number; end: number; years: readonly [number, number] } | null {
  for (let i = firstTokenFrom(tokens, start); i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.end > end) break;
    const match = matchPhrase(datingWords.durations, tokens, i);
    const last = match ? tokens[match.end - 1] : undefined;
    if (match && last && last.end <= end) return { start: token.start, end: last.end, years: match.entry.value };
  }
  return null;
}

/** A date moved by whole years, at its own precision: one end of the period it covers. */
function shifted(mention: DateMention, years: number, side: 'start' | 'end'): Bound {
  const period = periodOf(mention.value, mention.precision);
  const day = addYears(side === 'start' ? period.start : period.end, years);
  return { day: format(day, 'yyyy-MM-dd'), label: formatEventDate(format(day, VALUE_FORMAT[mention.precision])), clue: null };
}

/** The words from an anchor to its date, quoted: “since 2011”, “since … 2011”. */
function quoteFrom(text: string, anchor: { start: number; end: number }, mention: DateMention): string {
  return anchor.start === mention.span.start ? `“${mention.text}”` : `“${text.slice(anchor.start, anchor.end)} … ${mention.text}”`;
}

/** A clue for every state the body dates the start of, and for every stretch of time counted from a date. */
export function elapsedClues(article: Article): Clue[] {
  const stated = article.dates.filter((date) => date.origin === 'body' && date.basis === 'explicit' && date.parts.year === 'stated');
  if (stated.length === 0) return [];
  const tokens = tokenize(article.text);
  return article.sentences.flatMap((sentence, index) => {
    const dates = stated.filter((date) => date.originIndex === index);
    const duration = dates.length > 0 ? durationIn(tokens, sentence.start, sentence.end) : null;
    if (duration) {
      const anchored = dates.flatMap((date) => {
        const anchor = anchorOf(datingWords.anchors, tokens, article, date);
        return anchor ? [{ date, anchor }] : [];
      })[0];
      if (anchored) {
        const { date, anchor } = anchored;
        const [fewest, most] = duration.years;
        const start = shifted(date, fewest, 'start');
        const end = shifted(date, most, 'end');
        return [
          {
            quote: `“${article.text.slice(duration.start, duration.end)}”, ${quoteFrom(article.text, anchor, date)}`,
            detail: `${fewest} to ${most} years after ${formatEventDate(date.value)}: ${start.label} to ${end.label}`,
            span: { start: Math.min(duration.start, anchor.start), end: Math.max(duration.end, date.span.end) },
            window: [{ start, end }],
          },
        ];
      }
    }
    return dates.flatMap((date): Clue[] => {
      const anchor = anchorOf(datingWords.since, tokens, article, date);
      if (!anchor) return [];
      const start = boundOf(date.value, 'start');
      return [
        {
          quote: quoteFrom(article.text, anchor, date),
          detail: `from ${start.label} on`,
          span: { start: anchor.start, end: date.span.end },
          window: [{ start, end: OPEN_END }],
        },
      ];
    });
  });
}
