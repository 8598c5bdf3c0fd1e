// The speaker of a unit of sentences: the speaker of each of its cues, the best-ranked kept.
import { clauseEnd } from './clauses.ts';
import { cuesIn, type Cue } from './cues.ts';
import { wordAfter } from './positions.ts';
import { resolvePronoun } from './pronouns.ts';
import type { Scan } from './scan.ts';
import { rank, type Speaker } from './speaker.ts';
import { speakerAfter } from './speaker-after.ts';
import { speakerBefore } from './speaker-before.ts';
import { fold } from './tokens.ts';
import type { Unit } from './units.ts';

/** The speaker a cue points at. */
function speakerOf(scan: Scan, unit: Unit, cue: Cue): Speaker {
  const { words, masked } = scan;
  const limit = clauseEnd(scan, cue.end, unit.span.end);
  if (cue.attribution) {
    // "по его словам", "selon lui", "according to him": the pronoun stands for the last-named person.
    const own = fold(masked.slice(cue.start, cue.end)).split(/[\s-]+/);
    const alone = /^\s*[\p{L}'’]+\s*(?:[,.;:!?\u0000]|$)/u.test(masked.slice(cue.end, limit));
    if (own.some((t) => words.objectPronounSet.has(t)) || (alone && words.objectPronounSet.has(wordAfter(masked, cue.end, limit)))) return resolvePronoun(scan, cue.start);
    return speakerAfter(scan, cue.end, limit, true) ?? { kind: 'unknown' };
  }
  // Inverted French forms carry their subject: "a-t-il déclaré", "dit-elle".
  if (fold(masked.slice(cue.start, cue.end)).split(/[\s-]+/).some((t) => words.pronounSet.has(t))) return resolvePronoun(scan, cue.start);
  const before = speakerBefore(scan, unit, cue, limit);
  if (before === 'none') return { kind: 'unknown' };
  // "told The Libya Observer": the one told is the listener, whoever the subject was.
  if (before === null && cue.listener) return { kind: 'unknown' };
  return before ?? speakerAfter(scan, cue.end, limit, false) ?? { kind: 'unknown' };
}

/** The speaker of a unit's cues, or null when it has none. */
export function unitSpeaker(scan: Scan, unit: Unit): Speaker | null {
  const cues = cuesIn(scan, unit.span);
  if (cues.length === 0) return null;
  const speakers = cues.map((cue) => speakerOf(scan, unit, cue));
  return speakers.reduce((best, s) => (rank(scan, s) < rank(scan, best) ? s : best));
}
