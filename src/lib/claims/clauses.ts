// Where a clause starts and ends in the masked text: at quotes, dashes, semicolons and sentence ends.
import { within } from './positions.ts';
import type { Scan } from './scan.ts';

/** What breaks a clause: a standalone quote, a semicolon, colon, dash or bracket, a sentence's end (a stop before no digit), a spaced hyphen. */
export const HARD_BOUNDARY = /[\u0000;:—–()[\]!?]|\.(?!\d)|\s-\s/gu;

/** Start of the clause holding `pos`: after the last quote, dash, semicolon or sentence end before it. */
export function clauseStart(scan: Scan, from: number, pos: number): number {
  return within(scan.boundaries, from, pos).at(-1)?.end ?? from;
}

/** End of the clause after `pos`: the next quote or sentence end. */
export function clauseEnd(scan: Scan, pos: number, limit: number): number {
  const next = scan.masked.slice(pos, limit).search(/[\u0000!?;]|\.(?!\d)/u);
  return next < 0 ? limit : pos + next;
}
