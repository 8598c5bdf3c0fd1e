// The names the registry does not know, read run by run: an organisation, a name met before, a ship's, a surname, or a person on evidence.
import { phraseKey, tokenize, type AliasTarget, type PhraseMatch } from '../actor-index.ts';
import type { ProvisionalActor } from '../article.ts';
import { nameRuns, nameStart } from './name-runs.ts';
import { nominative } from './nominative.ts';
import { isPossessed, organizationIn, organizationName } from './organizations.ts';
import { personIn } from './persons.ts';
import { isPlaceOrAlias } from './place-or-alias.ts';
import { provisionalId } from './provisional-id.ts';
import { tokenText, type Reading } from './reading.ts';
import { lookupKeys, surnameKeys } from './surnames.ts';
import { isVesselName } from './vessels.ts';

/** Records a mention of an actor by tokens [start, end). */
export type Mention = (actorId: string, start: number, end: number) => void;

/**
 * Reads every run of capitalised words the registry leaves, mentions the actor each names, and returns the
 * actors the registry does not know, in the order first met. `kept` are the registry's matches in text
 * order: the people among them lend their surnames to the runs after them.
 */
export function unknownNames(reading: Reading, kept: readonly PhraseMatch<AliasTarget>[], mention: Mention): ProvisionalActor[] {
  const { tokens, index } = reading;
  const provisional = new Map<string, ProvisionalActor>();
  const knownNames = new Map<string, string>();
  const surnames = new Map<string, string>();
  const introduce = (actorId: string, start: number, end: number) => {
    for (const key of surnameKeys(tokens, start, end)) surnames.set(key, actorId);
  };
  // Names found to be ships': later runs of the same words are no one either ("l'Amiral Kouznetsov").
  const vessels = new Set<string>();
  let introduced = 0;
  for (const [runStart, runEnd] of nameRuns(reading)) {
    // Registry people named in full before this run lend their surnames to it.
    for (; introduced < kept.length && (kept[introduced]?.start ?? Infinity) < runStart; introduced++) {
      const match = kept[introduced];
      if (match && match.entry.value.type === 'person') introduce(match.entry.value.actorId, match.start, match.end);
    }
    const start = nameStart(reading, runStart, runEnd);
    if (start >= runEnd) continue;
    const organization = organizationIn(reading, start, runEnd);
    if (organization && isPossessed(reading, organization.start)) continue;
    if (organization && !isPlaceOrAlias(reading, organization.start, organization.end)) {
      const name = organizationName(reading, organization);
      const id = provisionalId(name, index);
      if (!provisional.has(id)) provisional.set(id, { id, name, type: organization.type, evidence: organization.evidence });
      mention(id, organization.start, organization.end);
      continue;
    }
    const known = knownNames.get(phraseKey(tokens.slice(start, runEnd)));
    if (known) {
      mention(known, start, runEnd);
      continue;
    }
    const vessel = isVesselName(reading, start, runEnd);
    if (vessel) vessels.add(phraseKey(tokens.slice(start, runEnd)));
    if (vessel || (vessels.size > 0 && vessels.has(phraseKey(tokens.slice(start, runEnd))))) continue;
    const person = personIn(reading, start, runEnd);
    const nameFrom = person?.start ?? start;
    const surname = lookupKeys(tokens, nameFrom, runEnd).map((key) => surnames.get(key)).find((id) => id !== undefined);
    if (surname) {
      mention(surname, nameFrom, runEnd);
      continue;
    }
    if (!person) continue;
    // A name read in an oblique case is given as a reader looks it up: in the nominative.
    const name = nominative(reading, person.start, person.end, person.cases) ?? tokenText(reading, person.start, person.end);
    const id = provisionalId(name, index);
    if (!provisional.has(id)) provisional.set(id, { id, name, type: person.type, evidence: person.evidence });
    knownNames.set(phraseKey(tokens.slice(person.start, person.end)), id);
    knownNames.set(phraseKey(tokenize(name)), id);
    if (person.type === 'person') introduce(id, person.start, person.end);
    mention(id, person.start, person.end);
  }
  return [...provisional.values()];
}
