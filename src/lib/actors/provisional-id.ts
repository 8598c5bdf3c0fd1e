// Ids for the actors the registry does not know.
import type { ActorIndex } from '../actor-index.ts';
import { slug } from '../slug.ts';

/** The id for a provisional actor: its slug, with a number added only when a registry id has it. */
export function provisionalId(name: string, index: ActorIndex): string {
  const base = slug(name);
  if (!index.byId.has(base)) return base;
  let n = 2;
  while (index.byId.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
