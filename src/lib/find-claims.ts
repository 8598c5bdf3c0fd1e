// Finds attributed statements: words in quotation marks and reported speech around a verb of
// saying ("said", "a indiqué", "заявил") or an attribution ("according to", "selon", "по словам"),
// each with the actor who speaks. Only the words come from the locale dictionaries; the rules are
// positional: a speaker is the actor in subject position before the verb, or right after it when
// the order is inverted ("said X", "a indiqué X", "заявил X").
import type { Claim, Span } from '../schemas/event.ts';
import type { ActorMention, Article, PipelineContext } from './article.ts';
import { languageOf } from './detect-language.ts';
import { localeFor } from './locales/index.ts';
import type { SpeechWords } from './locales/types.ts';

/** Quotes of fewer words than this are scare quotes or snippets, not statements. */
const MIN_QUOTE_WORDS = 4;
/** A sentence borrowed for its attribution ("He said.") of fewer words than this belongs to the quote. */
const MAX_TAG_WORDS = 8;
/** How far an appositive or title may stand from the name it describes. */
const MAX_INTRO_WORDS = 9;

// Masks over the text: a standalone quote is a clause of its own and bounds the search for a
// subject; a fragment stays inside its sentence but its words are nobody's subject or verb.
const STANDALONE = '\u0000';
const FRAGMENT = '\u0001';

/** Closing marks for each opening mark. */
const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '„': '“”', '«': '»', '‹': '›', '"': '"', "'": "'’", '‘': '’' };
const HARD_BOUNDARY = /[\u0000;:—–()[\]!?]|\.(?!\d)|\s-\s/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A pair of quotation marks within one paragraph. */
interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark. */
  close: number;
  /** A statement of its own (opens a sentence, follows "that" or a verb, ends in punctuation), not a fragment inside one. */
  standalone: boolean;
}

/** Consecutive sentences of one paragraph read together because a standalone quote runs over them. */
interface Unit {
  span: Span;
  quotes: Quote[];
}

/** A verb of saying or an attribution found outside quotes. */
interface Cue {
  start: number;
  end: number;
  attribution: boolean;
}

/** Who a cue points at: an actor, an unnamed source, or nobody the text lets us name. */
type Speaker = { kind: 'actor'; id: string } | { kind: 'anonymous' } | { kind: 'unknown' };

/** A word or name that could be a speaker, where it stands. */
interface Candidate {
  start: number;
  end: number;
  speaker: Speaker;
  kind: 'person' | 'mention' | 'pronoun' | 'anonymous' | 'role' | 'description';
}

/** A locale's speech words compiled once into matchers. */
interface Patterns {
  verbs: RegExp;
  attributions: RegExp;
  notSpeech: RegExp;
  pronouns: RegExp;
  anonymous: RegExp;
  roles: RegExp;
  pronounSet: ReadonlySet<string>;
  roleTokens: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  /** A definite article and up to two words ending where the match must end ("the Russian |ambassador"). */
  definiteLead: RegExp;
  complementizers: ReadonlySet<string>;
  hasArticles: boolean;
}

/** Everything one article's search reads, built once per article. */
interface Scan {
  text: string;
  /** The text with quotes masked, same length, so offsets agree. */
  masked: string;
  words: Patterns;
  mentions: readonly ActorMention[];
  sentences: readonly Span[];
  typeOf: (id: string) => string | undefined;
  /** Speaker of the last claim with one, for a pronoun with no antecedent in view. */
  lastSpeaker: string | null;
  /** `introOf` by mention index, computed once. */
  intros: Map<number, string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (s: string): string => s.toLowerCase().replace(/[’‘`´]/g, "'");

/** One case-insensitive matcher for whole-word phrases; ' also matches ’ and a space any run of spaces. */
function phrases(list: readonly string[]): RegExp {
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  const body = sorted.map((p) => escape(p).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|') || '(?!)';
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}-])`, 'giu');
}

const compiled = new Map<string, Patterns>();

/** The matchers for a locale's speech words, compiled on first use. */
function patternsFor(code: string): Patterns {
  const locale = localeFor(code);
  const cached = compiled.get(locale.code);
  if (cached) return cached;
  const w: SpeechWords = locale.speech;
  const patterns: Patterns = {
    verbs: phrases(w.speechVerbs),
    attributions: phrases(w.attributions),
    notSpeech: phrases(w.notSpeech),
    pronouns: phrases(w.pronouns),
    anonymous: phrases(w.anonymousSources),
    roles: phrases(w.roleWords),
    pronounSet: new Set(w.pronouns.map(fold)),
    roleTokens: new Set(w.roleWords.flatMap((r) => fold(r).split(/\s+/))),
    prepositions: new Set(w.prepositions.map(fold)),
    determiners: new Set(w.determiners.map(fold)),
    definite: new Set(w.definiteArticles.map(fold)),
    definiteLead: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:${w.definiteArticles.map((a) => escape(a).replace(/'/g, "['’]")).join('|') || '(?!)'})\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}$`,
      'iu',
    ),
    complementizers: new Set(w.complementizers.map(fold)),
    hasArticles: w.definiteArticles.length > 0,
  };
  compiled.set(locale.code, patterns);
  return patterns;
}

/** Every match of a global pattern within [start, end), with absolute offsets. */
function matchesIn(pattern: RegExp, text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  for (const m of text.slice(start, end).matchAll(pattern)) spans.push({ start: start + m.index, end: start + m.index + m[0].length });
  return spans;
}

const wordCount = (s: string): number => s.match(WORD)?.length ?? 0;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The last `count` whitespace-separated tokens between `floor` and `pos`, folded and stripped of opening punctuation. */
function tokensBefore(text: string, pos: number, count: number, floor = 0): string[] {
  return text
    .slice(Math.max(floor, pos - 80), pos)
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .slice(-count)
    .map((t) => fold(t).replace(/^[(«“"„‘]+/, ''));
}

// ——— Quotes ———

/** The offset just past the mark closing the quote opened at `open`, or -1 when the paragraph does not close it. */
function closingOf(text: string, open: number, end: number): number {
  const opener = text[open] ?? '';
  const closers = CLOSERS[opener] ?? '';
  const single = opener === "'" || opener === '‘';
  let depth = 0;
  for (let i = open + 1; i < end; i++) {
    const c = text[i] ?? '';
    // Guillemets and curly quotes nest; the outer pair is the quote.
    if (c === opener && !closers.includes(c)) depth++;
    else if (closers.includes(c)) {
      // A single mark between letters is an apostrophe ("Russia's", "l'AFP"), not a closing quote.
      if (single && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return -1;
}

/** True when a quote is a statement of its own rather than a phrase inside a sentence. */
function isStandalone(text: string, paragraph: Span, quote: Span, words: Patterns): boolean {
  const content = text.slice(quote.start + 1, quote.end - 1).trim();
  if (wordCount(content) < MIN_QUOTE_WORDS) return false;
  const before = text.slice(paragraph.start, quote.start).trimEnd();
  if (before.length === 0 || /[.!?…:—–\-»”"]$/u.test(before)) return true;
  if (/[.!?…]$/u.test(content.replace(/[,;]$/, ''))) return true;
  const last = tokensBefore(before, before.length, 1)[0] ?? '';
  if (words.complementizers.has(last)) return true;
  // Right after a verb of saying: 'said "…"', "a déclaré : «…»", "as saying "…"".
  return matchesIn(words.verbs, before, Math.max(0, before.length - 40), before.length).some((m) => /^\s*[,:]?\s*$/.test(before.slice(m.end)));
}

/** The quotes of one paragraph, outermost only. Single marks count only as a clear standalone quote. */
function findQuotes(text: string, paragraph: Span, words: Patterns): Quote[] {
  const quotes: Quote[] = [];
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text[i] ?? '';
    if (!(c in CLOSERS)) continue;
    const single = c === "'" || c === '‘';
    if (single && (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))) continue;
    const close = closingOf(text, i, paragraph.end);
    if (close < 0) continue;
    const standalone = isStandalone(text, paragraph, { start: i, end: close }, words);
    if (single && !standalone) continue;
    quotes.push({ open: i, close, standalone });
    i = close - 1;
  }
  return quotes;
}

/** The text with standalone quotes and fragments masked, offsets unchanged. `quotes` are in text order. */
function maskQuotes(text: string, quotes: readonly Quote[]): string {
  const clean = text.replace(/[\u0000\u0001]/g, ' ');
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += clean.slice(at, q.open) + (q.standalone ? STANDALONE : FRAGMENT).repeat(q.close - q.open);
    at = q.close;
  }
  return out + clean.slice(at);
}

/** The sentences of one paragraph grouped so that no standalone quote crosses a group's edge. */
function unitsOf(sentences: readonly Span[], quotes: readonly Quote[]): Unit[] {
  const units: Unit[] = [];
  for (const sentence of sentences) {
    const previous = units.at(-1);
    const crossing = quotes.some((q) => q.standalone && previous && q.open < previous.span.end && q.close > sentence.start);
    if (previous && crossing) previous.span = { start: previous.span.start, end: sentence.end };
    else units.push({ span: { ...sentence }, quotes: [] });
  }
  for (const q of quotes) {
    if (!q.standalone) continue;
    units.find((u) => q.open >= u.span.start && q.open < u.span.end)?.quotes.push(q);
  }
  return units;
}

// ——— Actors in view ———

const isMasked = (scan: Scan, pos: number): boolean => scan.masked[pos] === STANDALONE || scan.masked[pos] === FRAGMENT;
const isPerson = (scan: Scan, id: string): boolean => scan.typeOf(id) === 'person';

/** True when a preposition after `floor` governs the words at `start`, over articles and titles: "of the Federal Service", "du maréchal Haftar", "de l'ANL". */
function afterPreposition(scan: Scan, start: number, floor = 0): boolean {
  // Tokens split on spaces keep an elided article glued to the name's left ("l'", "d'"), which is what the sets hold.
  for (const token of tokensBefore(scan.masked, start, 3, floor).reverse()) {
    if (scan.words.prepositions.has(token)) return true;
    if (!(scan.words.determiners.has(token) || scan.words.definite.has(token) || scan.words.roleTokens.has(token))) return false;
  }
  return false;
}

/** True for a name out of subject position: after a preposition (after `floor`) or before a possessive ("Putin's backing"). */
function isOblique(scan: Scan, start: number, end: number, floor = 0): boolean {
  return /^['’‘](?:s(?![\p{L}])|(?![\p{L}]))/u.test(scan.text.slice(end, end + 3)) || afterPreposition(scan, start, floor);
}

/** The words that introduce a mention: a title before it ("Russian Ambassador to Libya Ivan Molotkov") and an appositive after it ("Fayez Al-Sarraj, prime minister of …"). */
function introOf(scan: Scan, index: number): string {
  const known = scan.intros.get(index);
  if (known !== undefined) return known;
  const intro = readIntro(scan, index);
  scan.intros.set(index, intro);
  return intro;
}

/** Reads the introduction of the mention at `index` (see `introOf`). */
function readIntro(scan: Scan, index: number): string {
  const mention = scan.mentions[index];
  if (!mention) return '';
  const sentence = scan.sentences[mention.sentence] ?? { start: 0, end: scan.text.length };
  let from = sentence.start;
  for (const m of matchesIn(/[,.;:()\u0000\u0001«»“”"]/gu, scan.masked, sentence.start, mention.span.start)) from = m.end;
  for (const other of scan.mentions) if (other.span.end <= mention.span.start && other.span.end > from && isPerson(scan, other.actorId)) from = other.span.end;
  let title = scan.text.slice(from, mention.span.start).split(/\s+/).filter(Boolean).slice(-MAX_INTRO_WORDS);
  // A person's title may run over prepositions ("head of the Russian Contact Group for … Lev Dengov");
  // an institution's is the words right before its name ("Russian arms exporter Rosoboronexport").
  if (!isPerson(scan, mention.actorId)) {
    const stop = title.findLastIndex((t) => scan.words.prepositions.has(fold(t)) || scan.words.determiners.has(fold(t)));
    title = title.slice(stop + 1);
  }
  const after = scan.masked.slice(mention.span.end, sentence.end);
  // An appositive is closed by a comma ("Fayez Al-Sarraj, prime minister of …, has"); without one the words are the rest of the clause.
  const apposition = /^\s*,([^,.;:()\u0000]*),/u.exec(after)?.[1] ?? '';
  const appositive = wordCount(apposition) <= MAX_INTRO_WORDS + 1 ? apposition : '';
  return fold(`${title.join(' ')} ${mention.text} ${appositive}`);
}

const wordPatterns = new Map<string, RegExp>();

/** A matcher for `phrase` as whole words in folded text, compiled once. */
function wholeWord(phrase: string): RegExp {
  const key = fold(phrase);
  const known = wordPatterns.get(key);
  if (known) return known;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(key).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}-])`, 'u');
  wordPatterns.set(key, pattern);
  return pattern;
}

/** The actor a definite description names: the last one mentioned before `pos` and introduced with `head`, best matching the description's other words. */
function resolveDescription(scan: Scan, pos: number, head: string, description: string, person: boolean): string | null {
  const headPattern = wholeWord(head);
  const context = new Set((fold(description).match(WORD) ?? []).filter((w) => w.length >= 4 && !fold(head).includes(w)));
  let best: { id: string; score: number } | null = null;
  // Mentions are in text order, so on equal scores the later one wins: the last-mentioned.
  for (const [index, mention] of scan.mentions.entries()) {
    if (mention.span.end > pos || isMasked(scan, mention.span.start) || isPerson(scan, mention.actorId) !== person) continue;
    const intro = introOf(scan, index);
    if (!headPattern.test(intro)) continue;
    const introWords = new Set(intro.match(WORD) ?? []);
    const score = [...context].filter((w) => introWords.has(w)).length;
    if (!best || score >= best.score) best = { id: mention.actorId, score };
  }
  return best?.id ?? null;
}

/** The person a pronoun stands for: the last person named in subject position before it, else the last speaker. */
function resolvePronoun(scan: Scan, pos: number): Speaker {
  for (let i = scan.mentions.length - 1; i >= 0; i--) {
    const m = scan.mentions[i];
    if (!m || m.span.end > pos || isMasked(scan, m.span.start) || !isPerson(scan, m.actorId)) continue;
    if (!isOblique(scan, m.span.start, m.span.end)) return { kind: 'actor', id: m.actorId };
  }
  return scan.lastSpeaker ? { kind: 'actor', id: scan.lastSpeaker } : { kind: 'unknown' };
}

/** Speaker candidates within [start, end): names, pronouns, unnamed sources and descriptions that resolve. `open` allows a role word without an article at the very start ("said Head of …"). */
function candidatesIn(scan: Scan, start: number, end: number, open = false): Candidate[] {
  const found: Candidate[] = [];
  const { words, masked } = scan;
  const mentionSpans = scan.mentions.filter((m) => m.span.start >= start && m.span.end <= end && !isMasked(scan, m.span.start));
  for (const m of mentionSpans) {
    if (isOblique(scan, m.span.start, m.span.end, start)) continue;
    found.push({ start: m.span.start, end: m.span.end, speaker: { kind: 'actor', id: m.actorId }, kind: isPerson(scan, m.actorId) ? 'person' : 'mention' });
  }
  const free = (span: Span): boolean => !mentionSpans.some((m) => overlaps(span, m.span));
  for (const p of matchesIn(words.pronouns, masked, start, end)) if (free(p)) found.push({ ...p, speaker: resolvePronoun(scan, p.start), kind: 'pronoun' });
  for (const a of matchesIn(words.anonymous, masked, start, end)) if (free(a)) found.push({ ...a, speaker: { kind: 'anonymous' }, kind: 'anonymous' });
  for (const r of matchesIn(words.roles, masked, start, end)) {
    if (!free(r)) continue;
    const lead = words.definiteLead.exec(masked.slice(Math.max(start, r.start - 60), r.start));
    const from = lead ? r.start - lead[0].length : r.start;
    const bare = !words.hasArticles || (open && masked.slice(start, r.start).trim() === '');
    if ((!lead && !bare) || from < start || afterPreposition(scan, from, start)) continue;
    // A title before a name ("Prime Minister Abdulhamid Dbeibah") is no description: the name is the candidate.
    const named = scan.mentions.some((m) => m.span.start >= r.end && m.span.start <= end && isPerson(scan, m.actorId) && !/[,.;:]/.test(masked.slice(r.end, m.span.start)));
    if (named) continue;
    const id = resolveDescription(scan, r.start, masked.slice(r.start, r.end), masked.slice(from, end), true);
    if (id) found.push({ start: from, end: r.end, speaker: { kind: 'actor', id }, kind: 'role' });
  }
  // A role reading wins over an institution reading of the same words ("the prime minister").
  const roles = found.filter((c) => c.kind === 'role');
  found.push(...institutionsIn(scan, start, end).filter((c) => !roles.some((r) => overlaps(r, c))));
  return found;
}

/** Descriptions of an institution ("the ministry", "le ministère", "the state-owned arms exporter"): the last one introduced with one of their words. */
function institutionsIn(scan: Scan, start: number, end: number): Candidate[] {
  const found: Candidate[] = [];
  const { words, masked } = scan;
  for (const d of matchesIn(/(?<![\p{L}\p{N}-])\p{L}+['’]?/gu, masked, start, end)) {
    const article = fold(masked.slice(d.start, d.end));
    if (!words.definite.has(article) || afterPreposition(scan, d.start, start)) continue;
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
    const id = [...tokens].reverse().filter((t) => t.length >= 3).map((head) => resolveDescription(scan, d.start, head, tokens.join(' '), false)).find((x) => x !== null);
    if (id) found.push({ start: d.start, end: phraseEnd, speaker: { kind: 'actor', id }, kind: 'description' });
  }
  return found;
}

// ——— Speakers of cues ———

/** Start of the clause holding `pos`: after the last quote, dash, semicolon or sentence end before it. */
function clauseStart(scan: Scan, from: number, pos: number): number {
  let start = from;
  for (const m of matchesIn(HARD_BOUNDARY, scan.masked, from, pos)) start = m.end;
  return start;
}

/** The speaker named after a verb ("said X", "a indiqué le ministère", "заявил X") or an attribution ("according to X"). */
function speakerAfter(scan: Scan, from: number, limit: number, attribution: boolean): Speaker | null {
  const rest = scan.masked.slice(from, limit);
  const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
  // After a prepositional phrase only a person can be the subject: "Заявил об этом Сергей Лавров", but not "said at the Valdai Club".
  const personOnly = !attribution && scan.words.prepositions.has(fold(rest.slice(lead).split(/\s+/)[0] ?? ''));
  const stop = rest.slice(lead).search(/[,.;:!?()\u0000]/u);
  let end = from + lead + (stop < 0 ? rest.length - lead : stop);
  // Eight words at most: a speaker after the verb is a short noun phrase.
  const ninth = [...scan.masked.slice(from + lead, end).matchAll(/\S+/g)][8];
  if (ninth) end = from + lead + ninth.index;
  const found = candidatesIn(scan, from + lead, end, !personOnly).sort((a, b) => a.start - b.start);
  if (personOnly) return found.find((c) => c.kind === 'person')?.speaker ?? null;
  const atStart = (c: Candidate): boolean => wordCount(scan.masked.slice(from, c.start)) <= 1;
  return (
    found.find((c) => (c.kind === 'pronoun' || c.kind === 'anonymous') && atStart(c)) ??
    found.find((c) => c.kind === 'person') ??
    found.find((c) => c.kind === 'role' && atStart(c)) ??
    found.find((c) => c.kind === 'mention') ??
    found.find((c) => c.kind === 'description' && atStart(c))
  )?.speaker ?? null;
}

/** The speaker in subject position before a verb: the nearest candidate in its clause, or the head of an appositive chain ("X, le porte-parole du maréchal Haftar, a rapporté"). */
function speakerBefore(scan: Scan, unit: Unit, cue: Cue): Speaker | 'none' | null {
  const start = clauseStart(scan, unit.span.start, cue.start);
  const segments: Span[] = [];
  let at = start;
  for (const comma of matchesIn(/,/g, scan.masked, start, cue.start)) {
    segments.push({ start: at, end: comma.start });
    at = comma.end;
  }
  segments.push({ start: at, end: cue.start });
  const immediate = segments.pop() ?? { start, end: start };
  const nearest = candidatesIn(scan, immediate.start, immediate.end).sort((a, b) => b.end - a.end)[0];
  if (nearest) return nearest.speaker;
  const immediateText = scan.masked.slice(immediate.start, immediate.end);
  // A subject the dictionaries cannot name ("a federal agency supervising …") still holds the place: nobody after the verb is the speaker.
  if (wordCount(immediateText) > 2 && matchesIn(scan.words.roles, scan.masked, immediate.start, immediate.end).length === 0) return 'none';
  // Walking back over short comma-separated segments, the subject heads the chain and the
  // appositives after it describe it: "Fayez Al-Sarraj, prime minister of … unity government, has".
  let head: Speaker | null = null;
  for (const segment of segments.reverse()) {
    if (wordCount(scan.masked.slice(segment.start, segment.end)) > MAX_INTRO_WORDS + 1) break;
    const closing = candidatesIn(scan, segment.start, segment.end).find((c) => scan.masked.slice(c.end, segment.end).trim() === '');
    if (closing) head = closing.speaker;
  }
  return head ?? (wordCount(immediateText) > 2 ? 'none' : null);
}

/** The speaker a cue points at. */
function speakerOf(scan: Scan, unit: Unit, cue: Cue): Speaker {
  const limit = clauseEnd(scan, cue.end, unit.span.end);
  if (cue.attribution) return speakerAfter(scan, cue.end, limit, true) ?? { kind: 'unknown' };
  // Inverted French forms carry their subject: "a-t-il déclaré", "dit-elle".
  const inner = fold(scan.masked.slice(cue.start, cue.end)).split(/[\s-]+/).find((t) => scan.words.pronounSet.has(t));
  if (inner) return resolvePronoun(scan, cue.start);
  const before = speakerBefore(scan, unit, cue);
  if (before === 'none') return { kind: 'unknown' };
  return before ?? speakerAfter(scan, cue.end, limit, false) ?? { kind: 'unknown' };
}

/** End of the clause after `pos`: the next quote or sentence end. */
function clauseEnd(scan: Scan, pos: number, limit: number): number {
  const next = scan.masked.slice(pos, limit).search(/[\u0000!?;]|\.(?!\d)/u);
  return next < 0 ? limit : pos + next;
}

/** Verbs of saying and attributions in a span, outside quotes and set phrases ("so-called", "said to be"). */
function cuesIn(scan: Scan, span: Span): Cue[] {
  const { words, masked } = scan;
  const blocked = matchesIn(words.notSpeech, masked, span.start, span.end);
  const attributions = matchesIn(words.attributions, masked, span.start, span.end).filter((a) => !blocked.some((b) => overlaps(a, b)));
  const verbs = matchesIn(words.verbs, masked, span.start, span.end).filter((v) => {
    if (blocked.some((b) => overlaps(v, b)) || attributions.some((a) => overlaps(v, a))) return false;
    // After an article the form is an adjective or a noun: "the announced deal", "l'annonce".
    return !words.determiners.has(tokensBefore(masked, v.start, 1)[0] ?? '');
  });
  return [...verbs.map((v) => ({ ...v, attribution: false })), ...attributions.map((a) => ({ ...a, attribution: true }))].sort((a, b) => a.start - b.start);
}

/** Rank of a speaker when a sentence has several cues: a named actor first, media (the carrier of the words) after an unnamed source. */
function rank(scan: Scan, speaker: Speaker): number {
  if (speaker.kind === 'actor') return scan.typeOf(speaker.id) === 'media' ? 2 : 0;
  return speaker.kind === 'anonymous' ? 1 : 3;
}

/** The speaker of a unit's cues, or null when it has none. */
function unitSpeaker(scan: Scan, unit: Unit): Speaker | null {
  const cues = cuesIn(scan, unit.span);
  if (cues.length === 0) return null;
  const speakers = cues.map((cue) => speakerOf(scan, unit, cue));
  return speakers.reduce((best, s) => (rank(scan, s) < rank(scan, best) ? s : best));
}

const idOf = (speaker: Speaker): string | null => (speaker.kind === 'actor' ? speaker.id : null);
const normalise = (text: string): string => fold(text).replace(/[“”«»„"‹›]/g, '"').replace(/\s+/g, ' ').trim();

/** Fills `article.claims`: every quoted and reported statement once, with its speaker, language and sentence span. */
export function findClaims(article: Article, context: PipelineContext): Article {
  const words = patternsFor(article.language);
  const { text } = article;
  const provisional = new Map(article.provisionalActors.map((a) => [a.id, a.type]));
  const quotesByParagraph = article.paragraphs.map((p) => findQuotes(text, p, words));
  const scan: Scan = {
    text,
    masked: maskQuotes(text, quotesByParagraph.flat()),
    words,
    mentions: [...article.actorMentions].sort((a, b) => a.span.start - b.span.start),
    sentences: article.sentences,
    typeOf: (id) => context.actors.byId.get(id)?.type ?? provisional.get(id),
    lastSpeaker: null,
    intros: new Map(),
  };
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const add = (speaker: Speaker, claimText: string, quoted: boolean, sentence: Span): void => {
    const id = idOf(speaker);
    if (id && isPerson(scan, id)) scan.lastSpeaker = id;
    const key = `${id ?? ''}|${normalise(claimText)}`;
    if (claimText.length === 0 || seen.has(key)) return;
    seen.add(key);
    claims.push({ speaker: id, text: claimText, quoted, language: languageOf(claimText, article.language), source: article.file, sentence });
  };

  article.paragraphs.forEach((paragraph, p) => {
    const sentences = article.sentences.filter((s) => s.start >= paragraph.start && s.end <= paragraph.end);
    const units = unitsOf(sentences, quotesByParagraph[p] ?? []);
    const consumed = new Set<Unit>();
    units.forEach((unit, u) => {
      if (consumed.has(unit)) return;
      if (unit.quotes.length === 0) {
        const speaker = unitSpeaker(scan, unit);
        if (speaker) add(speaker, text.slice(unit.span.start, unit.span.end), false, unit.span);
        return;
      }
      let span = unit.span;
      let speaker = unitSpeaker(scan, unit);
      // "“…” He said in remarks translated into Russian." — the attribution may stand in the next sentence.
      const next = units[u + 1];
      if (!speaker && next && next.quotes.length === 0) {
        speaker = unitSpeaker(scan, next);
        if (speaker && wordCount(text.slice(next.span.start, next.span.end)) < MAX_TAG_WORDS) {
          consumed.add(next);
          span = { start: unit.span.start, end: next.span.end };
        }
      }
      // A quote nobody is said to have said is a title or a headline, not a claim.
      if (!speaker) return;
      for (const q of unit.quotes) add(speaker, text.slice(q.open + 1, q.close - 1).trim().replace(/[\s,;:]+$/u, ''), true, span);
    });
  });
  return { ...article, claims };
}
