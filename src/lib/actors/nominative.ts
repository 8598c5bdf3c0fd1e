// Names read in an oblique case given back in the nominative ("Олегом Мартыновым" → "Олег Мартынов").
import { locales } from '../locales/index.ts';
import type { NameCase } from '../locales/types.ts';
import type { Reading } from './reading.ts';

/** A name's cases, each with its endings longest first, so that the first that fits is the longest. */
const byLongestEnding = (cases: readonly NameCase[]): NameCase[] =>
  cases.map((c) => ({ ...c, nameEndings: [...c.nameEndings].sort((a, b) => b[0].length - a[0].length) }));
/** Each language's name cases, by locale code. */
export const NAME_CASES = new Map(locales.map((locale) => [locale.code, byLongestEnding(locale.names.nameCases)]));

/**
 * The name [start, end) given back in the nominative for the first of `cases` in which every
 * capitalised word has a known ending ("Олегом Мартыновым" → "Олег Мартынов"), or null.
 */
export function nominative(reading: Reading, start: number, end: number, cases: readonly NameCase[]): string | null {
  const { tokens, text } = reading;
  for (const nameCase of cases) {
    let name = '';
    for (let k = start; k < end; k++) {
      const token = tokens[k];
      if (!token) break;
      if (k > start) name += text.slice(tokens[k - 1]?.end ?? token.start, token.start);
      // Particles ("аль-") do not decline.
      const rule: readonly [string, string] | undefined = token.upper
        ? nameCase.nameEndings.find(([ending]) => token.fold.endsWith(ending) && token.fold.length > ending.length + 1)
        : ['', ''];
      if (!rule) {
        name = '';
        break;
      }
      name += token.text.slice(0, token.text.length - rule[0].length) + rule[1];
    }
    if (name !== '') return name;
  }
  return null;
}
