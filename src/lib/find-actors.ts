// Finds who acts in an article: every registry actor named in the cleaned body, and the people
// and organisations the registry does not know yet. Registry aliases are matched first (longest
// wins); the capitalised names left over become actors only on evidence a reader would accept:
// a title before them, a verb of saying of which they are the subject, or an organisation's head
// noun. A bare surname links back to the person named in full before it. Captions and removed
// furniture are never read: an actor named only there is not an actor of the article.
import type { Span } from '../schemas/event.ts';
import type { ActorMention, Article, PipelineContext, ProvisionalActor } from './article.ts';
import {
  buildPhraseTrie,
  cyrillicStems,
  matchPhrase,
  phraseKey,
  tokenize,
  type ActorIndex,
  type AliasTarget,
  type PhraseMatch,
  type PhraseTrie,
  type Token,
} from './actor-index.ts';
import { locales, localeFor } from './locales/index.ts';
import type { Locale } from './locales/types.ts';
import { slug } from './slug.ts';

type ProvisionalType = ProvisionalActor['type'];

/** The folded key of each phrase of a list ("Lt. Gen." → "lt gen"). */
const keysOf = (phrases: readonly string[]): Set<string> => new Set(phrases.map((phrase) => phraseKey(tokenize(phrase))));
const trieOf = <T>(phrases: readonly string[], value: (phrase: string) => T): PhraseTrie<T> =>
  buildPhraseTrie(phrases.map((phrase) => [phrase, value(phrase)] as const));

// Titles, places, stop words and speech verbs are read in every language at once: a French
// article quotes "General Haftar", a Russian one names "Триполи" and "Tripoli" alike.
const TITLES = trieOf(locales.flatMap((l) => l.names.personTitles), (title) => title.endsWith('.'));
const PLACES = trieOf(locales.flatMap((l) => l.names.places), () => true);
const VERBS = trieOf(locales.flatMap((l) => l.speech.speechVerbs), () => true);
const NOT_SPEECH = trieOf(locales.flatMap((l) => l.speech.notSpeech), () => true);
const STOP_WORDS = keysOf(
  locales.flatMap((l) => [
    ...l.names.stopWords,
    ...Object.keys(l.dates.months),
    ...Object.keys(l.dates.weekdays),
    ...l.speech.pronouns,
    ...l.speech.anonymousSources,
  ]),
);
const ARTICLES = keysOf(locales.flatMap((l) => l.speech.definiteArticles));
const PARTICLES = keysOf(locales.flatMap((l) => l.names.particles));
const COMPLEMENT_WORDS = keysOf(locales.flatMap((l) => l.names.complementWords));

/** A whole line folded for the credit patterns: lower-case, accents stripped, apostrophes straight. */
const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => [...new Set(words.map(fold))].sort((a, b) => b.length - a.length).map(escape).join('|');
const BYLINE = new RegExp(`(?:^|[;|])\\s*(?:${alternation(locales.flatMap((l) => l.furniture.bylines))})\\s*:?\\s*$`, 'u');
const PHOTO_CREDIT = new RegExp(`(?:^|[\\s(\\[|])(?:${alternation(locales.flatMap((l) => l.furniture.photoCredits))})\\s*[:/]`, 'u');
/** Punctuation that closes a quote or clause before an inverted "…," said X. */
const INVERSION_GAP = /^[,»”"“—–]+$/u;
/** Gaps allowed inside an appositive ", the commander of …,". */
const APPOSITIVE_GAP = /^['()]*$/u;
/** Gaps after which a Russian inverted subject ends ("заявил Андрей Аверьянов."). */
const CLAUSE_END = /^[.,;:!?…»”"]/u;

/** Most capitalised words in a person's name. */
const MAX_NAME_WORDS = 4;
/** Most words an appositive may hold between its commas. */
const MAX_APPOSITIVE = 15;
/** Most words of a title's complement ("to Libya", "России в Ливии"). */
const MAX_COMPLEMENT = 6;
/** Most words added after an organisation's head ("of Foreign Affairs", "présidentiel"). */
const MAX_ORG_TAIL = 6;

/** The rules for organisation names in one language. */
interface OrganizationRules {
  heads: PhraseTrie<ProvisionalType>;
  headPosition: 'first' | 'last';
  connectors: Set<string>;
  modifierEndings: readonly string[];
  notModifierEndings: readonly string[];
}

/** One language's organisation rules, from its name words. */
function organizationRules(locale: Locale): OrganizationRules {
  const { names } = locale;
  return {
    heads: buildPhraseTrie([
      ...names.organizationHeads.map((head) => [head, 'organization'] as const),
      ...names.armedGroupHeads.map((head) => [head, 'armed-group'] as const),
    ]),
    headPosition: names.headPosition,
    connectors: keysOf(names.connectors),
    modifierEndings: names.modifierEndings.map(fold),
    notModifierEndings: names.notModifierEndings.map(fold),
  };
}

const ORGANIZATION_RULES = new Map(locales.map((locale) => [locale.code, organizationRules(locale)]));
const ENGLISH_RULES = organizationRules(localeFor('en'));

/** A title, or a chain of them ("Deputy" "Defence Minister"), ending just before a token. */
interface TitleChain {
  start: number;
  end: number;
  /** The last title is written with a full stop ("Gen."): the name may follow the stop. */
  abbreviated: boolean;
}

/** What the stage knows about one article while it reads it. */
interface Reading {
  text: string;
  tokens: Token[];
  index: ActorIndex;
  rules: OrganizationRules;
  /** Registry match covering each token, or -1; set again once other bearers of a surname are given back. */
  covered: Int32Array;
  /** 1 for tokens inside a place name. */
  inPlace: Uint8Array;
  /** 1 for the first token of a sentence or line. */
  sentenceStart: Uint8Array;
  /** 1 for tokens inside a phrase that holds a speech verb but reports no speech ("so-called", "said to be"). */
  notSpeech: Uint8Array;
  /** Folded words the article also writes in lower case: common words, whatever their capital at a sentence's start. */
  lowerForms: Set<string>;
  /** Title chains by the token they end before. */
  titleBefore: Map<number, TitleChain>;
  /** Speech verbs by start token, and by the token they end before. */
  verbAt: Map<number, PhraseMatch<boolean>>;
  verbBefore: Map<number, PhraseMatch<boolean>>;
}

/** A capitalised name the article gives without the registry knowing it, with its evidence. */
interface Candidate {
  start: number;
  end: number;
  type: ProvisionalType;
  evidence: string;
}

const tokenText = (reading: Reading, start: number, end: number): string =>
  reading.text.slice(reading.tokens[start]?.start ?? 0, reading.tokens[end - 1]?.end ?? 0);

/** Every registry alias in the text: the longest first, then the earliest; overlapping shorter ones dropped. */
function registryMatches(tokens: readonly Token[], index: ActorIndex): PhraseMatch<AliasTarget>[] {
  const found: PhraseMatch<AliasTarget>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhrase(index.aliases, tokens, i);
    if (match) found.push(match);
  }
  const length = (m: PhraseMatch<AliasTarget>) => (tokens[m.end - 1]?.end ?? 0) - (tokens[m.start]?.start ?? 0);
  found.sort((a, b) => length(b) - length(a) || a.start - b.start);
  const taken = new Uint8Array(tokens.length);
  const chosen: PhraseMatch<AliasTarget>[] = [];
  for (const match of found) {
    if (taken.subarray(match.start, match.end).some((t) => t === 1)) continue;
    taken.fill(1, match.start, match.end);
    chosen.push(match);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Title chains by the token they end before; a chain holds no registry name. */
function titleChains(tokens: readonly Token[], covered: Int32Array): Map<number, TitleChain> {
  const chains = new Map<number, TitleChain>();
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhrase(TITLES, tokens, i);
    if (!match || covered.subarray(match.start, match.end).some((c) => c >= 0)) continue;
    const previous = chains.get(i);
    const chained = previous && (tokens[i]?.gap === '' || (previous.abbreviated && tokens[i]?.gap === '.'));
    const chain = { start: chained ? previous.start : i, end: match.end, abbreviated: match.entry.value };
    const existing = chains.get(match.end);
    if (!existing || existing.start > chain.start) chains.set(match.end, chain);
  }
  return chains;
}

/** The tokens each matched phrase of a trie covers, as 1s. */
function coverage(tokens: readonly Token[], trie: PhraseTrie<boolean>): Uint8Array {
  const cover = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhrase(trie, tokens, i);
    if (match) cover.fill(1, match.start, match.end);
  }
  return cover;
}

/** The first token of every sentence, and of every line. */
function sentenceStarts(tokens: readonly Token[], sentences: readonly Span[]): Uint8Array {
  const starts = new Uint8Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.gap === '\n') starts[i] = 1;
    while (s < sentences.length && (sentences[s]?.start ?? Infinity) <= token.start) {
      starts[i] = 1;
      s++;
    }
  }
  return starts;
}

/**
 * A one-word person alias right after a capitalised word foreign to that actor's names is
 * someone else of the family: "Saddam Haftar" is not Khalifa, "Saif al-Islam Gaddafi" not Muammar.
 * "Khalifa Khaftar", "Marshal Haftar", "Monday Haftar" keep their match.
 */
function isOtherBearer(reading: Reading, match: PhraseMatch<AliasTarget>, matchedBy: Int32Array): boolean {
  const { tokens, index } = reading;
  if (match.entry.value.type !== 'person' || match.end - match.start !== 1) return false;
  let before = match.start - 1;
  if (tokens[match.start]?.gap !== '') return false;
  // "Saif al-Islam Gaddafi": look past a particle to the word it belongs to.
  if (before >= 0 && PARTICLES.has(tokens[before]?.fold ?? '') && tokens[before]?.gap === '') before--;
  const previous = tokens[before];
  if (!previous?.upper || (matchedBy[before] ?? -1) >= 0 || reading.inPlace[before] === 1) return false;
  if (STOP_WORDS.has(previous.fold) || reading.titleBefore.has(match.start)) return false;
  if (reading.sentenceStart[before] === 1 && reading.lowerForms.has(previous.fold)) return false;
  return !(index.nameWords.get(match.entry.value.actorId)?.has(previous.fold) ?? false);
}

/** True when a lower-case word may belong to a name after its head, or to a title's complement ("présidentiel", "обороны"). */
function isModifier(reading: Reading, i: number): boolean {
  const token = reading.tokens[i];
  if (!token || token.upper || token.digit || reading.verbAt.has(i)) return false;
  const { modifierEndings, notModifierEndings } = reading.rules;
  return modifierEndings.some((e) => token.fold.endsWith(e)) && !notModifierEndings.some((e) => token.fold.endsWith(e));
}

/** True when a token may continue a name: capitalised, a digit, a particle before a capital, a hyphenated part ("Yunus-bek"), or a word after an initial ("John F. Kennedy"). */
function continuesName(tokens: readonly Token[], covered: Int32Array, i: number): boolean {
  const token = tokens[i];
  if (!token || (covered[i] ?? -1) >= 0) return false;
  const previous = tokens[i - 1];
  const afterInitial = token.gap === '.' && token.upper && previous !== undefined && previous.upper && previous.text.length === 1;
  if (token.gap !== '' && !afterInitial) return false;
  if (token.upper || token.digit) return true;
  const next = tokens[i + 1];
  const beforeCapital = next !== undefined && next.upper && next.gap === '' && (covered[i + 1] ?? -1) < 0;
  return beforeCapital && (PARTICLES.has(token.fold) || token.hyphen);
}

/** Runs of capitalised tokens no registry alias covers, as [start, end) token ranges. */
function nameRuns(reading: Reading): [number, number][] {
  const { tokens, covered } = reading;
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || (covered[i] ?? -1) >= 0) continue;
    const next = tokens[i + 1];
    // A particle opens a name only when hyphenated to it: "al-Mesmari", not "de Moscou".
    const opensWithParticle = PARTICLES.has(token.fold) && next !== undefined && next.upper && next.hyphen && (covered[i + 1] ?? -1) < 0;
    if (!token.upper && !token.digit && !opensWithParticle) continue;
    let end = i + 1;
    while (end < tokens.length && continuesName(tokens, covered, end)) end++;
    runs.push([i, end]);
    i = end - 1;
  }
  return runs;
}

/** The first token of a run that can belong to a name: sentence-initial common words and stop words are left out. */
function nameStart(reading: Reading, start: number, end: number): number {
  let s = start;
  while (s < end) {
    const token = reading.tokens[s];
    if (!token) break;
    const common = STOP_WORDS.has(token.fold) || (reading.sentenceStart[s] === 1 && reading.lowerForms.has(token.fold));
    if (!common) break;
    s++;
  }
  // A particle left at the front ("de" of "De Moscou") opens no name either.
  while (s < end && !reading.tokens[s]?.upper && !reading.tokens[s]?.digit && !reading.tokens[s + 1]?.hyphen) s++;
  return s;
}

/**
 * Where an organisation's name ends after its head: capitals and digits, words joined by a
 * connector to a capital ("of Interior", "de l'Intérieur"), and, in languages that have them,
 * adjectives and genitives ("présidentiel", "обороны"). Capitals follow the head directly only
 * where the language puts it first ("Brigade Tarek Ben Ziyad"); English keeps "Council Chairman X" apart.
 */
function organizationTail(reading: Reading, from: number, capitalsFollow: boolean, modifiers: boolean): number {
  const { tokens, covered, rules } = reading;
  let end = from;
  let afterConnector = false;
  let afterCapital = false;
  for (let j = from; j < tokens.length && j - from < MAX_ORG_TAIL; j++) {
    const token = tokens[j];
    if (!token || (covered[j] ?? -1) >= 0 || reading.inPlace[j] === 1) break;
    const elided = token.gap === "'" && afterConnector;
    if (token.gap !== '' && !elided) break;
    if (token.digit || (token.upper && (capitalsFollow || afterConnector || afterCapital))) {
      end = j + 1;
      afterCapital = token.upper;
      afterConnector = false;
    } else if (!token.upper && rules.connectors.has(token.fold)) {
      afterConnector = true;
      afterCapital = false;
    } else if (modifiers && !afterConnector && isModifier(reading, j)) {
      end = j + 1;
      afterCapital = false;
    } else {
      break;
    }
  }
  return end;
}

/** The organisation a run names, by its head noun, or null. */
function organizationIn(reading: Reading, start: number, end: number): Candidate | null {
  const { tokens, rules } = reading;
  if (rules.headPosition === 'last') {
    // "Tripoli Protection Force", "444 Brigade", "Ministry of Interior", "Brigade 444".
    for (let k = end - 1; k >= start; k--) {
      const head = matchPhrase(rules.heads, tokens, k);
      if (!head || head.end !== k + 1) continue;
      const afterDigits = tokens.slice(k + 1, end).every((t) => t.digit);
      if (!afterDigits) return null;
      const tail = organizationTail(reading, end, false, false);
      const last = Math.max(end, tail);
      if (last - start < 2) return null;
      return { start, end: last, type: head.entry.value, evidence: tokens[k]?.text ?? '' };
    }
    return null;
  }
  // "Brigade 444", "Conseil présidentiel", "Министерство обороны".
  const head = matchPhrase(rules.heads, tokens, start);
  if (!head || head.end !== start + 1) return null;
  const last = Math.max(end, organizationTail(reading, start + 1, true, true));
  if (last - start < 2) return null;
  return { start, end: last, type: head.entry.value, evidence: tokens[start]?.text ?? '' };
}

/**
 * True when a registry actor's possessive stands before token `start`: "Russia's Foreign Ministry",
 * "China's Air Force" describe a body of a known actor rather than name a new one.
 */
function isPossessed(reading: Reading, start: number): boolean {
  const { tokens, covered } = reading;
  const s = tokens[start - 1];
  return tokens[start]?.gap === '' && s?.fold === 's' && s.gap === "'" && (covered[start - 2] ?? -1) >= 0;
}

/** The title chain before a name, directly ("General Ahmed Salem") or over a complement ("Ambassador to Libya Ivan …"). */
function titleBeforeName(reading: Reading, start: number): TitleChain | null {
  const { tokens, covered, titleBefore } = reading;
  const direct = titleBefore.get(start);
  const first = tokens[start];
  if (direct && (first?.gap === '' || (direct.abbreviated && first?.gap === '.'))) return direct;
  let sawComplement = false;
  for (let j = start - 1; j >= 0 && start - j <= MAX_COMPLEMENT; j--) {
    const gap = tokens[j + 1]?.gap;
    if (gap !== '' && gap !== "'") return null;
    const token = tokens[j];
    if (!token) return null;
    const content = (covered[j] ?? -1) >= 0 || reading.inPlace[j] === 1 || isModifier(reading, j);
    if (!content && !(COMPLEMENT_WORDS.has(token.fold) && !token.upper)) return null;
    sawComplement ||= content;
    const chain = titleBefore.get(j);
    if (chain && sawComplement && (tokens[j]?.gap === '' || tokens[j]?.gap === "'")) return chain;
  }
  return null;
}

/** A speech verb whose subject is the name ending before token `end` and led by token `lead` (its title, if any), as written, or null. */
function speechVerbOf(reading: Reading, end: number, lead: number): string | null {
  const { tokens, verbAt, verbBefore } = reading;
  const spoken = (verb: PhraseMatch<boolean> | undefined) => verb !== undefined && !reading.notSpeech.subarray(verb.start, verb.end).includes(1);
  const written = (verb: PhraseMatch<boolean>) => tokenText(reading, verb.start, verb.end);
  // "Ahmed Salem said", "Андрей Аверьянов заявил".
  const after = verbAt.get(end);
  if (after && spoken(after) && tokens[end]?.gap === '' && !tokens[end]?.upper) return written(after);
  // "Ahmed Salem, the commander of …, said".
  if (tokens[end]?.gap === ',') {
    for (let k = end + 1; k < tokens.length && k - end <= MAX_APPOSITIVE; k++) {
      const gap = tokens[k]?.gap ?? '\n';
      if (gap === ',') {
        const verb = verbAt.get(k);
        if (verb && spoken(verb)) return written(verb);
        break;
      }
      if (!APPOSITIVE_GAP.test(gap)) break;
    }
  }
  // '"…," said Ahmed Salem', '», a déclaré Jean Dupont', '», — заявил Андрей Аверьянов'.
  const before = verbBefore.get(lead);
  if (before && spoken(before) && tokens[lead]?.gap === '') {
    const opensClause = INVERSION_GAP.test(tokens[before.start]?.gap ?? '');
    // Russian puts the subject after the verb freely; the name must then close the clause ("Об этом заявил Андрей Аверьянов.").
    const russian = tokens[before.start]?.cyrillic === true && (end >= tokens.length || CLAUSE_END.test(tokens[end]?.gap ?? '') || tokens[end]?.gap === '\n');
    if (opensClause || russian) return written(before);
  }
  return null;
}

/** True when a name stands in a byline or a photo credit ("By John Smith", "Photo: Reuters/Ahmed Jadallah"). */
function isCredit(reading: Reading, start: number): boolean {
  const offset = reading.tokens[start]?.start ?? 0;
  const line = fold(reading.text.slice(reading.text.lastIndexOf('\n', offset - 1) + 1, offset));
  return BYLINE.test(line) || PHOTO_CREDIT.test(line);
}

/** True when the name [start, end) is a place, or an alias of a registry actor written so that it did not match ("Tass" for "TASS"). */
function isPlaceOrAlias(reading: Reading, start: number, end: number): boolean {
  const place = matchPhrase(PLACES, reading.tokens, start);
  if (place && place.end === end) return true;
  return reading.index.aliasKeys.has(phraseKey(reading.tokens.slice(start, end)));
}

/** The person a run names, with the title or speech verb that shows it, or null. */
function personIn(reading: Reading, start: number, end: number): Candidate | null {
  const { tokens } = reading;
  // A capitalised title inside the run ("Foreign Minister Najla Mangoush"): the name follows its last one.
  // A run that ends in a title ("Deputy Defence Minister", before a registry name) names no one.
  let nameFrom = start;
  let chain: TitleChain | null = null;
  for (let p = end; p > start; p--) {
    const inner = reading.titleBefore.get(p);
    if (inner) {
      nameFrom = p;
      chain = inner;
      break;
    }
  }
  if (nameFrom === end) return null;
  chain ??= titleBeforeName(reading, nameFrom);
  const name = tokens.slice(nameFrom, end);
  const words = name.filter((t) => t.upper).length;
  if (words === 0 || words > MAX_NAME_WORDS || name.some((t) => t.digit)) return null;
  if (name.every((t) => STOP_WORDS.has(t.fold))) return null;
  if (isPlaceOrAlias(reading, nameFrom, end)) return null;
  // Checked last, being the dearest: a byline or credit is evidence of nothing.
  const candidate = evidenceFor(reading, chain, nameFrom, end, words);
  return candidate && !isCredit(reading, chain?.start ?? nameFrom) ? candidate : null;
}

/** The person the name [nameFrom, end) is, on the evidence of its title or a speech verb, or null. */
function evidenceFor(reading: Reading, chain: TitleChain | null, nameFrom: number, end: number, words: number): Candidate | null {
  const { tokens } = reading;
  const name = tokens.slice(nameFrom, end);
  const previous = tokens[nameFrom - 1];
  const afterArticle = previous !== undefined && tokens[nameFrom]?.gap === '' && ARTICLES.has(previous.fold);
  if (chain) {
    const title = tokenText(reading, chain.start, chain.end);
    const capitalised = tokens[chain.start]?.upper === true && reading.sentenceStart[chain.start] !== 1;
    // A lower-case title before one capitalised word is an adjective more often than a title: "a major Russian deal".
    if (words >= 2 || capitalised) return { start: nameFrom, end, type: 'person', evidence: title };
  }
  // "The Libyans said", "the Moscow Times reported": a name after an article is not a person's.
  if (afterArticle) return null;
  const lead = chain ? chain.start : nameFrom;
  const verb = speechVerbOf(reading, end, lead);
  if (!verb) return null;
  // "But Salem said": one word after a stop word is too thin without a title.
  if (words === 1 && previous !== undefined && tokens[nameFrom]?.gap === '' && STOP_WORDS.has(previous.fold)) return null;
  // An acronym that speaks is an agency or outlet: "TASS reported".
  const acronym = name.some((t) => t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text));
  return { start: nameFrom, end, type: acronym ? 'organization' : 'person', evidence: verb };
}

/** The keys a later bare surname is looked up by: its last word, with a particle before it, and its Russian stems. */
function surnameKeys(tokens: readonly Token[], start: number, end: number): string[] {
  const last = tokens[end - 1];
  if (!last || last.fold.length < 3 || STOP_WORDS.has(last.fold) || end - start < 2) return [];
  const keys = last.cyrillic ? cyrillicStems(last.fold) : [last.fold];
  const particle = tokens[end - 2];
  if (end - 2 > start && particle && PARTICLES.has(particle.fold)) keys.push(`${particle.fold} ${last.fold}`);
  return keys;
}

/** The keys a bare name is looked up by among known surnames. */
function lookupKeys(tokens: readonly Token[], start: number, end: number): string[] {
  const last = tokens[end - 1];
  if (!last) return [];
  if (end - start === 1) return last.cyrillic ? cyrillicStems(last.fold) : [last.fold];
  if (end - start === 2 && PARTICLES.has(tokens[start]?.fold ?? '')) return [phraseKey(tokens.slice(start, end))];
  return [];
}

/** The index of the sentence holding `offset`: the last one starting at or before it, -1 before the first. */
function sentenceOf(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.start ?? Infinity) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The id for a provisional actor: its slug, with a number added only when a registry id has it. */
function provisionalId(name: string, index: ActorIndex): string {
  const base = slug(name);
  if (!index.byId.has(base)) return base;
  let n = 2;
  while (index.byId.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Fills the article's actor mentions (sorted by start) and the actors it names that the registry does not know. */
export function findActors(article: Article, context: PipelineContext): Article {
  const { text } = article;
  const index = context.actors;
  const tokens = tokenize(text);
  const matches = registryMatches(tokens, index);
  const matchedBy = new Int32Array(tokens.length).fill(-1);
  matches.forEach((match, m) => matchedBy.fill(m, match.start, match.end));

  const verbAt = new Map<number, PhraseMatch<boolean>>();
  const verbBefore = new Map<number, PhraseMatch<boolean>>();
  for (let i = 0; i < tokens.length; i++) {
    const verb = matchPhrase(VERBS, tokens, i);
    if (!verb || (matchedBy[i] ?? -1) >= 0) continue;
    verbAt.set(i, verb);
    // "a déclaré" and "déclare" fold alike: the longer verb ending at a token is the one read.
    if (!verbBefore.has(verb.end)) verbBefore.set(verb.end, verb);
  }
  const reading: Reading = {
    text,
    tokens,
    index,
    // Organisation names follow the article's language: where the head noun stands differs.
    rules: ORGANIZATION_RULES.get(localeFor(article.language).code) ?? ENGLISH_RULES,
    covered: matchedBy,
    inPlace: coverage(tokens, PLACES),
    sentenceStart: sentenceStarts(tokens, article.sentences),
    notSpeech: coverage(tokens, NOT_SPEECH),
    lowerForms: new Set(tokens.filter((t) => !t.upper && !t.digit).map((t) => t.fold)),
    titleBefore: titleChains(tokens, matchedBy),
    verbAt,
    verbBefore,
  };

  // A registry match that is another bearer of the surname gives its tokens back to the name finder.
  const kept = matches.filter((match) => !isOtherBearer(reading, match, matchedBy));
  const covered = new Int32Array(tokens.length).fill(-1);
  kept.forEach((match, m) => covered.fill(m, match.start, match.end));
  reading.covered = covered;

  const mentions: ActorMention[] = [];
  const provisional = new Map<string, ProvisionalActor>();
  const knownNames = new Map<string, string>();
  const surnames = new Map<string, string>();
  const mention = (actorId: string, start: number, end: number) => {
    const span = { start: tokens[start]?.start ?? 0, end: tokens[end - 1]?.end ?? 0 };
    mentions.push({ actorId, text: text.slice(span.start, span.end), span, sentence: sentenceOf(article.sentences, span.start) });
  };
  const introduce = (actorId: string, start: number, end: number) => {
    for (const key of surnameKeys(tokens, start, end)) surnames.set(key, actorId);
  };

  for (const match of kept) mention(match.entry.value.actorId, match.start, match.end);
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
      const name = tokenText(reading, organization.start, organization.end);
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
    const person = personIn(reading, start, runEnd);
    const nameFrom = person?.start ?? start;
    const surname = lookupKeys(tokens, nameFrom, runEnd).map((key) => surnames.get(key)).find((id) => id !== undefined);
    if (surname) {
      mention(surname, nameFrom, runEnd);
      continue;
    }
    if (!person) continue;
    const name = tokenText(reading, person.start, person.end);
    const id = provisionalId(name, index);
    if (!provisional.has(id)) provisional.set(id, { id, name, type: person.type, evidence: person.evidence });
    knownNames.set(phraseKey(tokens.slice(person.start, person.end)), id);
    if (person.type === 'person') introduce(id, person.start, person.end);
    mention(id, person.start, person.end);
  }

  mentions.sort((a, b) => a.span.start - b.span.start);
  return { ...article, actorMentions: mentions, provisionalActors: [...provisional.values()] };
}
