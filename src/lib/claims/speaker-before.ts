// The speaker in subject position before a verb, walking back over the appositives of its clause.
import type { Span } from '../../schemas/event.ts';
import { candidatesIn } from './candidates.ts';
import { clauseStart } from './clauses.ts';
import type { Cue } from './cues.ts';
import { MAX_INTRO_WORDS } from './intros.ts';
import { matchesIn, within, wordCount } from './positions.ts';
import type { Scan } from './scan.ts';
import type { Speaker } from './speaker.ts';
import { speakerAfter } from './speaker-after.ts';
import { fold } from './tokens.ts';
import type { Unit } from './units.ts';

/** The speaker in subject position before a verb: the nearest candidate in its clause, or the head of an appositive chain ("X, le porte-parole du maréchal Haftar, a rapporté"). */
export function speakerBefore(scan: Scan, unit: Unit, cue: Cue, limit: number): Speaker | 'none' | null {
  const { words, masked } = scan;
  const start = clauseStart(scan, unit.span.start, cue.start);
  const segments: Span[] = [];
  let at = start;
  for (const comma of matchesIn(/,/g, masked, start, cue.start)) {
    segments.push({ start: at, end: comma.start });
    at = comma.end;
  }
  segments.push({ start: at, end: cue.start });
  const immediate = segments.pop() ?? { start, end: start };
  const nearest = candidatesIn(scan, immediate.start, immediate.end).sort((a, b) => b.end - a.end)[0];
  if (nearest) return nearest.speaker;
  const immediateText = masked.slice(immediate.start, immediate.end);
  const immediateWords = wordCount(immediateText);
  // A subject the dictionaries cannot name ("a federal agency supervising …") still holds the place: nobody after the verb is the speaker.
  if (immediateWords > 2 && within(scan.hits.roles, immediate.start, immediate.end).length === 0) return 'none';
  // Right after a comma the subject may follow the verb: "…, a annoncé le chef de la diplomatie russe, Sergueï Lavrov".
  // It then closes its phrase, which tells it from an object ("Putin, who …, said Russia was ready").
  if (immediateWords === 0 && segments.length > 0 && !cue.listener) {
    const inverted = speakerAfter(scan, cue.end, limit, false, true);
    if (inverted) return inverted;
  }
  // Walking back over short comma-separated segments, the subject heads the chain and the
  // appositives after it describe it: "Fayez Al-Sarraj, prime minister of … unity government, has".
  // A relative clause describes the name before it, however long: "Putin, who hands over … minister, said".
  let head: Speaker | null = null;
  for (const segment of segments.reverse()) {
    const text = masked.slice(segment.start, segment.end);
    if (words.relativeSet.has(fold(text.trim().split(/\s+/)[0] ?? ''))) continue;
    if (wordCount(text) > MAX_INTRO_WORDS + 1) break;
    const closing = candidatesIn(scan, segment.start, segment.end).find((c) => masked.slice(c.end, segment.end).trim() === '');
    if (closing) head = closing.speaker;
  }
  return head ?? (immediateWords > 2 ? 'none' : null);
}
