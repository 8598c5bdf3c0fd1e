// The narrowest date the clues allow together: their windows intersected, in text order so that the
// first clue to set a bound is the one credited with it. A date only when the bounds fall within one
// year (a month when within one month); a month-span clue narrows only bounds already closed.
import { boundOf, creditWindow, intersectWindows, OPEN_END, OPEN_START, type Bound, type DateWindow } from './date-window.ts';
import type { Clue } from './clue.ts';
import type { MonthSpanClue } from './month-span-clues.ts';

/** What the clues come to. */
export type NarrowedDate =
  /** No clue. */
  | { kind: 'none' }
  /** The clues cannot all hold at one date. */
  | { kind: 'contradiction'; clues: readonly Clue[] }
  /** Within one year, or one month: `value` is "YYYY" or "YYYY-MM". */
  | { kind: 'dated'; value: string; precision: 'year' | 'month'; start: Bound; end: Bound }
  /** Bounds more than a year apart, or open on a side (`OPEN_START`, `OPEN_END`). */
  | { kind: 'bounded'; start: Bound; end: Bound };

/** A month-span clue as a window over the years `from` to `to`. */
function monthWindow(clue: MonthSpanClue, from: number, to: number): Clue {
  const [first, last] = clue.months;
  const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;
  const window: DateWindow = Array.from({ length: to - from + 1 }, (_, k) => ({
    start: boundOf(month(from + k, first), 'start'),
    end: boundOf(month(from + k, last), 'end'),
  }));
  return { quote: clue.quote, detail: clue.detail, span: clue.span, window };
}

/** The narrowest date `clues` (in text order) and `monthSpans` allow. */
export function narrowDate(clues: readonly Clue[], monthSpans: readonly MonthSpanClue[] = []): NarrowedDate {
  if (clues.length === 0) return { kind: 'none' };
  let window: DateWindow = [{ start: OPEN_START, end: OPEN_END }];
  for (const clue of clues) {
    window = intersectWindows(window, creditWindow(clue.window, clue));
    if (window.length === 0) return { kind: 'contradiction', clues };
  }
  const first = window[0];
  const last = [...window].sort((a, b) => b.end.day.localeCompare(a.end.day))[0];
  if (!first || !last) return { kind: 'contradiction', clues };
  let start = first.start;
  let end = last.end;
  if (start.day !== OPEN_START.day && end.day !== OPEN_END.day) {
    for (const span of monthSpans) {
      const clue = monthWindow(span, Number(start.day.slice(0, 4)), Number(end.day.slice(0, 4)));
      const narrowed = intersectWindows(window, creditWindow(clue.window, clue));
      // A month span that would leave nothing is a reading of the text gone wrong, not a contradiction of the rest.
      if (narrowed.length > 0) window = narrowed;
    }
    start = window[0]?.start ?? start;
    end = [...window].sort((a, b) => b.end.day.localeCompare(a.end.day))[0]?.end ?? end;
  }
  if (start.day.slice(0, 7) === end.day.slice(0, 7)) return { kind: 'dated', value: start.day.slice(0, 7), precision: 'month', start, end };
  if (start.day.slice(0, 4) === end.day.slice(0, 4)) return { kind: 'dated', value: start.day.slice(0, 4), precision: 'year', start, end };
  return { kind: 'bounded', start, end };
}
