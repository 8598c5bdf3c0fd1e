// The numbers a report gives ("$4.5 billion", "4,5 milliards", "14 MiG-29", "резолюция 1970"): written
// the same in every language once their separators are read, they tell one happening from another.
// The number of a model designation ("MiG-29", "С-300") is no quantity: it names a type of weapon
// that many happenings share, and is left out.
import { foldWord } from '../actor-index.ts';
import { locales } from '../locales/index.ts';

// A run of digits, or groups of three after one to three digits ("1,300", "48 312"), with an optional decimal part.
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)(?:[.,](\d+))?(?!\p{N})/gu;
const WORD_BEFORE = /([\p{L}№#°][\p{L}.]*)[\s\u00a0\u202f]*$/u;
const WORD_AFTER = /^[\s\u00a0\u202f]*(\p{L}[\p{L}.]*)/u;
/** Letters joined by a hyphen to the number: a model designation ("MiG-29", "Su‑24", "Ил-76"). */
const DESIGNATION_BEFORE = /\p{L}[-\u2010\u2011]$/u;

const MONTHS = new Set(locales.flatMap((locale) => Object.keys(locale.dates.months)).map(foldWord));
const LABELS = new Set(locales.flatMap((locale) => locale.dates.numberLabels).map(foldWord));
/** Smallest whole number worth comparing: smaller ones count anything ("two sides", "3 ships"). */
const MIN_WHOLE = 10;

const isMonth = (word: string | undefined) => word !== undefined && (MONTHS.has(foldWord(word)) || MONTHS.has(foldWord(word).replace(/\.$/, '')));
const isLabel = (word: string | undefined) => word !== undefined && (LABELS.has(foldWord(word)) || LABELS.has(`${foldWord(word)}.`));

/**
 * The distinctive numbers of `text`, normalised ("1,3" and "1.3" → "1.3"; "1,300" → "1300"). Left out: whole numbers
 * under ten, days beside a month name (the date is compared on its own), years unless a label stands before them
 * ("resolution 1973", "№ 1970"), since every report names the years around its happening, and the numbers of model
 * designations ("MiG-29", "S-300").
 */
export function readNumbers(text: string): Set<string> {
  const numbers = new Set<string>();
  for (const match of text.matchAll(NUMBER)) {
    const [whole = '', fraction] = [match[1]?.replace(/\D/g, '').replace(/^0+(?=\d)/, ''), match[2]?.replace(/0+$/, '')];
    const value = Number(whole);
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1];
    const after = WORD_AFTER.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 40))?.[1];
    if (DESIGNATION_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    if (!fraction) {
      if (value < MIN_WHOLE) continue;
      if (value <= 31 && (isMonth(before) || isMonth(after))) continue;
      if (value >= 1900 && value <= 2099 && !isLabel(before)) continue;
    }
    numbers.add(fraction ? `${whole}.${fraction}` : whole);
  }
  return numbers;
}
