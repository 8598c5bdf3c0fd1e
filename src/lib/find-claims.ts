// Finds attributed statements: words in quotation marks and reported speech around a verb of
// saying ("said", "a indiqué", "заявил") or an attribution ("according to", "selon", "по словам"),
// each with the actor who speaks. Only the words come from the locale dictionaries; the rules are
// positional: a speaker is the actor in subject position before the verb, or right after it when
// the order is inverted ("said X", "a indiqué X", "заявил X"); a description ("the minister",
// "премьер", "ведомство") stands for the actor introduced with it, or known by the registry to
// hold that office on the article's date.
import type { ActorRole } from '../schemas/actor.ts';
import type { Claim, Span } from '../schemas/event.ts';
import type { ActorMention, Article, PipelineContext } from './article.ts';
import { languageOf } from './detect-language.ts';
import { localeFor } from './locales/index.ts';
import type { SpeechWords } from './locales/types.ts';

/** Quotes of fewer words than this are scare quotes or snippets, not statements, unless they stand as a sentence of their own. */
const MIN_QUOTE_WORDS = 4;
/** A sentence borrowed for its attribution ("He said.") of fewer words than this belongs to the quote. */
const MAX_TAG_WORDS = 8;
/** How far an appositive or title may stand from the name it describes. */
const MAX_INTRO_WORDS = 9;
/** Most words between a quote and a tag verb: the tag's subject ("“…,” the Libyan commander replied"). */
const MAX_TAG_SUBJECT_WORDS = 4;
/** Most words a parenthesis may hold and still gloss a name ("(ЛНА)", "(GNA)") rather than close its introduction. */
const MAX_GLOSS_WORDS = 3;
/** Fewest letters a stem keeps once a case ending is taken off. */
const MIN_STEM = 3;

// Masks over the text: a standalone quote is a clause of its own and bounds the search for a
// subject; a fragment stays inside its sentence but its words are nobody's subject or verb.
const STANDALONE = '\u0000';
const FRAGMENT = '\u0001';

/** Closing marks for each opening mark. */
const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '„': '“”', '«': '»', '‹': '›', '"': '"', "'": "'’", '‘': '’' };
/** Any opening mark of `CLOSERS`. */
const OPENERS = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'u');
const HARD_BOUNDARY = /[\u0000;:—–()[\]!?]|\.(?!\d)|\s-\s/gu;
/** What closes the introduction of a name: punctuation and quotes, or a parenthesis (read whole, to spare a short gloss). */
const INTRO_BOUNDARY = /\([^()\u0000]{0,40}\)|[,.;:()\u0000\u0001«»“”"]/gu;
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
  /** A verb whose object is the listener ("told X"): nobody after it speaks. */
  listener: boolean;
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

/** A role noun's stemmed words and the registry title words that hold it. */
interface RoleTitles {
  stems: readonly string[];
  titles: readonly RegExp[];
}

/** The kinds of words found in one pass over an article (see `Hits`). */
type Category = keyof Hits;

/** A node of the word trie: the phrases that end here, and the words that may follow. */
interface WordNode {
  /** Next words as written (folded). */
  exact: Map<string, WordNode>;
  /** Next words by stem, for the inflected categories: a token matches when the rest of it is a case ending. */
  stems: Map<string, WordNode>;
  ends: Category[];
  /** Inside a verb phrase: adverbs may stand before the next word ("a également déclaré"). */
  gapped: boolean;
}

/** A word of the masked text, folded, with the stems it may be read as in an inflecting language. */
interface Token {
  start: number;
  end: number;
  fold: string;
  /** Filled by `stemsOf` when a look-up needs them. */
  stems: readonly string[] | null;
}

/** A locale's speech words compiled once into matchers. */
interface Patterns {
  /** Every phrase of every category, keyed word by word. */
  trie: WordNode;
  /** Adverbs that may stand inside a verb phrase, keyed word by word. */
  adverbs: WordNode;
  adverbEndings: readonly string[];
  /** The verbs of saying as one pattern, for the few words before a quote. */
  verbs: RegExp;
  /** An attribution or quote attribution opening a clause: "Selon M. Lavrov,", "Pour le politologue X,". */
  attributionLead: RegExp;
  /** A document after an attribution, its author following: "un communiqué de", "a statement by". */
  documentLead: RegExp;
  /** Abbreviations that end in a full stop ("m", "gen", "г"), folded, without it. */
  abbreviations: ReadonlySet<string>;
  pronounSet: ReadonlySet<string>;
  objectPronounSet: ReadonlySet<string>;
  listenerSet: ReadonlySet<string>;
  relativeSet: ReadonlySet<string>;
  roleTokens: ReadonlySet<string>;
  /** Each institution noun's stem, with the words an organisation's names must hold for it (none: any organisation). */
  institutionKinds: ReadonlyMap<string, readonly RegExp[]>;
  roleTitles: readonly RoleTitles[];
  prepositions: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  /** A definite article and up to two words ending where the match must end ("the Russian |ambassador"). */
  definiteLead: RegExp;
  complementizers: ReadonlySet<string>;
  /** Case endings, longest first; empty for a language that does not inflect nouns. */
  endings: readonly string[];
  hasArticles: boolean;
}

/** Every match of each pattern in an article's masked text, in text order: found once, looked up by range. */
interface Hits {
  verbs: Span[];
  tagVerbs: Span[];
  attributions: Span[];
  quoteAttributions: Span[];
  notSpeech: Span[];
  pronouns: Span[];
  anonymous: Span[];
  roles: Span[];
  institutions: Span[];
  /** Definite articles, where an institution's description may begin ("the ministry", "le ministère"). */
  articles: Span[];
}

/** Everything one article's search reads, built once per article. */
interface Scan {
  text: string;
  /** The text with quotes and abbreviation stops masked, same length, so offsets agree. */
  masked: string;
  words: Patterns;
  hits: Hits;
  /** Where clauses break in the masked text (`HARD_BOUNDARY`), in text order. */
  boundaries: readonly Span[];
  mentions: readonly ActorMention[];
  /** The spans of `mentions`, for lookups by offset. */
  mentionSpans: readonly Span[];
  sentences: readonly Span[];
  typeOf: (id: string) => string | undefined;
  rolesOf: (id: string) => readonly ActorRole[];
  /** An actor's name and aliases, one string, to tell what kind of organisation it is. */
  namesOf: (id: string) => string;
  /** The article's date ("YYYY[-MM[-DD]]"), against which registry roles are read; null when undated. */
  date: string | null;
  /** Speaker of the last claim with one, for a pronoun with no antecedent in view. */
  lastSpeaker: string | null;
  /** `introOf` by mention index, computed once. */
  intros: Map<number, readonly string[]>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fold = (s: string): string => s.toLowerCase().replace(/[’‘`´]/g, "'");

// ——— Words ———

/** `word` less its longest case ending, keeping `MIN_STEM` letters; the word itself without endings. */
function stemOf(word: string, endings: readonly string[]): string {
  for (const ending of endings) if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  return word;
}

/** Whole words of a text: letters and digits joined by hyphens, an elided article ending at its apostrophe ("l'", "qu'"). */
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*['’]?/gu;

/** The tokens of a text. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  // Folding the whole text at once is cheaper than word by word, when it keeps every offset (it nearly always does).
  const folded = fold(text);
  const whole = folded.length === text.length;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const end = m.index + m[0].length;
    tokens.push({ start: m.index, end, fold: whole ? folded.slice(m.index, end) : fold(m[0]), stems: null });
  }
  return tokens;
}

/** The stems a token may be read as: itself less each case ending that leaves a stem (computed once, when asked). */
function stemsOf(token: Token, endings: readonly string[]): readonly string[] {
  if (token.stems) return token.stems;
  const word = token.fold.endsWith("'") ? token.fold.slice(0, -1) : token.fold;
  const stems = [word];
  for (const ending of endings) if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) stems.push(word.slice(0, -ending.length));
  token.stems = stems;
  return stems;
}

const emptyNode = (): WordNode => ({ exact: new Map(), stems: new Map(), ends: [], gapped: false });

/** Adds a phrase to a word trie under `category`; `endings` lets its words take case endings, `gapped` adverbs between them. */
function addPhrase(root: WordNode, phrase: string, category: Category, endings: readonly string[], gapped = false): void {
  let node = root;
  tokensOf(fold(phrase)).forEach((token, i) => {
    if (i > 0 && gapped) node.gapped = true;
    const inflected = endings.length > 0 && /\p{L}$/u.test(token.fold);
    const map = inflected ? node.stems : node.exact;
    const key = inflected ? stemOf(token.fold, endings) : token.fold;
    const child = map.get(key) ?? emptyNode();
    map.set(key, child);
    node = child;
  });
  if (node !== root && !node.ends.includes(category)) node.ends.push(category);
}

/** True when two tokens of a phrase stand as its words do: apart by spaces, or joined after an elided article ("d'après"). */
function joined(text: string, before: Token, after: Token): boolean {
  const gap = text.slice(before.end, after.start);
  return gap === '' ? before.fold.endsWith("'") : /^\s+$/u.test(gap);
}

const NO_STEPS: readonly (readonly [WordNode, number])[] = [];

/** The children of `node` that `token` leads to, with where the word ends (a trailing apostrophe left out unless the word has it). */
function stepsFrom(node: WordNode, token: Token, endings: readonly string[]): readonly (readonly [WordNode, number])[] {
  let steps: (readonly [WordNode, number])[] | null = null;
  const exact = node.exact.get(token.fold);
  if (exact) steps = [[exact, token.end]];
  const elided = token.fold.endsWith("'");
  if (elided) {
    const bare = node.exact.get(token.fold.slice(0, -1));
    if (bare) (steps ??= []).push([bare, token.end - 1]);
  }
  if (node.stems.size > 0) {
    for (const stem of stemsOf(token, endings)) {
      const child = node.stems.get(stem);
      if (child) (steps ??= []).push([child, elided ? token.end - 1 : token.end]);
    }
  }
  return steps ?? NO_STEPS;
}

/** How many tokens from `k` an adverb takes ("également", "pour sa part"); 0 when none stands there. */
function adverbAt(text: string, tokens: readonly Token[], k: number, words: Patterns): number {
  const first = tokens[k];
  const previous = tokens[k - 1];
  if (!first || !previous || !joined(text, previous, first)) return 0;
  if (words.adverbEndings.some((e) => first.fold.length > e.length + 2 && first.fold.endsWith(e))) return 1;
  let node = words.adverbs;
  let longest = 0;
  for (let j = k; j < tokens.length; j++) {
    const token = tokens[j];
    const before = tokens[j - 1];
    if (!token || !before || (j > k && !joined(text, before, token))) break;
    const next = node.exact.get(token.fold);
    if (!next) break;
    node = next;
    if (node.ends.length > 0) longest = j - k + 1;
  }
  return longest;
}

/**
 * Every phrase of every category in the masked text, in one walk over its words. Within a category a
 * match is the longest from its first word and none starts inside another, as a regular expression's would.
 */
function hitsOf(masked: string, words: Patterns): Hits {
  const hits: Hits = { verbs: [], tagVerbs: [], attributions: [], quoteAttributions: [], notSpeech: [], pronouns: [], anonymous: [], roles: [], institutions: [], articles: [] };
  const tokens = tokensOf(masked);
  const free = new Map<Category, number>();
  tokens.forEach((first, i) => {
    const starts = stepsFrom(words.trie, first, words.endings);
    // Most words begin no phrase: they cost one look-up.
    if (starts.length === 0) return;
    const longest = new Map<Category, number>();
    const stack: { node: WordNode; j: number; steps: readonly (readonly [WordNode, number])[] | null }[] = [{ node: words.trie, j: i, steps: starts }];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
      const token = tokens[entry.j];
      const previous = tokens[entry.j - 1];
      if (!token || (entry.j > i && (!previous || !joined(masked, previous, token)))) continue;
      for (const [child, end] of entry.steps ?? stepsFrom(entry.node, token, words.endings)) {
        for (const category of child.ends) if (end > (longest.get(category) ?? -1)) longest.set(category, end);
        if (child.exact.size === 0 && child.stems.size === 0) continue;
        stack.push({ node: child, j: entry.j + 1, steps: null });
        // Up to two adverbs inside a verb phrase: "a également déclaré", "a pour sa part simplement indiqué".
        for (let k = entry.j + 1, n = 0; child.gapped && n < 2; n++) {
          const length = adverbAt(masked, tokens, k, words);
          if (length === 0) break;
          k += length;
          stack.push({ node: child, j: k, steps: null });
        }
      }
    }
    for (const [category, end] of longest) {
      if (first.start < (free.get(category) ?? 0)) continue;
      hits[category].push({ start: first.start, end });
      free.set(category, end);
    }
  });
  return hits;
}

/** A plain alternation of phrases for a small regular expression, longest first; with `endings`, words in every case. */
function alternationOf(list: readonly string[], endings: readonly string[] = []): string {
  const ending = endings.length > 0 ? `(?:${endings.map(escape).join('|')})?` : '';
  const word = (w: string): string => {
    const literal = (x: string): string => escape(x).replace(/'/g, "['’]");
    return ending && /\p{L}$/u.test(w) ? literal(stemOf(w, endings)) + ending : literal(w);
  };
  const phrases = [...new Set(list.map(fold))].sort((a, b) => b.length - a.length).map((p) => p.trim().split(/\s+/).map(word).join('\\s+'));
  return phrases.length > 0 ? `(?:${phrases.join('|')})` : '(?!)';
}

/** A case-insensitive matcher for an English phrase as whole words, to read registry titles and names. */
const wholeWords = (phrase: string): RegExp => new RegExp(`(?<![\\p{L}])${escape(phrase).replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu');

const compiled = new Map<string, Patterns>();

/** The matchers for a locale's speech words, compiled on first use. */
function patternsFor(code: string): Patterns {
  const locale = localeFor(code);
  const cached = compiled.get(locale.code);
  if (cached) return cached;
  const w: SpeechWords = locale.speech;
  const endings = [...w.nounEndings].map(fold).sort((a, b) => b.length - a.length);
  const stem = (word: string): string => stemOf(fold(word), endings);
  const roles = Object.keys(w.roleWords);
  const abbreviations = locale.names.abbreviations.filter((a) => a.endsWith('.')).map((a) => a.slice(0, -1));
  const trie = emptyNode();
  const lists: [Category, readonly string[], boolean, boolean][] = [
    // category, phrases, inflected, gapped
    ['verbs', w.speechVerbs, false, true],
    ['tagVerbs', w.tagVerbs, false, true],
    ['attributions', w.attributions, false, false],
    ['quoteAttributions', w.quoteAttributions, false, false],
    ['notSpeech', w.notSpeech, false, false],
    ['pronouns', w.pronouns, false, false],
    ['anonymous', w.anonymousSources, true, false],
    ['roles', roles, true, false],
    ['institutions', Object.keys(w.institutionNouns), true, false],
    ['articles', w.definiteArticles, false, false],
  ];
  for (const [category, list, inflected, gapped] of lists) for (const phrase of list) addPhrase(trie, phrase, category, inflected ? endings : [], gapped);
  // The adverbs get a trie of their own; the category only marks where one ends.
  const adverbs = emptyNode();
  for (const adverb of w.verbAdverbs) addPhrase(adverbs, adverb, 'verbs', []);
  const patterns: Patterns = {
    trie,
    adverbs,
    adverbEndings: w.adverbEndings.map(fold),
    verbs: new RegExp(`(?<![\\p{L}\\p{N}-])${alternationOf(w.speechVerbs)}(?![\\p{L}\\p{N}-])`, 'giu'),
    attributionLead: new RegExp(`^\\s*${alternationOf([...w.attributions, ...w.quoteAttributions])}(?![\\p{L}\\p{N}-])`, 'iu'),
    documentLead: new RegExp(
      `^\\s*(?:${alternationOf(w.determiners)}\\s*)?(?:[\\p{L}-]+\\s+)?${alternationOf(w.documentNouns, endings)}(?:\\s+[\\p{L}-]+)?\\s+${alternationOf(w.prepositions)}(?![\\p{L}\\p{N}-])\\s*`,
      'iu',
    ),
    abbreviations: new Set(abbreviations.map(fold)),
    pronounSet: new Set(w.pronouns.map(fold)),
    objectPronounSet: new Set(w.objectPronouns.map(fold)),
    listenerSet: new Set(w.listenerVerbs.map(fold)),
    relativeSet: new Set(w.relativePronouns.map(fold)),
    roleTokens: new Set(roles.flatMap((r) => fold(r).split(/\s+/))),
    institutionKinds: new Map(Object.entries(w.institutionNouns).map(([noun, kinds]) => [stem(noun), kinds.map(wholeWords)])),
    roleTitles: Object.entries(w.roleWords).map(([role, titles]) => ({ stems: fold(role).split(/\s+/).map(stem), titles: titles.map(wholeWords) })),
    prepositions: new Set(w.prepositions.map(fold)),
    determiners: new Set(w.determiners.map(fold)),
    definite: new Set(w.definiteArticles.map(fold)),
    definiteLead: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:${w.definiteArticles.map((a) => escape(a).replace(/'/g, "['’]")).join('|') || '(?!)'})\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}$`,
      'iu',
    ),
    complementizers: new Set(w.complementizers.map(fold)),
    endings,
    hasArticles: w.definiteArticles.length > 0,
  };
  compiled.set(locale.code, patterns);
  return patterns;
}

// ——— Positions ———

/** Every match of a global pattern within [start, end), with absolute offsets. */
function matchesIn(pattern: RegExp, text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  for (const m of text.slice(start, end).matchAll(pattern)) spans.push({ start: start + m.index, end: start + m.index + m[0].length });
  return spans;
}

/** Index of the first span of a list in text order that starts at or after `pos`. */
function firstFrom(list: readonly { start: number }[], pos: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle]?.start ?? 0) < pos) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The spans of a list in text order that lie within [start, end). */
function within(list: readonly Span[], start: number, end: number): Span[] {
  const found: Span[] = [];
  for (let i = firstFrom(list, start); i < list.length; i++) {
    const span = list[i];
    if (!span || span.start >= end) break;
    if (span.end <= end) found.push(span);
  }
  return found;
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

/** The first word after `pos` (within `limit`), folded, with an elided article kept whole ("qu'"). */
function wordAfter(text: string, pos: number, limit: number): string {
  return fold(/^\s*,?\s*([\p{L}\p{N}]+['’]?)/u.exec(text.slice(pos, Math.min(limit, pos + 40)))?.[1] ?? '');
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
  const count = wordCount(content);
  if (count === 0) return false;
  const before = text.slice(paragraph.start, quote.start).trimEnd();
  if (count < MIN_QUOTE_WORDS) {
    // A short quote is a statement only as a sentence of its own, closed by its own punctuation:
    // "“No,” he said.", «Нет», — ответил он. Otherwise it is a scare quote or a title.
    const opensSentence = before.length === 0 || /[.!?…:]$/u.test(before);
    return opensSentence && (/[,.!?…]$/u.test(content) || /^\s*[,.!?…—–]/u.test(text.slice(quote.end, quote.end + 3)));
  }
  if (before.length === 0 || /[.!?…:—–\-»”"]$/u.test(before)) return true;
  if (/[.!?…]$/u.test(content.replace(/[,;]$/, ''))) return true;
  const last = tokensBefore(before, before.length, 1)[0] ?? '';
  if (words.complementizers.has(last)) return true;
  // After an attribution's noun phrase that opens the clause: "Selon M. Lavrov, « … »", "Pour le politologue X, « … »".
  if (before.endsWith(',')) {
    const clause = before.slice(before.search(/[^.!?…;:—–()«»“”"]*$/u));
    if (words.attributionLead.test(clause)) return true;
  }
  // Right after a verb of saying: 'said "…"', "a déclaré : «…»", "as saying "…"".
  return matchesIn(words.verbs, before, Math.max(0, before.length - 40), before.length).some((m) => /^\s*[,:]?\s*$/.test(before.slice(m.end)));
}

/** The quotes of one paragraph, outermost only. Single marks count only as a clear standalone quote. */
function findQuotes(text: string, paragraph: Span, words: Patterns): Quote[] {
  const quotes: Quote[] = [];
  const marks = new RegExp(OPENERS.source, 'g');
  marks.lastIndex = paragraph.start;
  for (let mark = marks.exec(text); mark !== null && mark.index < paragraph.end; mark = marks.exec(text)) {
    const i = mark.index;
    const c = mark[0];
    const single = c === "'" || c === '‘';
    if (single && (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ''))) continue;
    const close = closingOf(text, i, paragraph.end);
    if (close < 0) continue;
    const standalone = isStandalone(text, paragraph, { start: i, end: close }, words);
    if (single && !standalone) continue;
    quotes.push({ open: i, close, standalone });
    marks.lastIndex = close;
  }
  return quotes;
}

/** The text with the full stop of each abbreviation and initial inside a sentence blanked ("M. Lavrov" → "M  Lavrov"): it ends no clause. */
function maskAbbreviations(text: string, words: Patterns): string {
  let out = '';
  let at = 0;
  for (let stop = text.indexOf('.'); stop >= 0; stop = text.indexOf('.', stop + 1)) {
    const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[0] ?? '';
    if (word.length === 0 || /[\p{L}\p{N}.]/u.test(text.charAt(stop - word.length - 1))) continue;
    const after = text.slice(stop + 1, stop + 4);
    // An initial is a capital before a capitalised word ("V. Putin"); an abbreviation is followed by more words ("M. Lavrov", "Gen. Haftar").
    const initial = /^\p{Lu}$/u.test(word) && /^[ \u00a0]*\p{Lu}\p{Ll}/u.test(after);
    const abbreviation = words.abbreviations.has(fold(word)) && /^[ \u00a0]+[\p{L}\p{N}]/u.test(after);
    if (!initial && !abbreviation) continue;
    out += `${text.slice(at, stop)} `;
    at = stop + 1;
  }
  return at === 0 ? text : out + text.slice(at);
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

/** The unmasked mentions that lie within [start, end). */
function mentionsWithin(scan: Scan, start: number, end: number): ActorMention[] {
  const found: ActorMention[] = [];
  for (let i = firstFrom(scan.mentionSpans, start); i < scan.mentions.length; i++) {
    const m = scan.mentions[i];
    if (!m || m.span.start >= end) break;
    if (m.span.end <= end && !isMasked(scan, m.span.start)) found.push(m);
  }
  return found;
}

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

/** True for an institution named as the complement of a role noun: "командующий ЛНА", "посол России", "the Kremlin spokesman". */
function isRoleComplement(scan: Scan, mention: ActorMention): boolean {
  const { roles } = scan.hits;
  const next = roles[firstFrom(roles, mention.span.end)];
  if (next && scan.masked.slice(mention.span.end, next.start).trim() === '') return true;
  const previous = roles[firstFrom(roles, mention.span.start) - 1];
  return previous !== undefined && previous.end <= mention.span.start && scan.masked.slice(previous.end, mention.span.start).trim() === '';
}

/** The words that introduce a mention, folded: a title before it ("Russian Ambassador to Libya Ivan Molotkov") and an appositive after it ("Fayez Al-Sarraj, prime minister of …"). */
function introOf(scan: Scan, index: number): readonly string[] {
  const known = scan.intros.get(index);
  if (known !== undefined) return known;
  const intro = fold(readIntro(scan, index)).match(WORD) ?? [];
  scan.intros.set(index, intro);
  return intro;
}

/** Reads the introduction of the mention at `index` (see `introOf`). */
function readIntro(scan: Scan, index: number): string {
  const mention = scan.mentions[index];
  if (!mention) return '';
  const { words } = scan;
  const sentence = scan.sentences[mention.sentence] ?? { start: 0, end: scan.text.length };
  let from = sentence.start;
  for (const m of matchesIn(INTRO_BOUNDARY, scan.masked, sentence.start, mention.span.start)) {
    // A short parenthesis glosses a name ("командующим Ливийской национальной армией (ЛНА) маршалом Хафтаром").
    if (m.end - m.start > 1 && wordCount(scan.masked.slice(m.start, m.end)) <= MAX_GLOSS_WORDS) continue;
    from = m.end;
  }
  for (const other of scan.mentions) if (other.span.end <= mention.span.start && other.span.end > from && isPerson(scan, other.actorId)) from = other.span.end;
  let title = scan.text.slice(from, mention.span.start).split(/\s+/).filter(Boolean).slice(-MAX_INTRO_WORDS);
  // A person's title may run over prepositions ("head of the Russian Contact Group for … Lev Dengov");
  // an institution's is the words right before its name ("Russian arms exporter Rosoboronexport").
  if (!isPerson(scan, mention.actorId)) {
    const stop = title.findLastIndex((t) => words.prepositions.has(fold(t)) || words.determiners.has(fold(t)));
    title = title.slice(stop + 1);
  }
  const after = scan.masked.slice(mention.span.end, sentence.end);
  // An appositive is closed by a comma ("Fayez Al-Sarraj, prime minister of …, has"); without one the words are the rest of the clause.
  const apposition = /^\s*,([^,.;:()\u0000]*),/u.exec(after)?.[1] ?? '';
  // Where articles are written, an appositive is a noun phrase: it opens with one, a title or a capital,
  // not with a verb ("Libya, arrived at the defence ministry, …" closes a clause instead).
  const first = fold(apposition.trim().split(/\s+/)[0] ?? '');
  const nounPhrase = !words.hasArticles || words.determiners.has(first) || words.roleTokens.has(first) || /^\s*\p{Lu}/u.test(apposition);
  const appositive = nounPhrase && wordCount(apposition) <= MAX_INTRO_WORDS + 1 ? apposition : '';
  return `${title.join(' ')} ${mention.text} ${appositive}`;
}

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
function describedActor(scan: Scan, pos: number, heads: readonly string[], description: string, person: boolean): string | null {
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

/** The person a pronoun stands for: the last person named in subject position before it, else the last speaker. */
function resolvePronoun(scan: Scan, pos: number): Speaker {
  for (let i = firstFrom(scan.mentionSpans, pos) - 1; i >= 0; i--) {
    const m = scan.mentions[i];
    if (!m || m.span.end > pos || isMasked(scan, m.span.start) || !isPerson(scan, m.actorId)) continue;
    if (!isOblique(scan, m.span.start, m.span.end)) return { kind: 'actor', id: m.actorId };
  }
  return scan.lastSpeaker ? { kind: 'actor', id: scan.lastSpeaker } : { kind: 'unknown' };
}

/** Speaker candidates within [start, end): names, pronouns, unnamed sources and descriptions that resolve. `open` allows a role word without an article at the very start ("said Head of …"). */
function candidatesIn(scan: Scan, start: number, end: number, open = false): Candidate[] {
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

// ——— Speakers of cues ———

/** Start of the clause holding `pos`: after the last quote, dash, semicolon or sentence end before it. */
function clauseStart(scan: Scan, from: number, pos: number): number {
  return within(scan.boundaries, from, pos).at(-1)?.end ?? from;
}

/** End of the clause after `pos`: the next quote or sentence end. */
function clauseEnd(scan: Scan, pos: number, limit: number): number {
  const next = scan.masked.slice(pos, limit).search(/[\u0000!?;]|\.(?!\d)/u);
  return next < 0 ? limit : pos + next;
}

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
function speakerAfter(scan: Scan, from: number, limit: number, attribution: boolean, strict = false): Speaker | null {
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

/** The speaker in subject position before a verb: the nearest candidate in its clause, or the head of an appositive chain ("X, le porte-parole du maréchal Haftar, a rapporté"). */
function speakerBefore(scan: Scan, unit: Unit, cue: Cue, limit: number): Speaker | 'none' | null {
  const { words, masked } = scan;
  const start = clauseStart(scan, unit.span.start, cue.start);
  const segments: Span[] = [];
  let at = start;
  for (const comma of matchesIn(/,/g, masked, start, cue.start)) {
    segments.push({ start: at, end: comma.start });
    at = comma.end;
  }
  segments.push({ start: at, end: cue.start });
  const immediate = segments.pop() ?? { start, end: start };
  const nearest = candidatesIn(scan, immediate.start, immediate.end).sort((a, b) => b.end - a.end)[0];
  if (nearest) return nearest.speaker;
  const immediateText = masked.slice(immediate.start, immediate.end);
  const immediateWords = wordCount(immediateText);
  // A subject the dictionaries cannot name ("a federal agency supervising …") still holds the place: nobody after the verb is the speaker.
  if (immediateWords > 2 && within(scan.hits.roles, immediate.start, immediate.end).length === 0) return 'none';
  // Right after a comma the subject may follow the verb: "…, a annoncé le chef de la diplomatie russe, Sergueï Lavrov".
  // It then closes its phrase, which tells it from an object ("Putin, who …, said Russia was ready").
  if (immediateWords === 0 && segments.length > 0 && !cue.listener) {
    const inverted = speakerAfter(scan, cue.end, limit, false, true);
    if (inverted) return inverted;
  }
  // Walking back over short comma-separated segments, the subject heads the chain and the
  // appositives after it describe it: "Fayez Al-Sarraj, prime minister of … unity government, has".
  // A relative clause describes the name before it, however long: "Putin, who hands over … minister, said".
  let head: Speaker | null = null;
  for (const segment of segments.reverse()) {
    const text = masked.slice(segment.start, segment.end);
    if (words.relativeSet.has(fold(text.trim().split(/\s+/)[0] ?? ''))) continue;
    if (wordCount(text) > MAX_INTRO_WORDS + 1) break;
    const closing = candidatesIn(scan, segment.start, segment.end).find((c) => masked.slice(c.end, segment.end).trim() === '');
    if (closing) head = closing.speaker;
  }
  return head ?? (immediateWords > 2 ? 'none' : null);
}

/** The speaker a cue points at. */
function speakerOf(scan: Scan, unit: Unit, cue: Cue): Speaker {
  const { words, masked } = scan;
  const limit = clauseEnd(scan, cue.end, unit.span.end);
  if (cue.attribution) {
    // "по его словам", "selon lui", "according to him": the pronoun stands for the last-named person.
    const own = fold(masked.slice(cue.start, cue.end)).split(/[\s-]+/);
    const alone = /^\s*[\p{L}'’]+\s*(?:[,.;:!?\u0000]|$)/u.test(masked.slice(cue.end, limit));
    if (own.some((t) => words.objectPronounSet.has(t)) || (alone && words.objectPronounSet.has(wordAfter(masked, cue.end, limit)))) return resolvePronoun(scan, cue.start);
    return speakerAfter(scan, cue.end, limit, true) ?? { kind: 'unknown' };
  }
  // Inverted French forms carry their subject: "a-t-il déclaré", "dit-elle".
  if (fold(masked.slice(cue.start, cue.end)).split(/[\s-]+/).some((t) => words.pronounSet.has(t))) return resolvePronoun(scan, cue.start);
  const before = speakerBefore(scan, unit, cue, limit);
  if (before === 'none') return { kind: 'unknown' };
  // "told The Libya Observer": the one told is the listener, whoever the subject was.
  if (before === null && cue.listener) return { kind: 'unknown' };
  return before ?? speakerAfter(scan, cue.end, limit, false) ?? { kind: 'unknown' };
}

/**
 * True when a tag verb stands where it reports speech: after a quote with at most a short subject between
 * ("«…», a lancé Kadhafi", "“…,” Haftar responded"), or before a colon and a quote, or a complementizer ("a répondu que").
 */
function isTagged(scan: Scan, verb: Span, unit: Span): boolean {
  const { masked } = scan;
  if (/^\s*:\s*\u0000/u.test(masked.slice(verb.end, verb.end + 8))) return true;
  if (scan.words.complementizers.has(wordAfter(masked, verb.end, unit.end))) return true;
  const clause = clauseStart(scan, unit.start, verb.start);
  const gap = masked.slice(Math.max(unit.start, clause - 8), clause);
  return /\u0000[\s,]*(?:[—–-][\s,]*)?$/u.test(gap) && wordCount(masked.slice(clause, verb.start)) <= MAX_TAG_SUBJECT_WORDS;
}

/**
 * True when a quote attribution opens its clause and a standalone quote follows its noun phrase and a comma
 * ("Pour X, « … »"), that phrase naming someone who can speak ("Pour la première fois, « … »" attributes nothing).
 */
function leadsQuote(scan: Scan, marker: Span, unit: Span): boolean {
  if (scan.masked.slice(clauseStart(scan, unit.start, marker.start), marker.start).trim() !== '') return false;
  const phrase = /^[^,.;:!?\u0000]*(?=,\s*\u0000)/u.exec(scan.masked.slice(marker.end, unit.end))?.[0];
  return phrase !== undefined && candidatesIn(scan, marker.end, marker.end + phrase.length, true).length > 0;
}

/** Verbs of saying and attributions in a span, outside quotes and set phrases ("so-called", "said to be"). */
function cuesIn(scan: Scan, span: Span): Cue[] {
  const { words, masked, hits } = scan;
  const blocked = within(hits.notSpeech, span.start, span.end);
  const free = (s: Span): boolean => !blocked.some((b) => overlaps(s, b));
  const attributions = [
    ...within(hits.attributions, span.start, span.end).filter(free),
    ...within(hits.quoteAttributions, span.start, span.end).filter((a) => free(a) && leadsQuote(scan, a, span)),
  ];
  // After an article the form is an adjective or a noun: "the announced deal", "l'annonce".
  const verbal = (v: Span): boolean => free(v) && !attributions.some((a) => overlaps(v, a)) && !words.determiners.has(tokensBefore(masked, v.start, 1)[0] ?? '');
  const verbs = [...within(hits.verbs, span.start, span.end).filter(verbal), ...within(hits.tagVerbs, span.start, span.end).filter((v) => verbal(v) && isTagged(scan, v, span))];
  return [
    ...verbs.map((v) => ({ ...v, attribution: false, listener: words.listenerSet.has(fold(masked.slice(v.start, v.end))) })),
    ...attributions.map((a) => ({ ...a, attribution: true, listener: false })),
  ].sort((a, b) => a.start - b.start);
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
  const plain = maskAbbreviations(text, words);
  const provisional = new Map(article.provisionalActors.map((a) => [a.id, a.type]));
  const provisionalNames = new Map(article.provisionalActors.map((a) => [a.id, a.name]));
  const quotesByParagraph = article.paragraphs.map((p) => findQuotes(plain, p, words));
  const masked = maskQuotes(plain, quotesByParagraph.flat());
  const mentions = [...article.actorMentions].sort((a, b) => a.span.start - b.span.start);
  const scan: Scan = {
    text,
    masked,
    words,
    hits: hitsOf(masked, words),
    boundaries: matchesIn(HARD_BOUNDARY, masked, 0, masked.length),
    mentions,
    mentionSpans: mentions.map((m) => m.span),
    sentences: article.sentences,
    typeOf: (id) => context.actors.byId.get(id)?.type ?? provisional.get(id),
    rolesOf: (id) => context.actors.byId.get(id)?.roles ?? [],
    namesOf: (id) => {
      const actor = context.actors.byId.get(id);
      return actor ? [actor.name, ...actor.aliases].join(' | ') : (provisionalNames.get(id) ?? '');
    },
    date: article.eventDate?.value ?? article.publication?.value ?? null,
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
    // Reported speech is the writer's sentence, in the article's language; only a quote may keep the speaker's.
    const language = quoted ? languageOf(claimText, article.language) : article.language;
    claims.push({ speaker: id, text: claimText, quoted, language, source: article.file, sentence });
  };

  article.paragraphs.forEach((paragraph, p) => {
    const sentences = article.sentences.filter((s) => s.start >= paragraph.start && s.end <= paragraph.end);
    const units = unitsOf(sentences, quotesByParagraph[p] ?? []);
    const consumed = new Set<Unit>();
    // The speaker of the quote just before, whose next quote needs no new attribution: "“…,” said X. “…”"
    let quoting: Speaker | null = null;
    units.forEach((unit, u) => {
      if (consumed.has(unit)) return;
      if (unit.quotes.length === 0) {
        quoting = null;
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
      speaker ??= quoting;
      quoting = speaker;
      // A quote nobody is said to have said is a title or a headline, not a claim.
      if (!speaker) return;
      for (const q of unit.quotes) add(speaker, text.slice(q.open + 1, q.close - 1).trim().replace(/[\s,;:]+$/u, ''), true, span);
    });
  });
  return { ...article, claims };
}
