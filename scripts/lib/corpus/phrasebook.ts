// The shape every language's phrasebook (phrasebooks/<en|fr|ru>.ts) fills: dates as that
// language writes them, names of places and bodies, and the sentences of each kind of story. The
// lists under `topics`, `equipment`, `quotes` are aligned across languages, so that reports of one
// happening in three languages say the same thing.
import type { Agreement, Kind, Language, Mention, PlaceId, PlaceNames, Template } from './types.ts';

/** Which side a person or body is on. */
export type Side = 'russian' | 'libyan';

/** The periods the background paragraphs belong to. */
export type Era = 'jamahiriya' | 'revolution' | 'transition' | 'split' | 'war' | 'unity' | 'corps';

/** The sentences of one kind of story. */
export interface Story {
  headlines: readonly Template[];
  /** The opening sentence, which carries the date phrase (`scene.when` or `scene.open`). */
  leads: readonly Template[];
  /** A sentence of detail after the lead. */
  details: readonly Template[];
}

/** A quotation with its attribution, the words already inside the outlet's marks. */
export type QuoteLine = (speaker: Mention, quoted: string) => string;

/** Site furniture as outlets in the language write it. */
export interface Furniture {
  nav: ReadonlyArray<readonly string[]>;
  share: ReadonlyArray<readonly string[]>;
  cookies: readonly string[];
  newsletter: readonly string[];
  relatedMarkers: readonly string[];
  /** Headlines of unrelated stories, for the related lists. */
  headlines: readonly string[];
  tags: (words: readonly string[]) => string;
  copyright: (year: number, outlet: string) => string;
  byline: (name: string) => string;
  reporters: readonly string[];
  readingTime: (minutes: number) => string;
  /** A photo caption: what it shows, where (`PlaceNames.at`), the long date it was taken, the credit. */
  caption: (subject: string, place: string, date: string, credit: string) => string;
  paywall: readonly string[];
  /** The closing line of wire copy: who reported and edited. */
  reportingLine: (reporter: string, editor: string) => string;
}

/** Everything the generator writes in one language. */
export interface Phrasebook {
  language: Language;
  /** Month names as a date writes them after its day ("March", "mars", "марта"). */
  months: readonly string[];
  /** Abbreviated months, for datelines and meta lines ("Mar", "mars", "мар"). */
  shortMonths: readonly string[];
  /** Weekday names, Sunday first, as a meta line writes them. */
  weekdays: readonly string[];
  shortWeekdays: readonly string[];
  /** A day and its year as a sentence writes them: "12 March 2019", "12 mars 2019", "12 марта 2019 года". */
  longDay: (day: string) => string;
  /** The phrase dating a sentence to a written day: "on 12 March 2019", "le 12 mars 2019". */
  onDay: (written: string) => string;
  onWeekday: (weekday: number) => string;
  yesterday: string;
  inMonth: (day: string) => string;
  inYear: (day: string) => string;
  /** A clause with a date phrase put before it: "In March 2019, Russia…". */
  front: (phrase: string, clause: string) => string;
  places: Readonly<Record<PlaceId, PlaceNames>>;
  /** Bodies by registry id: the forms of a first mention and of later ones, and what their verbs agree with. */
  bodies: Readonly<Record<string, { full: readonly string[]; short: readonly string[]; agreement: Agreement }>>;
  /** A person named with an office name from the registry: "Russian Defence Minister Sergei Shoigu". */
  titled: (office: string, name: string, side: Side) => string;
  /** People the registry gives no dated office names, by id: their descriptor around `name`. */
  described: Readonly<Record<string, (name: string) => string>>;
  topics: readonly string[];
  equipment: readonly string[];
  ships: Readonly<Record<string, string>>;
  stories: Readonly<Record<Kind, Story>>;
  quotes: Readonly<Record<Kind, readonly string[]>>;
  quoteLines: readonly QuoteLine[];
  /** Reported speech: what the speaker said, without quotation marks. */
  reported: ReadonlyArray<(speaker: Mention, scene: Parameters<Template>[0]) => string>;
  /** An unnamed speaker, for bodies that speak through officials. */
  anonymous: readonly Mention[];
  /** Who a lead credits: "the ministry said". */
  sources: readonly string[];
  /** A sentence recalling an earlier happening of one party, dated by `when`. */
  recall: (party: Mention, otherSide: Side, when: string) => string;
  context: Readonly<Record<Era, readonly string[]>>;
  furniture: Furniture;
}

/** The text with its first letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
