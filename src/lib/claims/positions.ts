// Offsets in the masked text: matches and spans within a range, word counts, and the words either side of a position.
import type { Span } from '../../schemas/event.ts';
import { fold } from './tokens.ts';

/** A word as counted and compared: letters and digits, joined by an apostrophe or a hyphen ("l'armée", "al-Sarraj"). */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Every match of a global pattern within [start, end), with absolute offsets. */
export function matchesIn(pattern: RegExp, text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  for (const m of text.slice(start, end).matchAll(pattern)) spans.push({ start: start + m.index, end: start + m.index + m[0].length });
  return spans;
}

/** Index of the first span of a list in text order that starts at or after `pos`. */
export function firstFrom(list: readonly { start: number }[], pos: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle]?.start ?? 0) < pos) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The spans of a list in text order that lie within [start, end). */
export function within(list: readonly Span[], start: number, end: number): Span[] {
  const found: Span[] = [];
  for (let i = firstFrom(list, start); i < list.length; i++) {
    const span = list[i];
    if (!span || span.start >= end) break;
    if (span.end <= end) found.push(span);
  }
  return found;
}

/** How many words (`WORD`) a text holds. */
export const wordCount = (s: string): number => s.match(WORD)?.length ?? 0;
/** True when two spans share at least one character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The last `count` whitespace-separated tokens between `floor` and `pos`, folded and stripped of opening punctuation. */
export function tokensBefore(text: string, pos: number, count: number, floor = 0): string[] {
  return text
    .slice(Math.max(floor, pos - 80), pos)
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .slice(-count)
    .map((t) => fold(t).replace(/^[(«“"„‘]+/, ''));
}

/** The first word after `pos` (within `limit`), folded, with an elided article kept whole ("qu'"). */
export function wordAfter(text: string, pos: number, limit: number): string {
  return fold(/^\s*,?\s*([\p{L}\p{N}]+['’]?)/u.exec(text.slice(pos, Math.min(limit, pos + 40)))?.[1] ?? '');
}
