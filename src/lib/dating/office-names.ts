// The registry's names of offices (content/actors.yaml, `roles[].names`), by actor, prepared once per registry.
import type { ActorRole } from '../../schemas/actor.ts';
import { cyrillicStem, tokenize, type ActorIndex, type Token } from '../actor-index.ts';

/** A word of an office name: as folded, and for a Russian word the stem its other cases share. */
export interface OfficeWord {
  fold: string;
  stem: string | null;
}

/** One way of naming an office of an actor, and the roles it names (an office may have been held twice). */
export interface OfficeName {
  words: readonly OfficeWord[];
  roles: readonly ActorRole[];
}

/** Fewest letters of a Russian word read in other cases, as the alias matcher has it. */
const MIN_STEM = 3;

/** True when `token` is `word`, or for a Russian word the same word in another case ("министра" for "министр"). */
export function wordFits(token: Token, word: OfficeWord): boolean {
  return token.fold === word.fold || (word.stem !== null && token.stems.includes(word.stem));
}

const prepared = new WeakMap<ActorIndex, ReadonlyMap<string, readonly OfficeName[]>>();

/** Every actor's office names, longest first, for the actors whose roles have any; built once per registry. */
export function officeNames(index: ActorIndex): ReadonlyMap<string, readonly OfficeName[]> {
  const known = prepared.get(index);
  if (known) return known;
  const byActor = new Map<string, readonly OfficeName[]>();
  for (const actor of index.byId.values()) {
    const byKey = new Map<string, OfficeName>();
    for (const role of actor.roles) {
      for (const name of role.names ?? []) {
        const words = tokenize(name).map((token) => ({
          fold: token.fold,
          stem: token.cyrillic && token.fold.length >= MIN_STEM ? cyrillicStem(token.fold) : null,
        }));
        const key = words.map((word) => word.fold).join(' ');
        if (!key) continue;
        const entry = byKey.get(key);
        // One name on two roles ("President", held 2000–2008 and from 2012) names either of them;
        // two names of one role may fold alike ("President", "président").
        if (entry?.roles.includes(role)) continue;
        byKey.set(key, entry ? { ...entry, roles: [...entry.roles, role] } : { words, roles: [role] });
      }
    }
    if (byKey.size > 0)
      byActor.set(
        actor.id,
        [...byKey.values()].sort((a, b) => b.words.length - a.words.length),
      );
  }
  prepared.set(index, byActor);
  return byActor;
}
