// The person a subject pronoun ("he", "il", "он") stands for.
import { firstFrom } from './positions.ts';
import { isMasked, isPerson, type Scan } from './scan.ts';
import type { Speaker } from './speaker.ts';
import { isOblique } from './subject-position.ts';

/** The person a pronoun stands for: the last person named in subject position before it, else the last speaker. */
export function resolvePronoun(scan: Scan, pos: number): Speaker {
  for (let i = firstFrom(scan.mentionSpans, pos) - 1; i >= 0; i--) {
    const m = scan.mentions[i];
    if (!m || m.span.end > pos || isMasked(scan, m.span.start) || !isPerson(scan, m.actorId)) continue;
    if (!isOblique(scan, m.span.start, m.span.end)) return { kind: 'actor', id: m.actorId };
  }
  return scan.lastSpeaker ? { kind: 'actor', id: scan.lastSpeaker } : { kind: 'unknown' };
}
