// The actor a description stands for ("the minister", "премьер", "ведомство"): one the text introduced so, or the registry knows in that office.
import type { ActorRole } from '../../schemas/actor.ts';
import { introOf } from './intros.ts';
import { firstFrom, WORD } from './positions.ts';
import { isMasked, isPerson, type Scan } from './scan.ts';
import { fold, stemOf } from './tokens.ts';

/** True when `word` is `head` as written, a hyphenated title it begins ("премьер" → "премьер-министр"), or `head` in another case. */
function sameWord(word: string, head: string, endings: readonly string[]): boolean {
  return word === head || word.startsWith(`${head}-`) || (endings.length > 0 && stemOf(word, endings) === stemOf(head, endings));
}

/** True when the folded words `intro` hold the words `head` in a row. */
function holds(intro: readonly string[], head: readonly string[], endings: readonly string[]): boolean {
  for (let i = 0; i + head.length <= intro.length; i++) {
    if (head.every((h, j) => sameWord(intro[i + j] ?? '', h, endings))) return true;
  }
  return false;
}

/** True when a role's dates take in `date` (compared at the precision both have); always when the article is undated. */
function heldOn(role: ActorRole, date: string | null): boolean {
  if (date === null) return true;
  const notAfter = (a: string, b: string): boolean => {
    const n = Math.min(a.length, b.length);
    return a.slice(0, n) <= b.slice(0, n);
  };
  return (role.from === undefined || notAfter(role.from, date)) && (role.to === undefined || notAfter(date, role.to));
}

/** The registry title words of a role noun ("премьер" → "prime minister"); none for a word that is no role. */
function titlesOf(scan: Scan, head: readonly string[]): readonly RegExp[] {
  const stems = head.map((h) => stemOf(h, scan.words.endings));
  return scan.words.roleTitles.find((r) => r.stems.length === stems.length && r.stems.every((s, i) => s === stems[i]))?.titles ?? [];
}

/**
 * The actor a description names: the last one mentioned before `pos` that the text introduced with `head`
 * or, for a person, that the registry knows in that office on the article's date ("сказал российский
 * президент" after "Путин заявил"). One whose introduction shares more of the description's other words wins.
 */
function introducedAs(scan: Scan, pos: number, head: readonly string[], description: string, person: boolean): string | null {
  const { endings } = scan.words;
  const titles = person ? titlesOf(scan, head) : [];
  const context = new Set((fold(description).match(WORD) ?? []).filter((w) => w.length >= 4 && !head.includes(w)));
  let best: { id: string; score: number } | null = null;
  // Mentions are in text order, so on equal scores the later one wins: the last-mentioned.
  for (const [index, mention] of scan.mentions.entries()) {
    if (mention.span.start >= pos) break;
    if (mention.span.end > pos || isMasked(scan, mention.span.start) || isPerson(scan, mention.actorId) !== person) continue;
    const intro = introOf(scan, index);
    const introduced = holds(intro, head, endings);
    const holder = !introduced && titles.length > 0 && scan.rolesOf(mention.actorId).some((role) => heldOn(role, scan.date) && titles.some((t) => t.test(role.title)));
    if (!introduced && !holder) continue;
    const score = introduced ? intro.filter((w) => context.has(w)).length : 0;
    if (!best || score >= best.score) best = { id: mention.actorId, score };
  }
  return best?.id ?? null;
}

/** The organisation a generic noun ("the ministry", "ведомство") stands for: the last one named before `pos` whose names fit the noun. */
function lastOrganisation(scan: Scan, pos: number, noun: string): string | null {
  const { words } = scan;
  const kinds = words.institutionKinds.get(noun) ?? [];
  for (let i = firstFrom(scan.mentionSpans, pos) - 1; i >= 0; i--) {
    const m = scan.mentions[i];
    if (!m || isMasked(scan, m.span.start) || scan.typeOf(m.actorId) !== 'organization') continue;
    const names = scan.namesOf(m.actorId);
    // The noun fits by an English word of the registry's names ("ministry"), or by itself ("министерство").
    const fits = kinds.length === 0 || kinds.some((kind) => kind.test(names)) || (fold(names).match(WORD) ?? []).some((w) => stemOf(w, words.endings) === noun);
    if (fits) return m.actorId;
  }
  return null;
}

/** The actor a description names: one introduced with one of `heads` (tried in order, see `introducedAs`), else, for an institution noun, the last organisation named that fits it. */
export function describedActor(scan: Scan, pos: number, heads: readonly string[], description: string, person: boolean): string | null {
  const headWords = heads.map((h) => fold(h).match(WORD) ?? []).filter((h) => h.length > 0);
  for (const head of headWords) {
    const id = introducedAs(scan, pos, head, description, person);
    if (id) return id;
  }
  if (person) return null;
  for (const [word] of headWords.filter((head) => head.length === 1)) {
    const noun = stemOf(word ?? '', scan.words.endings);
    if (scan.words.institutionKinds.has(noun)) return lastOrganisation(scan, pos, noun);
  }
  return null;
}
