// Where an article names a person's office at the person's name: "Defense Minister Sergei Shoigu",
// "Shoigu, Russia's defence minister", "le ministre russe de la Défense Sergueï Choïgou", "министр
// обороны России Сергей Шойгу". Only the offices the registry names (content/actors.yaml, `roles[].names`)
// are read, and only at a mention of their holder: the office before the name, closed up to it (a
// demonym, an article, a complement, a state or body named in it may come between, and a comma just
// before the name), or after the name and a comma, in apposition. A marker beside the office says
// when the article stands against it: "former", "ex-", "ancien", "бывший" after it ended; "then"
// after it began; "designate", "élu" before it began. "Deputy" before it makes it another office.
// A past-tense verb before it in its clause ("Moscow was a major arms supplier to Libyan leader
// Muammar Gaddafi") is noted: the office may be one its holder no longer held (see `officeClues`).
import type { ActorRole } from '../../schemas/actor.ts';
import type { Span } from '../../schemas/event.ts';
import { matchPhrase, tokenize, type ActorIndex, type Token } from '../actor-index.ts';
import { DEMONYMS } from '../actors/demonyms.ts';
import type { Article } from '../article.ts';
import { clauseStart } from './clause-start.ts';
import { datingWords, type OfficeMarker } from './dating-words.ts';
import { officeNames, wordFits, type OfficeName, type OfficeWord } from './office-names.ts';
import { phraseEndingAt } from './phrase-ending-at.ts';

/** What the words say of the office at the article's date. */
export type OfficeTense = 'holding' | Exclude<OfficeMarker, 'subordinate'>;

/** A person named with an office of theirs. */
export interface OfficeMention {
  actorId: string;
  /** The roles the office's name names: one, or each time the office was held. */
  roles: readonly ActorRole[];
  tense: OfficeTense;
  /** The office and the name as written, from the first word to the last. */
  text: string;
  span: Span;
  /** The sentence states a year: it may tell of that year, not of the article's (see `officeClues`). */
  datedSentence: boolean;
  /** A past-tense verb stands before the mention in its clause ("was", "était", "была"): it may tell of a past the office belonged to. */
  pastClause: boolean;
}

/** Most words that may stand inside an office's name ("ministre russe de la Défense": one). */
const MAX_INNER = 2;
/** Most words, besides the names of states and bodies, between an office and its holder's name. */
const MAX_GAP = 4;
/** Most words before an office that a marker may stand beyond ("former Russian defence minister"). */
const MAX_BEFORE_MARKER = 2;

/** The tokens of the text and what each stands in. */
interface Reading {
  tokens: readonly Token[];
  /** Inside a mention of a person: a word of another name, never part of an office. */
  person: Uint8Array;
  /** Inside a mention of a state or body: may stand in an office's complement ("of Libya's Government of National Unity"). */
  body: Uint8Array;
}

/** True when a token is joined to the one before it within a phrase: by spaces, a hyphen or an elision. */
const joined = (token: Token | undefined): boolean => token !== undefined && (token.gap === '' || token.gap === "'");

/** True when the token at `i` may stand inside or beside an office's name without changing it. */
function isFiller(reading: Reading, i: number): boolean {
  const token = reading.tokens[i];
  if (!token || reading.person[i] === 1) return false;
  if (reading.body[i] === 1 || token.upper || datingWords.fillers.has(token.fold)) return true;
  return matchPhrase(DEMONYMS, reading.tokens, i)?.end === i + 1;
}

/** Where `words` (from the `k`-th) end when read from token `i`, fillers allowed inside; -1 when they do not. */
function fit(reading: Reading, i: number, words: readonly OfficeWord[], k = 0, inner = 0): number {
  const word = words[k];
  if (!word) return i;
  const token = reading.tokens[i];
  if (token && reading.person[i] === 0 && (k === 0 || joined(token))) {
    if (wordFits(token, word)) {
      const end = fit(reading, i + 1, words, k + 1, 0);
      if (end >= 0) return end;
    }
    if (k > 0 && inner < MAX_INNER && isFiller(reading, i)) {
      const end = fit(reading, i + 1, words, k, inner + 1);
      if (end >= 0) return end;
    }
  }
  // A name's own article or complement word may be left out ("chairman of Libya's Presidential Council").
  return k > 0 && datingWords.fillers.has(word.fold) ? fit(reading, i, words, k + 1, inner) : -1;
}

/** The marker of the phrase ending just before token `end`, or null. */
function markerEndingAt(reading: Reading, end: number): { marker: OfficeMarker; start: number } | null {
  const match = phraseEndingAt(datingWords.markers, reading.tokens, end);
  return match ? { marker: match.entry.value, start: match.start } : null;
}

/** True when the token at `i` names a state or a nationality: "Russian", "US", "Libya's", "российский". */
function isNationality(reading: Reading, i: number): boolean {
  const token = reading.tokens[i];
  if (!token || reading.person[i] === 1) return false;
  return reading.body[i] === 1 || token.upper || matchPhrase(DEMONYMS, reading.tokens, i)?.end === i + 1;
}

/** The marker before an office starting at token `start`, over a nationality ("former Russian defence minister", "бывший российский министр"). */
function markerBefore(reading: Reading, start: number): { marker: OfficeMarker; start: number } | null {
  for (let k = start, skipped = 0; k > 0 && joined(reading.tokens[k]); k--) {
    const found = markerEndingAt(reading, k);
    if (found) return found.marker === 'subordinate' ? null : found;
    if (skipped++ >= MAX_BEFORE_MARKER || !isNationality(reading, k - 1)) return null;
  }
  return null;
}

/** An office found beside a mention: its name, the tokens it and its marker span with the mention's, and the marker. */
interface Found {
  name: OfficeName;
  start: number;
  end: number;
  marker: OfficeMarker | null;
}

/** The office named before the mention whose first token is `first` ("Russian Defence Minister Sergei Shoigu"). */
function officeBefore(reading: Reading, first: number, names: readonly OfficeName[]): Found | null {
  const { tokens } = reading;
  let gapMarker: OfficeMarker | null = null;
  for (let end = first, words = 0; end > 0;) {
    const gap = tokens[end]?.gap;
    // A comma may stand only just before the name: "Russia's defence minister, Sergei Shoigu".
    if (!(gap === '' || gap === "'" || (gap === ',' && end === first))) return null;
    for (const name of names) {
      const longest = name.words.length + MAX_INNER;
      for (let start = end - 1; start >= Math.max(0, end - longest); start--) {
        if (fit(reading, start, name.words) !== end) continue;
        const before = markerEndingAt(reading, start);
        if (before?.marker === 'subordinate' && joined(tokens[start])) return null;
        if (gapMarker) return { name, start, end: first, marker: gapMarker };
        // The marker is quoted with the office: “former defence minister Sergei Shoigu”.
        const marker = markerBefore(reading, start);
        return { name, start: marker?.start ?? start, end: first, marker: marker?.marker ?? null };
      }
    }
    const marker = markerEndingAt(reading, end);
    if (marker && marker.marker !== 'subordinate') {
      // "Prime Minister-designate Dbeibah", "le dirigeant déchu Mouammar Kadhafi".
      gapMarker = marker.marker;
      end = marker.start;
      continue;
    }
    if (!isFiller(reading, end - 1)) return null;
    // A complement word governs what follows it ("Ambassador to Libya Ivan Molotkov"): just before
    // the name it belongs to a phrase of its own ("a Kremlin leader to Moammar Gadhafi's Libya").
    if (end === first && datingWords.fillers.has(tokens[end - 1]?.fold ?? '')) return null;
    if (reading.body[end - 1] === 0 && ++words > MAX_GAP) return null;
    end -= 1;
  }
  return null;
}

/** The office named after the mention ending before token `after`, in apposition ("Shoigu, Russia's defence minister"). */
function officeAfter(reading: Reading, after: number, names: readonly OfficeName[]): Found | null {
  const { tokens } = reading;
  if (tokens[after]?.gap !== ',') return null;
  let marker: OfficeMarker | null = null;
  for (let start = after, skipped = 0; start < tokens.length && (start === after || joined(tokens[start]));) {
    for (const name of names) {
      const end = fit(reading, start, name.words);
      if (end < 0) continue;
      // "…hosted Dbeibah, Prime Minister Mikhail Mishustin said": the office is the next name's.
      if (reading.person[end] === 1 && joined(tokens[end])) return null;
      if (start > after && markerEndingAt(reading, start)?.marker === 'subordinate') return null;
      return { name, start: after, end, marker };
    }
    const found = matchPhrase(datingWords.markers, tokens, start);
    if (found && found.entry.value !== 'subordinate') {
      marker = found.entry.value;
      start = found.end;
      continue;
    }
    if (skipped++ >= MAX_GAP || !isFiller(reading, start)) return null;
    start += 1;
  }
  return null;
}

/** True when a past-tense verb stands in the clause of `sentence` before token `start`: "Moscow was a major arms supplier to Libyan leader …". */
function pastBefore(text: string, tokens: readonly Token[], start: number, sentence: Span | undefined): boolean {
  const first = tokens[start];
  if (!first || !sentence) return false;
  // After the holder's name a past verb is how news tells the day's events ("Dbeibah was received in
  // Moscow"); before the office, it describes a past the office belonged to.
  const from = clauseStart(text, sentence.start, first.start);
  for (let i = start - 1; i >= 0 && (tokens[i]?.start ?? -1) >= from; i--) {
    const match = matchPhrase(datingWords.past, tokens, i);
    if (match && match.end <= start) return true;
  }
  return false;
}

/** The tokens of the article and the mentions they stand in. */
function readingOf(article: Article, index: ActorIndex): { reading: Reading; first: Map<number, number>; last: Map<number, number> } {
  const tokens = tokenize(article.text);
  const first = new Map(tokens.map((token, i) => [token.start, i]));
  const last = new Map(tokens.map((token, i) => [token.end, i]));
  const person = new Uint8Array(tokens.length);
  const body = new Uint8Array(tokens.length);
  const provisional = new Map(article.provisionalActors.map((actor) => [actor.id, actor.type]));
  for (const mention of article.actorMentions) {
    const from = first.get(mention.span.start);
    const to = last.get(mention.span.end);
    if (from === undefined || to === undefined) continue;
    const type = index.byId.get(mention.actorId)?.type ?? provisional.get(mention.actorId);
    (type === 'person' ? person : body).fill(1, from, to + 1);
  }
  return { reading: { tokens, person, body }, first, last };
}

/** Every mention of a person the text names with an office of theirs, in text order. */
export function officeMentions(article: Article, index: ActorIndex): OfficeMention[] {
  const names = officeNames(index);
  if (!article.actorMentions.some((mention) => names.has(mention.actorId))) return [];
  const { reading, first, last } = readingOf(article, index);
  const datedSentences = new Set(article.dates.filter((date) => date.origin === 'body' && date.parts.year === 'stated').map((date) => date.originIndex));
  return article.actorMentions.flatMap((mention) => {
    const own = names.get(mention.actorId);
    const from = first.get(mention.span.start);
    const to = last.get(mention.span.end);
    if (!own || from === undefined || to === undefined) return [];
    const found = officeBefore(reading, from, own) ?? officeAfter(reading, to + 1, own);
    if (!found) return [];
    const opening = Math.min(found.start, from);
    const start = Math.min(reading.tokens[found.start]?.start ?? mention.span.start, mention.span.start);
    const end = Math.max(reading.tokens[found.end - 1]?.end ?? mention.span.end, mention.span.end);
    const tense: OfficeTense = found.marker === null || found.marker === 'subordinate' ? 'holding' : found.marker;
    return [
      {
        actorId: mention.actorId,
        roles: found.name.roles,
        tense,
        text: article.text.slice(start, end),
        span: { start, end },
        datedSentence: datedSentences.has(mention.sentence),
        pastClause: pastBefore(article.text, reading.tokens, opening, article.sentences[mention.sentence]),
      },
    ];
  });
}
