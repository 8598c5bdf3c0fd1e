// Phrases that introduce only a person's words ("по словам", "in the words of"), with the case they put the name in.
import { buildPhraseTrie, matchPhrase, phraseKey, tokenize, type PhraseMatch } from '../actor-index.ts';
import { locales } from '../locales/index.ts';
import type { NameCase } from '../locales/types.ts';
import { NAME_CASES } from './nominative.ts';
import type { Reading } from './reading.ts';
import { MAX_PHRASE_WORDS } from './word-lists.ts';

/** Phrases that introduce a person's words, with the cases they put the name in ("по словам": genitive). */
const PERSON_ATTRIBUTIONS = buildPhraseTrie(
  locales.flatMap((l) => {
    const cases = NAME_CASES.get(l.code) ?? [];
    const key = (phrase: string) => phraseKey(tokenize(phrase));
    return l.names.personAttributions.map(
      (phrase) => [phrase, cases.filter((c) => c.governedBy.some((g) => key(g) === key(phrase)))] as const,
    );
  }),
);

/** A phrase that introduces only a person's words ending just before token `lead` ("по словам", "in the words of"), or null. */
export function personAttributionBefore(reading: Reading, lead: number): PhraseMatch<readonly NameCase[]> | null {
  const { tokens } = reading;
  if (tokens[lead]?.gap !== '') return null;
  for (let s = lead - 1; s >= 0 && lead - s <= MAX_PHRASE_WORDS; s--) {
    const match = matchPhrase(PERSON_ATTRIBUTIONS, tokens, s);
    if (match?.end === lead) return match;
  }
  return null;
}
