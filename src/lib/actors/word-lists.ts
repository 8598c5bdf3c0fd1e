// Every language's name and speech words, as phrase tries and folded key sets the actor finder looks tokens up in.
import { buildPhraseTrie, phraseKey, tokenize, type PhraseTrie } from '../actor-index.ts';
import { locales } from '../locales/index.ts';

/** The folded key of each phrase of a list ("Lt. Gen." → "lt gen"). */
export const keysOf = (phrases: readonly string[]): Set<string> => new Set(phrases.map((phrase) => phraseKey(tokenize(phrase))));
/** A trie of the phrases of a list, each with the value `value` gives it. */
export const trieOf = <T>(phrases: readonly string[], value: (phrase: string) => T): PhraseTrie<T> =>
  buildPhraseTrie(phrases.map((phrase) => [phrase, value(phrase)] as const));

// Titles, places, stop words and speech verbs are read in every language at once: a French
// article quotes "General Haftar", a Russian one names "Триполи" and "Tripoli" alike.
// A profession is a title too: "le politologue Ezzedine Akil".
export const TITLES = trieOf(
  locales.flatMap((l) => [...l.names.personTitles, ...l.names.professionNouns]),
  (title) => title.endsWith('.'),
);
/** Nouns of a profession: a title, and in apposition after a name evidence of a person ("X, a military analyst"). */
export const PROFESSIONS = trieOf(locales.flatMap((l) => l.names.professionNouns), () => true);
/** Words that qualify a title after it ("полковник в отставке"). */
export const QUALIFIERS = trieOf(locales.flatMap((l) => l.names.titleQualifiers), () => true);
/** Nouns of a ship, before a vessel's name ("aircraft carrier", "porte-avions"). */
export const VESSELS = trieOf(locales.flatMap((l) => l.names.vesselNouns), () => true);
/** Place names: never a person's or an organisation's. */
export const PLACES = trieOf(locales.flatMap((l) => l.names.places), () => true);
/** Verbs of saying, whose subject a name may be. */
export const VERBS = trieOf(locales.flatMap((l) => l.speech.speechVerbs), () => true);
/** Phrases that hold a verb of saying but report no speech ("so-called", "said to be"). */
export const NOT_SPEECH = trieOf(locales.flatMap((l) => l.speech.notSpeech), () => true);
/** Words that never begin a name: stop words, months, weekdays, pronouns, unnamed sources. */
export const STOP_WORDS = keysOf(
  locales.flatMap((l) => [
    ...l.names.stopWords,
    ...Object.keys(l.dates.months),
    ...Object.keys(l.dates.weekdays),
    ...l.speech.pronouns,
    ...l.speech.anonymousSources,
  ]),
);
/** Definite articles: a name after one is not a person's. */
export const ARTICLES = keysOf(locales.flatMap((l) => l.speech.definiteArticles));
/** Month names: a number before one is a date, not part of a name. */
export const MONTHS = keysOf(locales.flatMap((l) => Object.keys(l.dates.months)));
/** Name particles ("al", "de", "ибн"): lower-case, yet inside a name. */
export const PARTICLES = keysOf(locales.flatMap((l) => l.names.particles));
/** Words that may join a title to its complement ("to", "of", "в"). */
export const COMPLEMENT_WORDS = keysOf(locales.flatMap((l) => l.names.complementWords));
/** Words that close a noun phrase after them: function words, never a noun it could run on into. */
export const FUNCTION_WORDS = keysOf(
  locales.flatMap((l) => [...l.names.stopWords, ...l.names.connectors, ...l.names.complementWords, ...l.speech.pronouns]),
);

/** Most words of a phrase looked for backwards: a state agent, a ship's noun, an attribution ("chef de la diplomatie"). */
export const MAX_PHRASE_WORDS = 4;
