// The keys by which a bare surname links back to the person named in full before it.
import { cyrillicStems, phraseKey, type Token } from '../actor-index.ts';
import { PARTICLES, STOP_WORDS } from './word-lists.ts';

/** The keys a later bare surname is looked up by: its last word, with a particle before it, and its Russian stems. */
export function surnameKeys(tokens: readonly Token[], start: number, end: number): string[] {
  const last = tokens[end - 1];
  if (!last || last.fold.length < 3 || STOP_WORDS.has(last.fold) || end - start < 2) return [];
  const keys = last.cyrillic ? cyrillicStems(last.fold) : [last.fold];
  const particle = tokens[end - 2];
  if (end - 2 > start && particle && PARTICLES.has(particle.fold)) keys.push(`${particle.fold} ${last.fold}`);
  return keys;
}

/** The keys a bare name is looked up by among known surnames. */
export function lookupKeys(tokens: readonly Token[], start: number, end: number): string[] {
  const last = tokens[end - 1];
  if (!last) return [];
  if (end - start === 1) return last.cyrillic ? cyrillicStems(last.fold) : [last.fold];
  if (end - start === 2 && PARTICLES.has(tokens[start]?.fold ?? '')) return [phraseKey(tokens.slice(start, end))];
  return [];
}
