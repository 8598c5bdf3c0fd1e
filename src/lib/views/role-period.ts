// When an actor held an office, in words: "6 November 2012 – 12 May 2024", "since May 2024".
import type { ActorRole } from '../../schemas/actor.ts';
import { formatEventDate } from '../format-date.ts';

/** The period of `role` in words at the precision each end is known; null when no date is known. */
export function rolePeriod(role: Pick<ActorRole, 'from' | 'to'>): string | null {
  if (role.from && role.to) return `${formatEventDate(role.from)} – ${formatEventDate(role.to)}`;
  if (role.from) return `since ${formatEventDate(role.from)}`;
  if (role.to) return `until ${formatEventDate(role.to)}`;
  return null;
}
