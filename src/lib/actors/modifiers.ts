// Whether a lower-case word may modify a name or a title: an adjective, a genitive or a demonym, never a function word or a verb.
import { matchPhrase } from '../actor-index.ts';
import { DEMONYMS } from './demonyms.ts';
import type { Reading } from './reading.ts';
import { FUNCTION_WORDS } from './word-lists.ts';

/** True when a lower-case word may belong to a name after its head, or to a title's complement ("présidentiel", "обороны", a demonym: "libyen"). */
export function isModifier(reading: Reading, i: number): boolean {
  const token = reading.tokens[i];
  // Function words end as genitives do ("и", "его"), and are none.
  if (!token || token.upper || token.digit || reading.verbAt.has(i) || FUNCTION_WORDS.has(token.fold)) return false;
  if (matchPhrase(DEMONYMS, reading.tokens, i)?.end === i + 1) return true;
  const { modifierEndings, notModifierEndings } = reading.rules;
  return modifierEndings.some((e) => token.fold.endsWith(e)) && !notModifierEndings.some((e) => token.fold.endsWith(e));
}
