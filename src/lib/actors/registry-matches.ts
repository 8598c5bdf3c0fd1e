// The registry's aliases found in a text, the longest winning, and the one-word matches that are another bearer of a surname.
import { matchPhrase, type ActorIndex, type AliasTarget, type PhraseMatch, type Token } from '../actor-index.ts';
import type { Reading } from './reading.ts';
import { PARTICLES, STOP_WORDS } from './word-lists.ts';

/** Every registry alias in the text: the longest first, then the earliest; overlapping shorter ones dropped. */
export function registryMatches(tokens: readonly Token[], index: ActorIndex): PhraseMatch<AliasTarget>[] {
  const found: PhraseMatch<AliasTarget>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhrase(index.aliases, tokens, i);
    if (match) found.push(match);
  }
  const length = (m: PhraseMatch<AliasTarget>) => (tokens[m.end - 1]?.end ?? 0) - (tokens[m.start]?.start ?? 0);
  found.sort((a, b) => length(b) - length(a) || a.start - b.start);
  const taken = new Uint8Array(tokens.length);
  const chosen: PhraseMatch<AliasTarget>[] = [];
  for (const match of found) {
    if (taken.subarray(match.start, match.end).some((t) => t === 1)) continue;
    taken.fill(1, match.start, match.end);
    chosen.push(match);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The match covering each token, by its place in `matches`, or -1: what the name finder must leave alone. */
export function coveredBy(matches: readonly PhraseMatch<AliasTarget>[], length: number): Int32Array {
  const covered = new Int32Array(length).fill(-1);
  matches.forEach((match, m) => covered.fill(m, match.start, match.end));
  return covered;
}

/**
 * A one-word person alias right after a capitalised word foreign to that actor's names is
 * someone else of the family: "Saddam Haftar" is not Khalifa, "Saif al-Islam Gaddafi" not Muammar.
 * "Khalifa Khaftar", "Marshal Haftar", "Monday Haftar" keep their match.
 */
export function isOtherBearer(reading: Reading, match: PhraseMatch<AliasTarget>, matchedBy: Int32Array): boolean {
  const { tokens, index } = reading;
  if (match.entry.value.type !== 'person' || match.end - match.start !== 1) return false;
  let before = match.start - 1;
  if (tokens[match.start]?.gap !== '') return false;
  // "Saif al-Islam Gaddafi": look past a particle to the word it belongs to.
  if (before >= 0 && PARTICLES.has(tokens[before]?.fold ?? '') && tokens[before]?.gap === '') before--;
  const previous = tokens[before];
  if (!previous?.upper || (matchedBy[before] ?? -1) >= 0 || reading.inPlace[before] === 1) return false;
  if (STOP_WORDS.has(previous.fold) || reading.titleBefore.has(match.start)) return false;
  if (reading.sentenceStart[before] === 1 && reading.lowerForms.has(previous.fold)) return false;
  return !(index.nameWords.get(match.entry.value.actorId)?.has(previous.fold) ?? false);
}
