// The shape every language folder fills. Adding a language means adding a folder
// with these three dictionaries and listing it in ./index.ts; the stages do not change.

/** Words for reading dates (owned by find-dates). Keys are lower-case, as written (accents kept). */
export interface DateWords {
  /** Month names, abbreviations and inflected forms → month number 1–12 ("aug." → 8, "августа" → 8). */
  months: Record<string, number>;
  /** Weekday names and inflected forms → day number, 0 = Sunday … 6 = Saturday ("jeudi" → 4, "в среду" form "среду" → 3). */
  weekdays: Record<string, number>;
  /** Phrases naming a year relative to the publication year → offset ("last year" → -1, "l'an dernier" → -1). */
  relativeYears: Record<string, number>;
  /** Labels that introduce a publication date on a meta line ("updated", "published", "mis à jour", "опубликовано"). */
  datelineLabels: string[];
}

/** Words for finding actors the registry does not know (owned by find-actors). */
export interface NameWords {
  /** Titles and roles that precede a person's name ("general", "foreign minister", "le porte-parole", "министр"). Lower-case. */
  personTitles: string[];
  /** Head nouns that end (en) or begin (fr, ru) an organisation's name ("ministry", "command", "ministère", "министерство"). Lower-case. */
  organizationHeads: string[];
  /** Abbreviations ending in a full stop that do not end a sentence ("gen.", "col.", "mr.", "aug."), lower-case; the segmenter mends breaks after them. */
  abbreviations: string[];
  /** Capitalised words that are never names on their own: sentence-initial function words, months, weekdays, furniture. Lower-case. */
  stopWords: string[];
}

/** Words for finding attributed statements (owned by find-claims). */
export interface SpeechWords {
  /** Verbs of saying, in the forms that follow or precede a speaker ("said", "told", "a déclaré", "заявил"). Lower-case. */
  speechVerbs: string[];
  /** Phrases that introduce the source of reported speech ("according to", "selon", "по словам"). Lower-case. */
  attributions: string[];
  /** Pronouns and anaphors that stand for the last-named person or speaker ("he", "il", "он", "the latter"). Lower-case. */
  pronouns: string[];
  /** Nouns for unnamed sources: a claim whose speaker is one of these has no speaker ("sources", "a source", "источник"). Lower-case. */
  anonymousSources: string[];
  /** Role nouns a definite description names a person by ("prime minister", "ambassador", "porte-parole", "посол"). Lower-case. */
  roleWords: string[];
  /** Words that make a following role noun a definite description ("the", "le", "l'"); empty for a language without articles. Lower-case. */
  definiteArticles: string[];
  /** Phrases holding a speech verb that report no speech ("so-called", "said to be", "так называемый"). Lower-case. */
  notSpeech: string[];
}

/** Words of site furniture around an article (owned by clean-boilerplate). Lower-case. */
export interface FurnitureWords {
  /** Lines that open a block of links to other stories ("related articles", "most viewed", "lire aussi", "читайте также"). */
  sectionMarkers: string[];
  /** Words that label a photo credit ("photo", "credit", "фото"), followed by a colon or slash. */
  photoCredits: string[];
  /** Words that open a byline or a wire credit ("by", "reporting by", "par", "автор"). */
  bylines: string[];
  /** Words found only in site chrome: cookie notices, share bars, subscriptions, copyright ("cookies", "subscribe", "all rights reserved"). */
  chrome: string[];
}

export interface Locale {
  /** ISO 639-1 code. */
  code: string;
  furniture: FurnitureWords;
  dates: DateWords;
  names: NameWords;
  speech: SpeechWords;
}
