// A profession in apposition after a name ("Claire Vasseur, chercheuse …"): evidence that the name is a person's.
import { matchPhrase } from '../actor-index.ts';
import { DEMONYMS } from './demonyms.ts';
import { tokenText, type Reading } from './reading.ts';
import { APPOSITIVE_GAP } from './speech-subject.ts';
import { PROFESSIONS } from './word-lists.ts';

/** Most words between a comma after a name and the profession that describes it ("a Libyan military analyst"). */
const MAX_PROFESSION_LEAD = 3;

/** The profession in an appositive after the name ending before `end`, as written, or null: "Claire Vasseur, chercheuse …", "…, a Libyan military analyst". */
export function professionAfter(reading: Reading, end: number): string | null {
  const { tokens } = reading;
  if (tokens[end]?.gap !== ',') return null;
  for (let k = end; k < tokens.length && k - end <= MAX_PROFESSION_LEAD; k++) {
    const token = tokens[k];
    if (!token || (k > end && !APPOSITIVE_GAP.test(token.gap)) || (reading.covered[k] ?? -1) >= 0) return null;
    const profession = matchPhrase(PROFESSIONS, tokens, k);
    if (profession) {
      // "Sidi Barrani, an analyst said, …" and "…, analyst Ahmed Salem said" speak of someone else.
      const next = tokens[profession.end];
      const other = next !== undefined && next.gap === '' && (next.upper || reading.verbAt.has(profession.end));
      return other ? null : tokenText(reading, profession.start, profession.end);
    }
    // Articles, adjectives and demonyms may come first: "a former", "an independent", "a Libyan".
    if (token.upper && matchPhrase(DEMONYMS, tokens, k)?.end !== k + 1) return null;
  }
  return null;
}
