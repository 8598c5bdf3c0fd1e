// Runs of capitalised words no registry alias covers, and the token where a name may start in one.
import type { Token } from '../actor-index.ts';
import type { Reading } from './reading.ts';
import { MONTHS, PARTICLES, STOP_WORDS } from './word-lists.ts';

/** True when token `i` is a day number before a month ("26 февраля", "3 novembre"): a date, not a part of a name. */
export function isDayOfMonth(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.digit === true && next !== undefined && next.gap === '' && MONTHS.has(next.fold);
}

/**
 * True when a token may continue a name: capitalised, a digit (not a day before its month), a
 * particle before a capital, a hyphenated part ("Yunus-bek"), or a word after an initial ("John F. Kennedy").
 */
function continuesName(tokens: readonly Token[], covered: Int32Array, i: number): boolean {
  const token = tokens[i];
  if (!token || (covered[i] ?? -1) >= 0 || isDayOfMonth(tokens, i)) return false;
  const previous = tokens[i - 1];
  const afterInitial = token.gap === '.' && token.upper && previous !== undefined && previous.upper && previous.text.length === 1;
  if (token.gap !== '' && !afterInitial) return false;
  if (token.upper || token.digit) return true;
  const next = tokens[i + 1];
  const beforeCapital = next !== undefined && next.upper && next.gap === '' && (covered[i + 1] ?? -1) < 0;
  return beforeCapital && (PARTICLES.has(token.fold) || token.hyphen);
}

/** Runs of capitalised tokens no registry alias covers, as [start, end) token ranges. */
export function nameRuns(reading: Reading): [number, number][] {
  const { tokens, covered } = reading;
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || (covered[i] ?? -1) >= 0) continue;
    const next = tokens[i + 1];
    // A particle opens a name only when hyphenated to it: "al-Mesmari", not "de Moscou".
    const opensWithParticle = PARTICLES.has(token.fold) && next !== undefined && next.upper && next.hyphen && (covered[i + 1] ?? -1) < 0;
    if (!token.upper && !token.digit && !opensWithParticle) continue;
    let end = i + 1;
    while (end < tokens.length && continuesName(tokens, covered, end)) end++;
    runs.push([i, end]);
    i = end - 1;
  }
  return runs;
}

/** The first token of a run that can belong to a name: sentence-initial common words and stop words are left out. */
export function nameStart(reading: Reading, start: number, end: number): number {
  let s = start;
  while (s < end) {
    const token = reading.tokens[s];
    if (!token) break;
    const common = STOP_WORDS.has(token.fold) || (reading.sentenceStart[s] === 1 && reading.lowerForms.has(token.fold));
    if (!common) break;
    s++;
  }
  // A particle left at the front ("de" of "De Moscou") opens no name either.
  while (s < end && !reading.tokens[s]?.upper && !reading.tokens[s]?.digit && !reading.tokens[s + 1]?.hyphen) s++;
  return s;
}
