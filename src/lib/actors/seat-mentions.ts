// Seats of government that stand for their state: "Moscow put these contracts on hold", "but
// Moscow's position is balanced", "Москва заявила". Only as the subject or possessor opening a
// clause; after a preposition or inside a name they are places ("talks in Moscow", "the Moscow format").
import { buildPhraseTrie, foldWord, matchPhrase, type Token } from '../actor-index.ts';
import { locales } from '../locales/index.ts';
import type { Reading } from './reading.ts';
import { keysOf } from './word-lists.ts';

const SEATS = buildPhraseTrie(
  locales.flatMap((locale) =>
    Object.entries(locale.names.stateSeats).flatMap(([actorId, seats]) => seats.map((seat): [string, string] => [seat, actorId])),
  ),
);
const CLAUSE_JOINERS = keysOf(locales.flatMap((locale) => locale.names.clauseJoiners.map(foldWord)));

/** True when token `start` opens a clause: a sentence's first word, after punctuation, or after a word that joins clauses. */
function opensClause(reading: Reading, start: number): boolean {
  const token = reading.tokens[start];
  const before = reading.tokens[start - 1];
  if (!token || !before || reading.sentenceStart[start] === 1) return true;
  // Punctuation before it ("… rivals; Moscow …", "«Moscou"), not a hyphen or an apostrophe ("l'", "d'").
  if (token.gap !== '' && token.gap !== "'" && !token.hyphen) return true;
  return CLAUSE_JOINERS.has(before.fold);
}

/** True when the word after a seat continues a clause it is the subject or possessor of: a lower-case word, or "'s". */
function governsWhatFollows(after: Token | undefined): boolean {
  if (!after) return false;
  if (after.gap === "'") return after.fold === 's';
  return after.gap === '' && !after.hyphen && !after.upper && !after.digit;
}

/** `[actorId, start, end]` for each seat of government that stands for its state, outside registry matches. */
export function seatMentions(reading: Reading): Array<[string, number, number]> {
  const { tokens, covered } = reading;
  const found: Array<[string, number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((covered[i] ?? -1) >= 0) continue;
    const seat = matchPhrase(SEATS, tokens, i);
    if (!seat) continue;
    if (opensClause(reading, seat.start) && governsWhatFollows(tokens[seat.end])) found.push([seat.entry.value, seat.start, seat.end]);
    i = seat.end - 1;
  }
  return found;
}
