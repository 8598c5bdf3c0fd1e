// The speaker named after a verb or an attribution: an inverted subject ("said X"), the object of "according to", an appositive person.
import { candidatesIn, type Candidate } from './candidates.ts';
import { MAX_INTRO_WORDS } from './intros.ts';
import { wordCount } from './positions.ts';
import type { Scan } from './scan.ts';
import type { Speaker } from './speaker.ts';
import { fold } from './tokens.ts';

/** True when a candidate closes its noun phrase: punctuation, a preposition or the clause's end follows ("said Lavrov in Moscow", not "said Russia was ready"). */
function endsPhrase(scan: Scan, candidate: Candidate, limit: number): boolean {
  const after = /^\s*([\p{L}\p{N}'’]+)?/u.exec(scan.masked.slice(candidate.end, Math.min(limit, candidate.end + 40)));
  const next = after?.[1];
  return next === undefined || scan.words.prepositions.has(fold(next));
}

/**
 * The person an appositive after `end` names: "сказал военный эксперт, полковник запаса Виталий Кравцов",
 * "a annoncé le chef de la diplomatie russe, Sergueï Lavrov". After an attribution the reported words follow
 * the comma, so there an appositive must be closed by a second comma ("selon un expert, Jean Dupont, …").
 */
function appositivePerson(scan: Scan, end: number, limit: number, attribution: boolean): Speaker | null {
  if (scan.masked[end] !== ',') return null;
  const rest = scan.masked.slice(end + 1, limit);
  const stop = rest.search(/[,.;:!?()\u0000]/u);
  if (attribution && rest[stop] !== ',') return null;
  const segment = { start: end + 1, end: end + 1 + (stop < 0 ? rest.length : stop) };
  if (wordCount(scan.masked.slice(segment.start, segment.end)) > MAX_INTRO_WORDS + 1) return null;
  const closing = candidatesIn(scan, segment.start, segment.end).find((c) => c.kind === 'person' && scan.masked.slice(c.end, segment.end).trim() === '');
  return closing?.speaker ?? null;
}

/**
 * The speaker named after a verb ("said X", "a indiqué le ministère", "заявил X") or an attribution ("according to X").
 * `strict` keeps only a candidate that closes its phrase, as an inverted subject does.
 */
export function speakerAfter(scan: Scan, from: number, limit: number, attribution: boolean, strict = false): Speaker | null {
  let start = from;
  // "selon un communiqué de l'ANL", "according to a statement by the ministry": the document's author speaks.
  if (attribution) start += scan.words.documentLead.exec(scan.masked.slice(from, limit))?.[0].length ?? 0;
  const rest = scan.masked.slice(start, limit);
  const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
  // After a prepositional phrase only a person can be the subject: "Заявил об этом Сергей Лавров", but not "said at the Valdai Club".
  const personOnly = !attribution && scan.words.prepositions.has(fold(rest.slice(lead).split(/\s+/)[0] ?? ''));
  const stop = rest.slice(lead).search(/[,.;:!?()\u0000]/u);
  let end = start + lead + (stop < 0 ? rest.length - lead : stop);
  // Eight words at most: a speaker after the verb is a short noun phrase.
  const ninth = [...scan.masked.slice(start + lead, end).matchAll(/\S+/g)][8];
  if (ninth) end = start + lead + ninth.index;
  let found = candidatesIn(scan, start + lead, end, !personOnly).sort((a, b) => a.start - b.start);
  if (strict) found = found.filter((c) => endsPhrase(scan, c, end));
  if (personOnly) return found.find((c) => c.kind === 'person')?.speaker ?? null;
  const atStart = (c: Candidate): boolean => wordCount(scan.masked.slice(start, c.start)) <= 1;
  const chosen =
    found.find((c) => (c.kind === 'pronoun' || c.kind === 'anonymous') && atStart(c)) ??
    found.find((c) => c.kind === 'person') ??
    found.find((c) => c.kind === 'role' && atStart(c)) ??
    found.find((c) => c.kind === 'mention') ??
    found.find((c) => c.kind === 'description' && atStart(c));
  if (chosen && (chosen.kind === 'person' || chosen.kind === 'pronoun')) return chosen.speaker;
  // A noun the appositive after it names: "said a military analyst, Mohamed al-Tarhouni".
  return appositivePerson(scan, end, limit, attribution) ?? chosen?.speaker ?? null;
}
