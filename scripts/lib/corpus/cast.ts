// The people and bodies of the corpus, read from the actor registry: who held which office on a
// given day (roles' from/to), and every spelling of their names in each language's script.
import type { RegistryActor } from '../../../src/schemas/actor.ts';
import { within } from './calendar.ts';
import type { Language } from './types.ts';

/** People the articles write about as women: verb agreement in French and Russian depends on it. */
const WOMEN = new Set(['maria-zakharova', 'najla-mangoush', 'stephanie-williams', 'hanna-tetteh', 'valentina-matviyenko']);

/** How long before its end a role with no start date is taken to have been held: an unknown start must not put a minister in office years early. */
const OPEN_START_YEARS = 2;

const CYRILLIC = /\p{Script=Cyrillic}/u;
// French transliterations and accents ("Choïgou", "Poutine", "Evkourov", "Tchourkine") mark a spelling only French text uses.
const FRENCH_SPELLING = /[éèêëàâçôîïû]|ou|tch|^dj|guen|ine$/iu;
const FRENCH_OFFICE =
  /[éèêàçôîïû]|\b(?:de|du|des|la|le|d'|l')\b|\bministre\b|\b(?:libyen|russe)\b|^(?:président|chef|cheffe|commandant|secrétaire|ambassadeur|envoyé|vice-|dirigeant|directeur|porte-parole|patron|représentant|conseill|émissaire)/iu;

/** The languages a name belongs to: Cyrillic is Russian; Latin is French when it looks French, else `latin` (a person's name serves English and French, an office's only English). */
function languagesOf(text: string, frenchPattern: RegExp, latin: readonly Language[]): readonly Language[] {
  if (CYRILLIC.test(text)) return ['ru'];
  return frenchPattern.test(text) ? ['fr'] : latin;
}

/** The registry, asked by day and language. */
export interface Cast {
  /** The actor with this id; throws when the registry lacks it, since the generator's tables name it. */
  actor(id: string): RegistryActor;
  /** Actors holding the office titled `title` on `day`. */
  holders(title: string, day: string): readonly RegistryActor[];
  /** The office titled `title` that `id` holds on `day`, or undefined. */
  holds(id: string, title: string, day: string): boolean;
  /** Full names (two words or more) in the language's script; in French, the French spellings when there are ("Vladimir Poutine"). */
  fullNames(id: string, language: Language): string[];
  /** Short names (one word, or "al-" and a word) in the language's script. */
  shortNames(id: string, language: Language): string[];
  /** The ways the registry names the office `title` of `id` in the language. */
  officeNames(id: string, title: string, language: Language): string[];
  female(id: string): boolean;
}

/** French text writes a name the French way when there is one ("Poutine", not "Putin"). */
function preferFrench(spellings: string[], language: Language): string[] {
  if (language !== 'fr') return spellings;
  const french = spellings.filter((spelling) => FRENCH_SPELLING.test(spelling));
  return french.length > 0 ? french : spellings;
}

/** True when `role` is held on `day`; a role with no start counts only in the years just before its end. */
function heldOn(role: RegistryActor['roles'][number], day: string): boolean {
  if (role.from === undefined && role.to === undefined) return false;
  const from = role.from ?? `${Number(role.to?.slice(0, 4)) - OPEN_START_YEARS}${role.to?.slice(4) ?? ''}`;
  return within(day, from, role.to);
}

/** The cast of a registry's actors. */
export function createCast(actors: readonly RegistryActor[]): Cast {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const actor = (id: string): RegistryActor => {
    const found = byId.get(id);
    if (!found) throw new Error(`the registry has no actor "${id}": the corpus generator names it`);
    return found;
  };
  const spellings = (id: string, language: Language): string[] => {
    const { name, aliases } = actor(id);
    return [name, ...aliases].filter((spelling) => languagesOf(spelling, FRENCH_SPELLING, ['en', 'fr']).includes(language));
  };
  const isShort = (spelling: string): boolean => !/\s/.test(spelling);
  const holdersOn = new Map<string, readonly RegistryActor[]>();
  return {
    actor,
    // Remembered per office and day: a dense archive asks again and again while it looks for a free day.
    holders: (title, day) => {
      const key = `${title}\u0000${day}`;
      const known = holdersOn.get(key);
      if (known) return known;
      const found = actors.filter((candidate) => candidate.roles.some((role) => role.title === title && heldOn(role, day)));
      holdersOn.set(key, found);
      return found;
    },
    holds: (id, title, day) => actor(id).roles.some((role) => role.title === title && heldOn(role, day)),
    fullNames: (id, language) => preferFrench(spellings(id, language).filter((spelling) => !isShort(spelling)), language),
    shortNames: (id, language) => preferFrench(spellings(id, language).filter(isShort), language),
    officeNames: (id, title, language) =>
      actor(id)
        .roles.filter((role) => role.title === title)
        .flatMap((role) => role.names ?? [])
        .filter((name) => languagesOf(name, FRENCH_OFFICE, ['en']).includes(language)),
    female: (id) => WOMEN.has(id),
  };
}
