// Names that are already known: a place, or a registry alias written so that it did not match.
import { matchPhrase, phraseKey } from '../actor-index.ts';
import type { Reading } from './reading.ts';
import { PLACES } from './word-lists.ts';

/** True when the name [start, end) is a place, or an alias of a registry actor written so that it did not match ("Tass" for "TASS"). */
export function isPlaceOrAlias(reading: Reading, start: number, end: number): boolean {
  const place = matchPhrase(PLACES, reading.tokens, start);
  if (place && place.end === end) return true;
  return reading.index.aliasKeys.has(phraseKey(reading.tokens.slice(start, end)));
}
