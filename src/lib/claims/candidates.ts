// The words of a range that could be its speaker: names in subject position, pronouns, unnamed sources, and role and institution descriptions.
import type { Span } from '../../schemas/event.ts';
import { describedActor } from './descriptions.ts';
import { overlaps, within } from './positions.ts';
import { resolvePronoun } from './pronouns.ts';
import { isPerson, mentionsWithin, type Scan } from './scan.ts';
import type { Speaker } from './speaker.ts';
import { afterPreposition, isOblique, isRoleComplement } from './subject-position.ts';
import { fold } from './tokens.ts';

/** A word or name that could be a speaker, where it stands. */
export interface Candidate {
  start: number;
  end: number;
  speaker: Speaker;
  kind: 'person' | 'mention' | 'pronoun' | 'anonymous' | 'role' | 'description';
}

/** Speaker candidates within [start, end): names, pronouns, unnamed sources and descriptions that resolve. `open` allows a role word without an article at the very start ("said Head of …"). */
export function candidatesIn(scan: Scan, start: number, end: number, open = false): Candidate[] {
  const found: Candidate[] = [];
  const { words, masked, hits } = scan;
  const mentionSpans = mentionsWithin(scan, start, end);
  for (const m of mentionSpans) {
    // A name without a capital is an adjective ("un diplomate russe", "российский"): it qualifies the subject.
    if (!/\p{Lu}/u.test(m.text) || isOblique(scan, m.span.start, m.span.end, start)) continue;
    const person = isPerson(scan, m.actorId);
    // The institution a role belongs to is not the one who speaks: "заявил командующий ЛНА".
    if (!person && isRoleComplement(scan, m)) continue;
    found.push({ start: m.span.start, end: m.span.end, speaker: { kind: 'actor', id: m.actorId }, kind: person ? 'person' : 'mention' });
  }
  const free = (span: Span): boolean => !mentionSpans.some((m) => overlaps(span, m.span));
  for (const p of within(hits.pronouns, start, end)) if (free(p)) found.push({ ...p, speaker: resolvePronoun(scan, p.start), kind: 'pronoun' });
  for (const a of within(hits.anonymous, start, end)) if (free(a)) found.push({ ...a, speaker: { kind: 'anonymous' }, kind: 'anonymous' });
  for (const r of within(hits.roles, start, end)) {
    if (!free(r)) continue;
    const lead = words.definiteLead.exec(masked.slice(Math.max(start, r.start - 60), r.start));
    const from = lead ? r.start - lead[0].length : r.start;
    const bare = !words.hasArticles || (open && masked.slice(start, r.start).trim() === '');
    if ((!lead && !bare) || from < start || afterPreposition(scan, from, start)) continue;
    // A title before a name ("Prime Minister Abdulhamid Dbeibah") is no description: the name is the candidate.
    const named = mentionSpans.some((m) => m.span.start >= r.end && isPerson(scan, m.actorId) && !/[,.;:]/.test(masked.slice(r.end, m.span.start)));
    if (named) continue;
    const id = describedActor(scan, r.start, [masked.slice(r.start, r.end)], masked.slice(from, end), true);
    if (id) found.push({ start: from, end: r.end, speaker: { kind: 'actor', id }, kind: 'role' });
  }
  // A role reading wins over an institution reading of the same words ("the prime minister").
  const roles = found.filter((c) => c.kind === 'role');
  found.push(...institutionsIn(scan, start, end).filter((c) => !roles.some((r) => overlaps(r, c))));
  return found;
}

/** Descriptions of an institution ("the ministry", "le ministère", "the state-owned arms exporter", "ведомство"). */
function institutionsIn(scan: Scan, start: number, end: number): Candidate[] {
  const found: Candidate[] = [];
  const { words, masked } = scan;
  if (!words.hasArticles) {
    // Without articles, an institution noun is a description wherever it is a subject: "говорится в сообщении ведомства".
    for (const n of within(scan.hits.institutions, start, end)) {
      if (afterPreposition(scan, n.start, start)) continue;
      const id = describedActor(scan, n.start, [masked.slice(n.start, n.end)], masked.slice(n.start, end), false);
      if (id) found.push({ ...n, speaker: { kind: 'actor', id }, kind: 'description' });
    }
    return found;
  }
  for (const d of within(scan.hits.articles, start, end)) {
    const article = fold(masked.slice(d.start, d.end));
    if (afterPreposition(scan, d.start, start)) continue;
    // The phrase runs to a preposition, a punctuation mark or the end of the span, within four words.
    const phrase = /^\s*((?:[\p{L}\p{N}'’-]+\s*){1,4})(?=$|[^\p{L}\p{N}\s'’-])/u.exec(masked.slice(d.end, end))?.[1] ?? '';
    const tokens: string[] = [];
    for (const token of phrase.match(/[\p{L}\p{N}'’-]+/gu) ?? []) {
      if (words.prepositions.has(fold(token))) break;
      tokens.push(token);
    }
    if (tokens.length === 0 || words.pronounSet.has(fold(`${article} ${tokens[0] ?? ''}`))) continue;
    const phraseEnd = masked.indexOf(tokens.at(-1) ?? '', d.end) + (tokens.at(-1)?.length ?? 0);
    // English puts the head noun last, French first; any word of the phrase may name the institution.
    const heads = [...tokens].reverse().filter((t) => t.length >= 3);
    const id = describedActor(scan, d.start, heads, tokens.join(' '), false);
    if (id) found.push({ start: d.start, end: phraseEnd, speaker: { kind: 'actor', id }, kind: 'description' });
  }
  return found;
}
