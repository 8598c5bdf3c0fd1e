// The words of a text as the claim finder reads them: folded, split into tokens, and stemmed against case endings.
import { LETTER_OR_DIGIT, nextWordStart, wordCharLength, wordEnd } from '../word-characters.ts';

/** Fewest letters a stem keeps once a case ending is taken off. */
const MIN_STEM = 3;

/** A word of the masked text, folded, with the stems it may be read as in an inflecting language. */
export interface Token {
  start: number;
  end: number;
  fold: string;
  /** Filled by `stemsOf` when a look-up needs them. */
  stems: readonly string[] | null;
}

/**
 * A phrase or word folded for comparison: lower-case, every apostrophe written '. Accents are kept, unlike
 * the actor finder's `foldWord` and `foldLine`: here "déclare" and "déclaré" stay two words.
 */
export const fold = (s: string): string => s.toLowerCase().replace(/[’‘`´]/g, "'");

/** `word` less its longest case ending, keeping `MIN_STEM` letters; the word itself without endings. */
export function stemOf(word: string, endings: readonly string[]): string {
  for (const ending of endings) if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  return word;
}

/**
 * The end of the whole word that starts at `start`: letters and digits joined by hyphens, an elided article
 * ending at its apostrophe ("l'", "qu'"). As `[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*['’]?` would match it, found by table.
 */
function tokenEnd(text: string, start: number): number {
  let end = wordEnd(text, start, LETTER_OR_DIGIT);
  while (text[end] === '-' && wordCharLength(text, end + 1, LETTER_OR_DIGIT) !== 0) end = wordEnd(text, end + 1, LETTER_OR_DIGIT);
  return text[end] === "'" || text[end] === '’' ? end + 1 : end;
}

/** The tokens of a text. */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  // Folding the whole text at once is cheaper than word by word, when it keeps every offset (it nearly always does).
  const folded = fold(text);
  const whole = folded.length === text.length;
  for (let start = nextWordStart(text, 0, LETTER_OR_DIGIT), end = 0; start < text.length; start = nextWordStart(text, end, LETTER_OR_DIGIT)) {
    end = tokenEnd(text, start);
    tokens.push({ start, end, fold: whole ? folded.slice(start, end) : fold(text.slice(start, end)), stems: null });
  }
  return tokens;
}

/** The stems a token may be read as: itself less each case ending that leaves a stem (computed once, when asked). */
export function stemsOf(token: Token, endings: readonly string[]): readonly string[] {
  if (token.stems) return token.stems;
  const word = token.fold.endsWith("'") ? token.fold.slice(0, -1) : token.fold;
  const stems = [word];
  for (const ending of endings) if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) stems.push(word.slice(0, -ending.length));
  token.stems = stems;
  return stems;
}

/** True when two tokens of a phrase stand as its words do: apart by spaces, or joined after an elided article ("d'après"). */
export function joined(text: string, before: Token, after: Token): boolean {
  const gap = text.slice(before.end, after.start);
  return gap === '' ? before.fold.endsWith("'") : /^\s+$/u.test(gap);
}
