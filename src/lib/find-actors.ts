// Finds who acts in an article: every registry actor named in the cleaned body, and the people
// and organisations the registry does not know yet. Registry aliases are matched first (longest
// wins); the capitalised names left over become actors only on evidence a reader would accept:
// a title or profession before them, a profession in apposition after them, a verb of saying of
// which they are the subject, a phrase that quotes only people, or an organisation's head noun;
// a ship's name ("porte-avions Amiral Kouznetsov") is no one's. Names read in an oblique case
// are given in the nominative. A bare surname links back to the person named in full before it.
// A demonym names its state where it qualifies one of the state's agents ("Russian naval
// vessels", "les forces russes"), never elsewhere ("Russian companies", "la langue russe").
// Captions and removed furniture are never read: an actor named only there is not an actor of the article.
import type { Span } from '../schemas/event.ts';
import type { ActorMention, Article, PipelineContext, ProvisionalActor } from './article.ts';
import {
  buildPhraseTrie,
  cyrillicStem,
  cyrillicStems,
  foldWord,
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
import type { Locale, NameCase } from './locales/types.ts';
import { slug } from './slug.ts';

type ProvisionalType = ProvisionalActor['type'];

/** The folded key of each phrase of a list ("Lt. Gen." → "lt gen"). */
const keysOf = (phrases: readonly string[]): Set<string> => new Set(phrases.map((phrase) => phraseKey(tokenize(phrase))));
const trieOf = <T>(phrases: readonly string[], value: (phrase: string) => T): PhraseTrie<T> =>
  buildPhraseTrie(phrases.map((phrase) => [phrase, value(phrase)] as const));

// Titles, places, stop words and speech verbs are read in every language at once: a French
// article quotes "General Haftar", a Russian one names "Триполи" and "Tripoli" alike.
// A profession is a title too: "le politologue Ezzedine Akil".
const TITLES = trieOf(
  locales.flatMap((l) => [...l.names.personTitles, ...l.names.professionNouns]),
  (title) => title.endsWith('.'),
);
const PROFESSIONS = trieOf(locales.flatMap((l) => l.names.professionNouns), () => true);
const QUALIFIERS = trieOf(locales.flatMap((l) => l.names.titleQualifiers), () => true);
const VESSELS = trieOf(locales.flatMap((l) => l.names.vesselNouns), () => true);
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
const MONTHS = keysOf(locales.flatMap((l) => Object.keys(l.dates.months)));
const PARTICLES = keysOf(locales.flatMap((l) => l.names.particles));
const COMPLEMENT_WORDS = keysOf(locales.flatMap((l) => l.names.complementWords));
/** Words that close a noun phrase after them: function words, never a noun it could run on into. */
const FUNCTION_WORDS = keysOf(
  locales.flatMap((l) => [...l.names.stopWords, ...l.names.connectors, ...l.names.complementWords, ...l.speech.pronouns]),
);

/** A name's cases, each with its endings longest first, so that the first that fits is the longest. */
const byLongestEnding = (cases: readonly NameCase[]): NameCase[] =>
  cases.map((c) => ({ ...c, nameEndings: [...c.nameEndings].sort((a, b) => b[0].length - a[0].length) }));
const NAME_CASES = new Map(locales.map((locale) => [locale.code, byLongestEnding(locale.names.nameCases)]));
/** Phrases that introduce a person's words, with the cases they put the name in ("по словам": genitive). */
const PERSON_ATTRIBUTIONS = buildPhraseTrie(
  locales.flatMap((l) => {
    const cases = NAME_CASES.get(l.code) ?? [];
    const key = (phrase: string) => phraseKey(tokenize(phrase));
    return l.names.personAttributions.map(
      (phrase) => [phrase, cases.filter((c) => c.governedBy.some((g) => key(g) === key(phrase)))] as const,
    );
  }),
);

/** One language's words for telling a state's agents ("Russian troops") from other things of that nationality. */
interface StateAgentRules {
  position: 'before' | 'after';
  nouns: PhraseTrie<boolean>;
  modifiers: PhraseTrie<boolean>;
  /** Endings of verb forms ("-ли"): a word with one closes the noun phrase before it. */
  verbEndings: readonly string[];
}

/** What a demonym stands for, and the rules of its language. */
interface Demonym {
  actorId: string;
  rules: StateAgentRules;
}

const DEMONYMS = buildPhraseTrie(
  locales.flatMap((locale) => {
    const { names } = locale;
    const rules: StateAgentRules = {
      position: names.demonymPosition,
      nouns: trieOf(names.stateAgentNouns, () => true),
      modifiers: trieOf(names.stateAgentModifiers, () => true),
      verbEndings: names.notModifierEndings.map(foldWord),
    };
    return Object.entries(names.stateDemonyms).flatMap(([actorId, words]) => words.map((word): [string, Demonym] => [word, { actorId, rules }]));
  }),
);
/** Most words between a demonym and the end of its agent's name ("Deputy Defence Minister", "de la Défense"). */
const MAX_AGENT_WORDS = 4;
/** Most words of a phrase looked for backwards: a state agent, a ship's noun, an attribution ("chef de la diplomatie"). */
const MAX_PHRASE_WORDS = 4;
/** Most words between a comma after a name and the profession that describes it ("a Libyan military analyst"). */
const MAX_PROFESSION_LEAD = 3;
/** A quote that may open a ship's name: "«Amiral Kouznetsov»". */
const OPENING_GAP = /^[«"“„‘']?$/u;

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
  /** The case ending its words show against their listed forms ("генерала": "а"); '' as listed. */
  ending: string;
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
  /** The cases a name takes in the article's language, for giving it back in the nominative. */
  nameCases: readonly NameCase[];
}

/** A capitalised name the article gives without the registry knowing it, with its evidence. */
interface Candidate {
  start: number;
  end: number;
  type: ProvisionalType;
  evidence: string;
  /** The cases the evidence puts the name in, when it may not be the nominative. */
  cases: readonly NameCase[];
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

/** The case ending a title's words show against their listed forms ("генерала" for "генерал": "а"), or ''. */
function titleEnding(tokens: readonly Token[], match: PhraseMatch<boolean>): string {
  for (let k = match.start; k < match.end; k++) {
    const token = tokens[k];
    const listed = match.entry.words[k - match.start];
    if (!token?.cyrillic || listed === undefined) continue;
    const form = foldWord(listed);
    const stem = cyrillicStem(form);
    if (!token.fold.startsWith(stem)) continue;
    const ending = token.fold.slice(stem.length);
    if (ending !== form.slice(stem.length)) return ending;
  }
  return '';
}

/** Title chains by the token they end before, each with its qualifier ("полковник в отставке"); a chain holds no registry name. */
function titleChains(tokens: readonly Token[], covered: Int32Array): Map<number, TitleChain> {
  const chains = new Map<number, TitleChain>();
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhrase(TITLES, tokens, i);
    if (!match || covered.subarray(match.start, match.end).some((c) => c >= 0)) continue;
    const previous = chains.get(i);
    const chained = previous && (tokens[i]?.gap === '' || (previous.abbreviated && tokens[i]?.gap === '.'));
    const qualifier = tokens[match.end]?.gap === '' ? matchPhrase(QUALIFIERS, tokens, match.end) : null;
    const end = qualifier?.end ?? match.end;
    const ending = titleEnding(tokens, match);
    const chain = {
      start: chained ? previous.start : i,
      end,
      abbreviated: !qualifier && match.entry.value,
      ending: (chained ? previous.ending : '') || ending,
    };
    const existing = chains.get(end);
    if (!existing || existing.start > chain.start) chains.set(end, chain);
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

/** True when a lower-case word may belong to a name after its head, or to a title's complement ("présidentiel", "обороны", a demonym: "libyen"). */
function isModifier(reading: Reading, i: number): boolean {
  const token = reading.tokens[i];
  // Function words end as genitives do ("и", "его"), and are none.
  if (!token || token.upper || token.digit || reading.verbAt.has(i) || FUNCTION_WORDS.has(token.fold)) return false;
  if (matchPhrase(DEMONYMS, reading.tokens, i)?.end === i + 1) return true;
  const { modifierEndings, notModifierEndings } = reading.rules;
  return modifierEndings.some((e) => token.fold.endsWith(e)) && !notModifierEndings.some((e) => token.fold.endsWith(e));
}

/** True when token `i` is a day number before a month ("26 февраля", "3 novembre"): a date, not a part of a name. */
function isDayOfMonth(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.digit === true && next !== undefined && next.gap === '' && MONTHS.has(next.fold);
}

/**
 * True when a token may continue a name: capitalised, a digit (not a day before its month), a
 * particle before a capital, a hyphenated part ("Yunus-bek"), or a word after an initial ("John F. Kennedy").
 */
function continuesName(tokens: readonly Token[], covered: Int32Array, i: number): boolean {
  const token = tokens[i];
  if (!token || (covered[i] ?? -1) >= 0 || isDayOfMonth(tokens, i)) return false;
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
    if ((token.gap !== '' && !elided) || isDayOfMonth(tokens, j)) break;
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
      return { start, end: last, type: head.entry.value, evidence: tokens[k]?.text ?? '', cases: [] };
    }
    return null;
  }
  // "Brigade 444", "Conseil présidentiel", "Министерство обороны".
  const head = matchPhrase(rules.heads, tokens, start);
  if (!head || head.end !== start + 1) return null;
  const last = Math.max(end, organizationTail(reading, start + 1, true, true));
  if (last - start < 2) return null;
  return { start, end: last, type: head.entry.value, evidence: tokens[start]?.text ?? '', cases: [] };
}

/**
 * An organisation's name as a reader looks it up. In a language that inflects names and puts the
 * head first, the head is given as listed ("Советом Безопасности" → "Совет Безопасности"): the
 * words after it are genitives, which do not change with it.
 */
function organizationName(reading: Reading, organization: Candidate): string {
  const { tokens, rules } = reading;
  const written = tokenText(reading, organization.start, organization.end);
  const head = tokens[organization.start];
  if (reading.nameCases.length === 0 || rules.headPosition !== 'first' || !head?.cyrillic) return written;
  const listed = matchPhrase(rules.heads, tokens, organization.start)?.entry.words[0];
  if (listed === undefined || foldWord(listed) === head.fold) return written;
  const form = head.upper ? listed.charAt(0).toUpperCase() + listed.slice(1) : listed;
  return form + written.slice(head.text.length);
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

/**
 * True when the name [start, end) is a ship's: it follows a ship's noun or "aboard", over a
 * demonym, an article or an opening quote ("aircraft carrier Admiral Kuznetsov", "porte-avions
 * russe «Amiral Kouznetsov»", "на борту авианосца «Адмирал Кузнецов»").
 */
function isVesselName(reading: Reading, start: number, end: number): boolean {
  const { tokens } = reading;
  // "aboard General Salem's jet": the owner is a person, the ship is not named.
  if (tokens[end]?.gap === "'" && tokens[end]?.fold === 's') return false;
  let k = start;
  for (let skipped = 0; skipped < 2 && k > 0 && OPENING_GAP.test(tokens[k]?.gap ?? '\n'); skipped++) {
    const previous = tokens[k - 1];
    const demonym = matchPhrase(DEMONYMS, tokens, k - 1)?.end === k;
    if (!previous || (!demonym && !ARTICLES.has(previous.fold))) break;
    k--;
  }
  if (!OPENING_GAP.test(tokens[k]?.gap ?? '\n')) return false;
  for (let s = k - 1; s >= 0 && k - s <= MAX_PHRASE_WORDS; s--) {
    if (matchPhrase(VESSELS, tokens, s)?.end === k) return true;
  }
  return false;
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
    if (words >= 2 || capitalised) return { start: nameFrom, end, type: 'person', evidence: title, cases: casesAfterTitle(reading, chain) };
  }
  // "The Libyans said", "the Moscow Times reported": a name after an article is not a person's.
  if (afterArticle) return null;
  // An acronym is an agency or outlet: "TASS reported".
  const acronym = name.some((t) => t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text));
  const lead = chain ? chain.start : nameFrom;
  const verb = speechVerbOf(reading, end, lead);
  if (!verb) {
    // A full name described by a profession or quoted as only a person is: "X, chercheuse associée", "по словам X".
    if (words < 2 || acronym) return null;
    const profession = professionAfter(reading, end);
    if (profession) return { start: nameFrom, end, type: 'person', evidence: profession, cases: [] };
    const attribution = personAttributionBefore(reading, lead);
    if (!attribution) return null;
    const evidence = tokenText(reading, attribution.start, attribution.end);
    return { start: nameFrom, end, type: 'person', evidence, cases: attribution.entry.value };
  }
  // "But Salem said": one word after a stop word is too thin without a title.
  if (words === 1 && previous !== undefined && tokens[nameFrom]?.gap === '' && STOP_WORDS.has(previous.fold)) return null;
  return { start: nameFrom, end, type: acronym ? 'organization' : 'person', evidence: verb, cases: [] };
}

/** The cases a title's ending puts the name after it in ("генерала Ахмеда Салема": genitive), or none when it is as listed. */
function casesAfterTitle(reading: Reading, chain: TitleChain): readonly NameCase[] {
  if (chain.ending === '' || reading.nameCases.length === 0) return [];
  return reading.nameCases.filter((c) => c.titleEndings.includes(chain.ending));
}

/** The profession in an appositive after the name ending before `end`, as written, or null: "Claire Vasseur, chercheuse …", "…, a Libyan military analyst". */
function professionAfter(reading: Reading, end: number): string | null {
  const { tokens } = reading;
  if (tokens[end]?.gap !== ',') return null;
  for (let k = end; k < tokens.length && k - end <= MAX_PROFESSION_LEAD; k++) {
    const token = tokens[k];
    if (!token || (k > end && !APPOSITIVE_GAP.test(token.gap)) || (reading.covered[k] ?? -1) >= 0) return null;
    const profession = matchPhrase(PROFESSIONS, tokens, k);
    if (profession) {
      // "Sidi Barrani, an analyst said, …" and "…, analyst Ahmed Salem said" speak of someone else.
      const next = tokens[profession.end];
      const other = next !== undefined && next.gap === '' && (next.upper || reading.verbAt.has(profession.end));
      return other ? null : tokenText(reading, profession.start, profession.end);
    }
    // Articles, adjectives and demonyms may come first: "a former", "an independent", "a Libyan".
    if (token.upper && matchPhrase(DEMONYMS, tokens, k)?.end !== k + 1) return null;
  }
  return null;
}

/** A phrase that introduces only a person's words ending just before token `lead` ("по словам", "in the words of"), or null. */
function personAttributionBefore(reading: Reading, lead: number): PhraseMatch<readonly NameCase[]> | null {
  const { tokens } = reading;
  if (tokens[lead]?.gap !== '') return null;
  for (let s = lead - 1; s >= 0 && lead - s <= MAX_PHRASE_WORDS; s--) {
    const match = matchPhrase(PERSON_ATTRIBUTIONS, tokens, s);
    if (match?.end === lead) return match;
  }
  return null;
}

/**
 * The name [start, end) given back in the nominative for the first of `cases` in which every
 * capitalised word has a known ending ("Олегом Мартыновым" → "Олег Мартынов"), or null.
 */
function nominative(reading: Reading, start: number, end: number, cases: readonly NameCase[]): string | null {
  const { tokens, text } = reading;
  for (const nameCase of cases) {
    let name = '';
    for (let k = start; k < end; k++) {
      const token = tokens[k];
      if (!token) break;
      if (k > start) name += text.slice(tokens[k - 1]?.end ?? token.start, token.start);
      // Particles ("аль-") do not decline.
      const rule: readonly [string, string] | undefined = token.upper
        ? nameCase.nameEndings.find(([ending]) => token.fold.endsWith(ending) && token.fold.length > ending.length + 1)
        : ['', ''];
      if (!rule) {
        name = '';
        break;
      }
      name += token.text.slice(0, token.text.length - rule[0].length) + rule[1];
    }
    if (name !== '') return name;
  }
  return null;
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

/** The longest phrase of the state-agent lists at token `start`: where it ends, and whether it is a noun, a modifier or both. */
interface AgentWord {
  start: number;
  end: number;
  noun: boolean;
  modifier: boolean;
}

/** The state-agent phrase at token `start`, or null. */
function agentWordAt(tokens: readonly Token[], rules: StateAgentRules, start: number): AgentWord | null {
  const noun = matchPhrase(rules.nouns, tokens, start)?.end ?? 0;
  const modifier = matchPhrase(rules.modifiers, tokens, start)?.end ?? 0;
  const end = Math.max(noun, modifier);
  return end === 0 ? null : { start, end, noun: noun === end, modifier: modifier === end };
}

/** The longest phrase of the state-agent lists that ends just before token `end`, or null. */
function agentWordBefore(tokens: readonly Token[], rules: StateAgentRules, end: number): AgentWord | null {
  let found: AgentWord | null = null;
  for (let s = end - 1; s >= 0 && end - s <= MAX_PHRASE_WORDS; s--) {
    const noun = matchPhrase(rules.nouns, tokens, s)?.end === end;
    const modifier = matchPhrase(rules.modifiers, tokens, s)?.end === end;
    if (noun || modifier) found = { start: s, end, noun, modifier };
  }
  return found;
}

/** True when no noun can continue the phrase into token `i`: a stop, a capital, a function word or a verb ("the Russian military said"). */
function closesPhrase(reading: Reading, rules: StateAgentRules, i: number): boolean {
  const token = reading.tokens[i];
  if (!token || token.gap !== '' || token.upper || token.digit) return true;
  return FUNCTION_WORDS.has(token.fold) || reading.verbAt.has(i) || rules.verbEndings.some((e) => token.fold.endsWith(e));
}

/**
 * True when the words from `from` name a state's agent, the demonym standing before them
 * ("Russian naval vessels", "российских военных кораблей"). A word that is both noun and
 * modifier ends it only where no noun can follow: "Russian military." but not "Russian military analyst".
 */
function agentAfter(reading: Reading, rules: StateAgentRules, from: number): boolean {
  const { tokens, covered } = reading;
  let last: AgentWord | null = null;
  let j = from;
  while (j < tokens.length && j - from < MAX_AGENT_WORDS) {
    const token = tokens[j];
    // "Russian-made", "Russian-backed": a demonym hyphened to its next word is another adjective.
    if (!token || token.gap !== '' || (j === from && token.hyphen) || (covered[j] ?? -1) >= 0) break;
    const word = agentWordAt(tokens, rules, j);
    if (!word || covered.subarray(word.start, word.end).some((c) => c >= 0)) break;
    last = word;
    j = word.end;
  }
  if (!last?.noun) return false;
  return !last.modifier || closesPhrase(reading, rules, j);
}

/**
 * As `agentAfter`, the demonym standing after the words that end before `to`: "les forces armées
 * russes", "un militaire russe", but not "un expert militaire russe".
 */
function agentBefore(reading: Reading, rules: StateAgentRules, to: number): boolean {
  const { tokens, covered } = reading;
  let first: AgentWord | null = null;
  let k = to;
  while (k > 0 && to - k < MAX_AGENT_WORDS && tokens[k]?.gap === '') {
    const word = agentWordBefore(tokens, rules, k);
    if (!word || covered.subarray(word.start, word.end).some((c) => c >= 0)) break;
    first = word;
    k = word.start;
  }
  if (!first?.noun) return false;
  if (!first.modifier) return true;
  const previous = tokens[k - 1];
  return !previous || tokens[k]?.gap !== '' || FUNCTION_WORDS.has(previous.fold);
}

/** The demonyms that name their state by qualifying one of its agents, as [actor id, start, end). */
function stateMentions(reading: Reading): [string, number, number][] {
  const { tokens, covered } = reading;
  const found: [string, number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "pro-Russian forces", "forces pro-russes": a hyphened demonym is another adjective.
    if ((covered[i] ?? -1) >= 0 || tokens[i]?.hyphen) continue;
    const demonym = matchPhrase(DEMONYMS, tokens, i);
    if (!demonym) continue;
    const { actorId, rules } = demonym.entry.value;
    const agent =
      rules.position === 'before'
        ? agentAfter(reading, rules, demonym.end)
        : !tokens[demonym.end]?.hyphen && agentBefore(reading, rules, demonym.start);
    if (agent) found.push([actorId, demonym.start, demonym.end]);
    i = demonym.end - 1;
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
    nameCases: NAME_CASES.get(localeFor(article.language).code) ?? [],
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
  for (const [actorId, start, end] of stateMentions(reading)) mention(actorId, start, end);
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

  mentions.sort((a, b) => a.span.start - b.span.start);
  // Captions are not prose: only names the registry knows are read in them, never guessed ones,
  // and no media, which a caption names only to credit the photograph ("© Sputnik", "Photo: AFP").
  const captionActors = article.captions.map((caption) => [
    ...new Set(
      registryMatches(tokenize(caption), index)
        .filter((match) => match.entry.value.type !== 'media')
        .map((match) => match.entry.value.actorId),
    ),
  ]);
  return { ...article, actorMentions: mentions, captionActors, provisionalActors: [...provisional.values()] };
}
