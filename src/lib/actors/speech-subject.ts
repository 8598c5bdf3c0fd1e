// The verb of saying whose subject a name is: after it, after its appositive, or inverted before it.
import type { PhraseMatch } from '../actor-index.ts';
import { tokenText, type Reading } from './reading.ts';

/** Punctuation that closes a quote or clause before an inverted "…," said X. */
const INVERSION_GAP = /^[,»”"“—–]+$/u;
/** Gaps allowed inside an appositive ", the commander of …,". */
export const APPOSITIVE_GAP = /^['()]*$/u;
/** Gaps after which a Russian inverted subject ends ("заявил Андрей Аверьянов."). */
const CLAUSE_END = /^[.,;:!?…»”"]/u;

/** Most words an appositive may hold between its commas. */
const MAX_APPOSITIVE = 15;

/** A speech verb whose subject is the name ending before token `end` and led by token `lead` (its title, if any), as written, or null. */
export function speechVerbOf(reading: Reading, end: number, lead: number): string | null {
  const { tokens, verbAt, verbBefore } = reading;
  const spoken = (verb: PhraseMatch<boolean> | undefined) => verb !== undefined && !reading.notSpeech.subarray(verb.start, verb.end).includes(1);
  const written = (verb: PhraseMatch<boolean>) => tokenText(reading, verb.start, verb.end);
  // "Ahmed Salem said", "Андрей Аверьянов заявил".
  const after = verbAt.get(end);
  if (after && spoken(after) && tokens[end]?.gap === '' && !tokens[end]?.upper) return written(after);
  // "Ahmed Salem, the commander of …, said".
  if (tokens[end]?.gap === ',') {
    for (let k = end + 1; k < tokens.length && k - end <= MAX_APPOSITIVE; k++) {
      const gap = tokens[k]?.gap ?? '\n';
      if (gap === ',') {
        const verb = verbAt.get(k);
        if (verb && spoken(verb)) return written(verb);
        break;
      }
      if (!APPOSITIVE_GAP.test(gap)) break;
    }
  }
  // '"…," said Ahmed Salem', '», a déclaré Jean Dupont', '», — заявил Андрей Аверьянов'.
  const before = verbBefore.get(lead);
  if (before && spoken(before) && tokens[lead]?.gap === '') {
    const opensClause = INVERSION_GAP.test(tokens[before.start]?.gap ?? '');
    // Russian puts the subject after the verb freely; the name must then close the clause ("Об этом заявил Андрей Аверьянов.").
    const russian = tokens[before.start]?.cyrillic === true && (end >= tokens.length || CLAUSE_END.test(tokens[end]?.gap ?? '') || tokens[end]?.gap === '\n');
    if (opensClause || russian) return written(before);
  }
  return null;
}
