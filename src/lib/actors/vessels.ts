// Ships' names ("porte-avions Amiral Kouznetsov"): capitalised, yet no one's.
import { matchPhrase } from '../actor-index.ts';
import { DEMONYMS } from './demonyms.ts';
import type { Reading } from './reading.ts';
import { ARTICLES, MAX_PHRASE_WORDS, VESSELS } from './word-lists.ts';

/** A quote that may open a ship's name: "«Amiral Kouznetsov»". */
const OPENING_GAP = /^[«"“„‘']?$/u;

/**
 * True when the name [start, end) is a ship's: it follows a ship's noun or "aboard", over a
 * demonym, an article or an opening quote ("aircraft carrier Admiral Kuznetsov", "porte-avions
 * russe «Amiral Kouznetsov»", "на борту авианосца «Адмирал Кузнецов»").
 */
export function isVesselName(reading: Reading, start: number, end: number): boolean {
  const { tokens } = reading;
  // "aboard General Salem's jet": the owner is a person, the ship is not named.
  if (tokens[end]?.gap === "'" && tokens[end]?.fold === 's') return false;
  let k = start;
  for (let skipped = 0; skipped < 2 && k > 0 && OPENING_GAP.test(tokens[k]?.gap ?? '\n'); skipped++) {
    const previous = tokens[k - 1];
    const demonym = matchPhrase(DEMONYMS, tokens, k - 1)?.end === k;
    if (!previous || (!demonym && !ARTICLES.has(previous.fold))) break;
    k--;
  }
  if (!OPENING_GAP.test(tokens[k]?.gap ?? '\n')) return false;
  for (let s = k - 1; s >= 0 && k - s <= MAX_PHRASE_WORDS; s--) {
    if (matchPhrase(VESSELS, tokens, s)?.end === k) return true;
  }
  return false;
}
