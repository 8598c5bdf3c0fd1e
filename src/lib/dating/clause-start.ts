// Where a clause begins within its sentence: what stands before a word in its own clause governs it
// ("since … in a 2011 uprising"; "Moscow was a major arms supplier to Libyan leader Muammar Gaddafi").

/** What ends a clause within a sentence: a comma, a semicolon, a colon, a bracket, a quote, a dash between spaces. */
const CLAUSE_BREAK = /[,;:()«»"“”„]|\s[-–—]\s/gu;

/** Where the clause holding `offset` begins, within the sentence that begins at `sentenceStart`. */
export function clauseStart(text: string, sentenceStart: number, offset: number): number {
  let start = sentenceStart;
  for (const match of text.slice(sentenceStart, offset).matchAll(CLAUSE_BREAK)) start = sentenceStart + match.index + match[0].length;
  return start;
}
