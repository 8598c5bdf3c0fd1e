// Masks over the text, same length so that offsets agree: abbreviation stops blanked, quotes filled with the mark of their kind.
import type { Patterns } from './patterns.ts';
import type { Quote } from './quotes.ts';
import { fold } from './tokens.ts';

// Masks over the text: a standalone quote is a clause of its own and bounds the search for a
// subject; a fragment stays inside its sentence but its words are nobody's subject or verb.
export const STANDALONE = '\u0000';
export const FRAGMENT = '\u0001';

/** The text with the full stop of each abbreviation and initial inside a sentence blanked ("M. Lavrov" → "M  Lavrov"): it ends no clause. */
export function maskAbbreviations(text: string, words: Patterns): string {
  let out = '';
  let at = 0;
  for (let stop = text.indexOf('.'); stop >= 0; stop = text.indexOf('.', stop + 1)) {
    const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[0] ?? '';
    if (word.length === 0 || /[\p{L}\p{N}.]/u.test(text.charAt(stop - word.length - 1))) continue;
    const after = text.slice(stop + 1, stop + 4);
    // An initial is a capital before a capitalised word ("V. Putin"); an abbreviation is followed by more words ("M. Lavrov", "Gen. Haftar").
    const initial = /^\p{Lu}$/u.test(word) && /^[ \u00a0]*\p{Lu}\p{Ll}/u.test(after);
    const abbreviation = words.abbreviations.has(fold(word)) && /^[ \u00a0]+[\p{L}\p{N}]/u.test(after);
    if (!initial && !abbreviation) continue;
    out += `${text.slice(at, stop)} `;
    at = stop + 1;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** The text with standalone quotes and fragments masked, offsets unchanged. `quotes` are in text order. */
export function maskQuotes(text: string, quotes: readonly Quote[]): string {
  const clean = text.replace(/[\u0000\u0001]/g, ' ');
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += clean.slice(at, q.open) + (q.standalone ? STANDALONE : FRAGMENT).repeat(q.close - q.open);
    at = q.close;
  }
  return out + clean.slice(at);
}
