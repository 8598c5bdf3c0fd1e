// The claims of one paragraph: each unit's reported speech, or its quotes with the speaker who says them.
import type { AddClaim } from './claim-list.ts';
import { wordCount } from './positions.ts';
import type { Scan } from './scan.ts';
import type { Speaker } from './speaker.ts';
import { unitSpeaker } from './unit-speaker.ts';
import type { Unit } from './units.ts';

/** A sentence borrowed for its attribution ("He said.") of fewer words than this belongs to the quote. */
const MAX_TAG_WORDS = 8;

/** Adds the claims of one paragraph's units (see `unitsOf`), in order. */
export function paragraphClaims(scan: Scan, units: readonly Unit[], add: AddClaim): void {
  const { text } = scan;
  const consumed = new Set<Unit>();
  // The speaker of the quote just before, whose next quote needs no new attribution: "“…,” said X. “…”"
  let quoting: Speaker | null = null;
  units.forEach((unit, u) => {
    if (consumed.has(unit)) return;
    if (unit.quotes.length === 0) {
      quoting = null;
      const speaker = unitSpeaker(scan, unit);
      if (speaker) add(speaker, text.slice(unit.span.start, unit.span.end), false, unit.span);
      return;
    }
    let span = unit.span;
    let speaker = unitSpeaker(scan, unit);
    // "“…” He said in remarks translated into Russian." — the attribution may stand in the next sentence.
    const next = units[u + 1];
    if (!speaker && next && next.quotes.length === 0) {
      speaker = unitSpeaker(scan, next);
      if (speaker && wordCount(text.slice(next.span.start, next.span.end)) < MAX_TAG_WORDS) {
        consumed.add(next);
        span = { start: unit.span.start, end: next.span.end };
      }
    }
    speaker ??= quoting;
    quoting = speaker;
    // A quote nobody is said to have said is a title or a headline, not a claim.
    if (!speaker) return;
    for (const q of unit.quotes) add(speaker, text.slice(q.open + 1, q.close - 1).trim().replace(/[\s,;:]+$/u, ''), true, span);
  });
}
