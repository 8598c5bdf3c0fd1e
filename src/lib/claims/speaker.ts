// Who speaks: an actor, an unnamed source or nobody nameable; and how the speakers of one sentence rank.
import type { Scan } from './scan.ts';

/** Who a cue points at: an actor, an unnamed source, or nobody the text lets us name. */
export type Speaker = { kind: 'actor'; id: string } | { kind: 'anonymous' } | { kind: 'unknown' };

/** Rank of a speaker when a sentence has several cues: a named actor first, media (the carrier of the words) after an unnamed source. */
export function rank(scan: Scan, speaker: Speaker): number {
  if (speaker.kind === 'actor') return scan.typeOf(speaker.id) === 'media' ? 2 : 0;
  return speaker.kind === 'anonymous' ? 1 : 3;
}

/** The actor id of a speaker, or null for an unnamed or unknown one. */
export const idOf = (speaker: Speaker): string | null => (speaker.kind === 'actor' ? speaker.id : null);
