// The actor registry prepared once per build for fast matching in every article, and the word
// machinery it rests on: a text is read as tokens (runs of letters and digits) folded for
// comparison, and phrases (aliases, titles, places) sit in a trie keyed on folded words, so
// finding every alias in an article is one walk per token whatever the size of the registry.
// Russian inflects names ("Хафтаром", "Ливии"), so Cyrillic words are keyed on a stem and a
// token matches it when what follows the stem is a case ending.
import type { ActorType, RegistryActor } from '../schemas/actor.ts';
import { LETTER_DIGIT_OR_MARK, nextWordStart, wordEnd } from './word-characters.ts';

/** A word of a text: a run of letters, digits and combining marks, with where it stands. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-case, diacritics stripped (é → e, ï → i, ё → е; й is kept: it is a letter of its own). */
  fold: string;
  start: number;
  end: number;
  /** What separates it from the previous token: '' for spaces or hyphens on one line, '\n' across lines (and for the first token), else the punctuation (apostrophes written '). */
  gap: string;
  /** Joined to the previous token by a hyphen alone ("al-Sarraj", "Yunus-bek"). */
  hyphen: boolean;
  /** Starts with a capital letter. */
  upper: boolean;
  /** Starts with a digit. */
  digit: boolean;
  /** Starts with a Cyrillic letter: read with Russian case endings. */
  cyrillic: boolean;
  /** For a Cyrillic token, every stem it may be read as (`cyrillicStems`); empty otherwise. */
  stems: readonly string[];
}

/** A phrase stored in a trie, with the value it stands for. */
export interface PhraseEntry<T> {
  value: T;
  /** The phrase as written in the list or registry. */
  text: string;
  /** Its words as written. */
  words: readonly string[];
  /** The gap before each word after the first, as `Token.gap`: a text's gaps must be the same. */
  gaps: readonly string[];
  /** All-caps phrases (acronyms: "LNA", "UN", "TASS") match only as written. */
  caseSensitive: boolean;
}

interface TrieNode<T> {
  exact: Map<string, TrieNode<T>>;
  /** Cyrillic words by stem: a token matches when the rest of it is a case ending. */
  stems: Map<string, TrieNode<T>>;
  entries: PhraseEntry<T>[];
}

/** Phrases keyed on their folded words. */
export interface PhraseTrie<T> {
  root: TrieNode<T>;
}

/** A phrase found in a token list: tokens `start` to `end` (exclusive). */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  entry: PhraseEntry<T>;
}

/** What an alias stands for. */
export interface AliasTarget {
  actorId: string;
  type: ActorType;
}

export interface ActorIndex {
  /** Registry entries by id. */
  byId: ReadonlyMap<string, RegistryActor>;
  /** Every name and alias of every actor, as a trie of folded words. */
  aliases: PhraseTrie<AliasTarget>;
  /** Every name and alias as folded words joined by spaces: a name found in a text that is one is never provisional. */
  aliasKeys: ReadonlySet<string>;
  /** Actor id → the folded words of all its names: tells "Khalifa Khaftar" (his) from "Saddam Haftar" (not his). */
  nameWords: ReadonlyMap<string, ReadonlySet<string>>;
}

const ASCII = /^[\x00-\x7f]*$/;
const SPACES_AND_HYPHENS = /[\s\u00a0\u00ad\u2000-\u200b\u202f\u2060\ufeff\-\u2010\u2011]+/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;
const UPPER = /^[\p{Lu}\p{Lt}]/u;
const DIGIT = /^\p{N}/u;
const LOWER_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/gu;

const foldCache = new Map<string, string>();

/** A word folded for comparison: lower-case, diacritics stripped, й kept. */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  // NFD splits й into и + breve: put it back before the marks go, ё → е and é → e stay stripped.
  const folded = word.toLowerCase().normalize('NFD').replace(/и\u0306/g, 'й').replace(/\p{M}/gu, '');
  // The cache serves the recurring vocabulary of a corpus; a cap keeps a long build from growing it forever.
  if (foldCache.size > 200_000) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

/** The gap between two tokens, normalised as `Token.gap` describes. */
function normalizeGap(raw: string): string {
  if (raw.includes('\n')) return '\n';
  return raw.replace(SPACES_AND_HYPHENS, '').replace(APOSTROPHES, "'");
}

/** The tokens of a text, in order, with their offsets and gaps. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  // A word is a run of letters, digits and combining marks (`[\p{L}\p{N}\p{M}]+`), found by table.
  for (let start = nextWordStart(text, 0, LETTER_DIGIT_OR_MARK); start < text.length; start = nextWordStart(text, previousEnd, LETTER_DIGIT_OR_MARK)) {
    const word = text.slice(start, wordEnd(text, start, LETTER_DIGIT_OR_MARK));
    let gap = '\n';
    let hyphen = false;
    if (previousEnd >= 0 && start - previousEnd === 1) {
      // A single space or hyphen is the commonest gap: answer it by code.
      const between = text.charCodeAt(previousEnd);
      hyphen = between === 45 || between === 0x2010 || between === 0x2011;
      gap = between === 32 || hyphen ? '' : normalizeGap(text.charAt(previousEnd));
    } else if (previousEnd >= 0) {
      gap = normalizeGap(text.slice(previousEnd, start));
    }
    const code = word.charCodeAt(0);
    // ASCII answers by code; other scripts by Unicode property.
    const ascii = code < 128;
    const cyrillic = code >= 0x400 && code <= 0x4ff;
    const fold = foldWord(word);
    tokens.push({
      text: word,
      fold,
      start,
      end: start + word.length,
      gap,
      hyphen,
      upper: ascii ? code >= 65 && code <= 90 : UPPER.test(word),
      digit: ascii ? code >= 48 && code <= 57 : DIGIT.test(word),
      cyrillic,
      stems: cyrillic ? cyrillicStems(fold) : [],
    });
    previousEnd = start + word.length;
  }
  return tokens;
}

/** A phrase's folded words joined by spaces: the key `ActorIndex.aliasKeys` holds. */
export function phraseKey(tokens: readonly Token[]): string {
  return tokens.map((token) => token.fold).join(' ');
}

// Case endings of Russian nouns and adjectives (ё folded to е); '' stands for the word as it is.
const CASE_ENDINGS = new Set([
  '', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'й', 'ь',
  'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее',
  'ые', 'ие', 'ую', 'юю', 'ым', 'им', 'ых', 'их', 'ия', 'ию', 'ии',
  'ого', 'его', 'ому', 'ему', 'ами', 'ями', 'ыми', 'ими', 'ием',
]);
// Two-letter endings of a nominative adjective ("ливийская", "российский"), and of nouns in -ие.
const LONG_ENDINGS = ['ая', 'яя', 'ое', 'ее', 'ый', 'ий', 'ой', 'ые', 'ие'];
const FINAL_VOWEL = /[аяоеыиуюйь]$/;
/** Fewest letters a Cyrillic stem keeps: shorter ones would match unrelated words. */
const MIN_STEM = 3;

/** The stem a Cyrillic word is keyed on: its nominative ending taken off ("ливия" → "ливи", "ливийская" → "ливийск"). */
export function cyrillicStem(fold: string): string {
  for (const ending of LONG_ENDINGS) {
    if (fold.endsWith(ending) && fold.length - 2 >= MIN_STEM) return fold.slice(0, -2);
  }
  if (FINAL_VOWEL.test(fold) && fold.length - 1 >= MIN_STEM) return fold.slice(0, -1);
  return fold;
}

/** Every stem a Cyrillic token may be read as: itself, and itself less a case ending. */
export function cyrillicStems(fold: string): string[] {
  const stems = [fold];
  for (let cut = 1; cut <= 3 && fold.length - cut >= MIN_STEM; cut++) {
    if (CASE_ENDINGS.has(fold.slice(fold.length - cut))) stems.push(fold.slice(0, fold.length - cut));
  }
  return stems;
}

/** A trie node with no children and no phrase ending at it. */
function emptyNode<T>(): TrieNode<T> {
  return { exact: new Map(), stems: new Map(), entries: [] };
}

/** True for an all-caps phrase of two letters or more: an acronym. */
function isAcronym(phrase: string): boolean {
  return !LOWER_LETTER.test(phrase) && (phrase.match(LETTER)?.length ?? 0) >= 2;
}

/** A trie of phrases, each with its value; phrases without a letter or digit are skipped. */
export function buildPhraseTrie<T>(phrases: Iterable<readonly [string, T]>): PhraseTrie<T> {
  const root = emptyNode<T>();
  for (const [phrase, value] of phrases) {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) continue;
    const caseSensitive = isAcronym(phrase);
    let node = root;
    for (const token of tokens) {
      const inflected = token.cyrillic && !caseSensitive && token.fold.length >= MIN_STEM;
      const map = inflected ? node.stems : node.exact;
      const key = inflected ? cyrillicStem(token.fold) : token.fold;
      let child = map.get(key);
      if (!child) {
        child = emptyNode<T>();
        map.set(key, child);
      }
      node = child;
    }
    node.entries.push({
      value,
      text: phrase,
      words: tokens.map((token) => token.text),
      gaps: tokens.slice(1).map((token) => token.gap),
      caseSensitive,
    });
  }
  return { root };
}

/** True when the tokens from `start` are the entry as written: same gaps, and same letters for an acronym. */
function fits<T>(entry: PhraseEntry<T>, tokens: readonly Token[], start: number): boolean {
  for (let k = 1; k < entry.words.length; k++) {
    if (tokens[start + k]?.gap !== entry.gaps[k - 1]) return false;
  }
  if (!entry.caseSensitive) return true;
  return entry.words.every((word, k) => tokens[start + k]?.text === word);
}

/** The deepest end of a phrase below `node` that fits the tokens from `start`, or `best`. */
function deepest<T>(node: TrieNode<T>, tokens: readonly Token[], start: number, index: number, best: PhraseMatch<T> | null): PhraseMatch<T> | null {
  let found = best;
  if (index > start && (found === null || index > found.end)) {
    const entry = node.entries.find((candidate) => fits(candidate, tokens, start));
    if (entry) found = { start, end: index, entry };
  }
  const token = tokens[index];
  // A phrase never runs across a line: a paragraph or list item ends it.
  if (!token || (index > start && token.gap === '\n')) return found;
  const exact = node.exact.get(token.fold);
  if (exact) found = deepest(exact, tokens, start, index + 1, found);
  if (node.stems.size > 0) {
    for (const stem of token.stems) {
      const child = node.stems.get(stem);
      if (child) found = deepest(child, tokens, start, index + 1, found);
    }
  }
  return found;
}

/** The longest phrase of the trie that starts at token `start` (the first that fits, among equals), or null. */
export function matchPhrase<T>(trie: PhraseTrie<T>, tokens: readonly Token[], start: number): PhraseMatch<T> | null {
  const token = tokens[start];
  // Most tokens open no phrase: one lookup answers them.
  if (!token || (!trie.root.exact.has(token.fold) && (token.stems.length === 0 || trie.root.stems.size === 0))) return null;
  return deepest(trie.root, tokens, start, start, null);
}

/** Indexes the registry: done once, reused for every article. */
export function buildActorIndex(registry: readonly RegistryActor[]): ActorIndex {
  const phrases: (readonly [string, AliasTarget])[] = [];
  const aliasKeys = new Set<string>();
  const nameWords = new Map<string, Set<string>>();
  for (const actor of registry) {
    const words = new Set<string>();
    for (const name of new Set([actor.name, ...actor.aliases])) {
      const tokens = tokenize(name);
      if (tokens.length === 0) continue;
      phrases.push([name, { actorId: actor.id, type: actor.type }]);
      aliasKeys.add(phraseKey(tokens));
      for (const token of tokens) words.add(token.fold);
    }
    nameWords.set(actor.id, words);
  }
  return {
    byId: new Map(registry.map((actor) => [actor.id, actor])),
    aliases: buildPhraseTrie(phrases),
    aliasKeys,
    nameWords,
  };
}
