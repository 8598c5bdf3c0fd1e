// Which characters words are made of, read from a table. The tokenisers look at every character of
// every article, and a table lookup is about twice as fast as a Unicode-property regular expression
// scanning the same text; the answers are the expressions' own, since the table is filled by them.

/** The classes of character the tokenisers ask about, as bits: a letter or digit; a letter, digit or combining mark. */
export const LETTER_OR_DIGIT = 1;
export const LETTER_DIGIT_OR_MARK = 2;
export type WordClass = typeof LETTER_OR_DIGIT | typeof LETTER_DIGIT_OR_MARK;
/** White space, as `\s` has it. */
const SPACE = 4;

/** The expression that defines each class. */
const PATTERNS = new Map<number, RegExp>([
  [LETTER_OR_DIGIT, /[\p{L}\p{N}]/u],
  [LETTER_DIGIT_OR_MARK, /[\p{L}\p{N}\p{M}]/u],
  [SPACE, /\s/u],
]);

/** The classes of each character of the Basic Multilingual Plane; surrogates have none. */
const BMP = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  const character = String.fromCharCode(code);
  for (const [bit, pattern] of PATTERNS) if (pattern.test(character)) BMP[code] = (BMP[code] ?? 0) | bit;
}

/** How many code units the character at `i` takes when it is of `kind`; 0 when it is not (or `i` is past the end). */
export function wordCharLength(text: string, i: number, kind: WordClass): 0 | 1 | 2 {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) return ((BMP[code] ?? 0) & kind) !== 0 ? 1 : 0;
  // A surrogate pair: the rare character beyond the plane is asked of the expression itself.
  const point = text.codePointAt(i) ?? 0;
  return point > 0xffff && (PATTERNS.get(kind)?.test(String.fromCodePoint(point)) ?? false) ? 2 : 0;
}

/** The first offset from `from` where a character of `kind` stands, or the text's length. */
export function nextWordStart(text: string, from: number, kind: WordClass): number {
  let i = from;
  while (i < text.length && wordCharLength(text, i, kind) === 0) i++;
  return i;
}

/** The end of the run of `kind` characters that starts at `from` (`from` itself when none stands there). */
export function wordEnd(text: string, from: number, kind: WordClass): number {
  let i = from;
  for (let length = wordCharLength(text, i, kind); length !== 0; length = wordCharLength(text, i, kind)) i += length;
  return i;
}

/** True when the character at `i` is white space (`\s`). */
export const isSpaceAt = (text: string, i: number): boolean => ((BMP[text.charCodeAt(i)] ?? 0) & SPACE) !== 0;
