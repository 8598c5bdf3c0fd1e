// Regular expressions from word lists: escaping, folding a line, and alternations longest first. Shared by the stages.

/** A text with every regular-expression metacharacter escaped, to match as written. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ASCII = /^[\x00-\x7f]*$/;
/**
 * A line or a list word folded for the credit patterns and organisation endings: lower-case, accents stripped,
 * apostrophes straight. Unlike `foldWord` it strips the breve of й too (й → и).
 */
export function foldLine(text: string): string {
  const lower = text.toLowerCase();
  // Speed: an ASCII line has no accent to strip, and decomposing it would copy it for nothing.
  const bare = ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
  return bare.replace(/[’‘`]/g, "'");
}
/** The phrases of a list as one alternation, folded (`foldLine`), longest first so that the longest wins. */
export const alternation = (words: readonly string[]) => [...new Set(words.map(foldLine))].sort((a, b) => b.length - a.length).map(escape).join('|');
