// Whether a name stands where a subject can: not after a preposition, not before a possessive, not as the complement of a role.
import type { ActorMention } from '../article.ts';
import { firstFrom, tokensBefore } from './positions.ts';
import type { Scan } from './scan.ts';

/** True when a preposition after `floor` governs the words at `start`, over articles and titles: "of the Federal Service", "du maréchal Haftar", "de l'ANL". */
export function afterPreposition(scan: Scan, start: number, floor: number): boolean {
  // Tokens split on spaces keep an elided article glued to the name's left ("l'", "d'"), which is what the sets hold.
  for (const token of tokensBefore(scan.masked, start, 3, floor).reverse()) {
    if (scan.words.prepositions.has(token)) return true;
    if (!(scan.words.determiners.has(token) || scan.words.definite.has(token) || scan.words.roleTokens.has(token))) return false;
  }
  return false;
}

/** True for a name out of subject position: after a preposition (after `floor`) or before a possessive ("Putin's backing"). */
export function isOblique(scan: Scan, start: number, end: number, floor = 0): boolean {
  return /^['’‘](?:s(?![\p{L}])|(?![\p{L}]))/u.test(scan.text.slice(end, end + 3)) || afterPreposition(scan, start, floor);
}

/** True for an institution named as the complement of a role noun: "командующий ЛНА", "посол России", "the Kremlin spokesman". */
export function isRoleComplement(scan: Scan, mention: ActorMention): boolean {
  const { roles } = scan.hits;
  const next = roles[firstFrom(roles, mention.span.end)];
  if (next && scan.masked.slice(mention.span.end, next.start).trim() === '') return true;
  const previous = roles[firstFrom(roles, mention.span.start) - 1];
  return previous !== undefined && previous.end <= mention.span.start && scan.masked.slice(previous.end, mention.span.start).trim() === '';
}
