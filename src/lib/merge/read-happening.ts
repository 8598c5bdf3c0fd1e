// What a report says happened, and where: the kinds of happening and the places its words name.
// Words of every language are read at once, as the actor finder reads titles and places: a French
// report quotes "Tripoli" and "Moscou" alike, and the ids they stand for are shared.
import type { HappeningKind } from '../locales/types.ts';
import { buildPhraseTrie, matchPhrase, tokenize, type PhraseTrie, type Token } from '../actor-index.ts';
import { locales } from '../locales/index.ts';

/** What a report's words say of its happening. */
export interface HappeningReading {
  /** Kinds of happening named; `statement` only when no other kind is, since a report of anything quotes someone. */
  kinds: ReadonlySet<HappeningKind>;
  /** Places of the gazetteer (`happenings.places`): cities, bases, ports, by id. */
  places: ReadonlySet<string>;
  /**
   * States whose seat of government is named as a place ("in Moscow", "au Kremlin" → "russia"). Kept apart from
   * `places`: a seat often stands for its government ("a Kremlin leader", "Tripoli's rivals"), so it may confirm
   * that two reports tell of one happening but never that they tell of two.
   */
  seats: ReadonlySet<string>;
}

type Word = { kind: HappeningKind } | { place: string; seat: boolean };

/** A seat written with its article ("the Kremlin", "le Caire") is also read without it ("au Caire", "Kremlin officials"). */
function withoutArticle(phrase: string, articles: readonly string[]): string[] {
  const article = articles.find((candidate) => phrase.startsWith(candidate.endsWith("'") ? candidate : `${candidate} `));
  return article ? [phrase, phrase.slice(article.length).trim()] : [phrase];
}

const WORDS: PhraseTrie<Word> = buildPhraseTrie(
  locales.flatMap((locale) => [
    ...Object.entries(locale.happenings.kinds).flatMap(([kind, phrases]) => phrases.map((phrase): [string, Word] => [phrase, { kind: kind as HappeningKind }])),
    ...locale.speech.speechVerbs.map((verb): [string, Word] => [verb, { kind: 'statement' }]),
    ...Object.entries(locale.happenings.places).flatMap(([place, names]) => names.map((name): [string, Word] => [name, { place, seat: false }])),
    ...Object.entries(locale.names.stateSeats).flatMap(([state, seats]) =>
      seats.flatMap((seat) => withoutArticle(seat, locale.speech.definiteArticles)).map((seat): [string, Word] => [seat, { place: state, seat: true }]),
    ),
  ]),
);

/**
 * True when the seat of government at tokens `start`–`end` is the subject or possessor opening a clause ("Moscow has
 * backed Haftar", "Moscow's position", "Москва заявила"): it then names the state, as the actor finder reads it, not
 * where anything happened.
 */
function standsForState(tokens: readonly Token[], start: number, end: number): boolean {
  const opens = start === 0 || (tokens[start]?.gap ?? '') !== '';
  const next = tokens[end];
  if (!opens || next === undefined) return false;
  // The possessive ("Moscow's position") governs what follows as a subject does.
  if (next.gap === "'") return next.fold === 's';
  return next.gap === '' && !next.hyphen && !next.upper && !next.digit;
}

/** The kinds of happening, places and seats of government named in `text`. */
export function readHappening(text: string): HappeningReading {
  const tokens = tokenize(text);
  const kinds = new Set<HappeningKind>();
  const places = new Set<string>();
  const seats = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhrase(WORDS, tokens, i);
    if (!match) continue;
    const word = match.entry.value;
    if ('kind' in word) kinds.add(word.kind);
    else if (!word.seat) places.add(word.place);
    else if (!standsForState(tokens, match.start, match.end)) seats.add(word.place);
    i = match.end - 1;
  }
  if (kinds.size > 1) kinds.delete('statement');
  return { kinds, places, seats };
}
