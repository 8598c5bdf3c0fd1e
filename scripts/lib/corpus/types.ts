// The shapes the corpus generator passes between its modules: happenings (what took place),
// reports (an article about one), and the scene a phrasebook writes an article from.

/** The languages the corpus is written in. */
export type Language = 'en' | 'fr' | 'ru';

/** The kinds of happening the corpus reports. */
export type Kind = 'visit' | 'talks' | 'agreement' | 'delivery' | 'port-call' | 'statement' | 'exercise';

/** The places happenings take place in. */
export type PlaceId = 'moscow' | 'sochi' | 'saint-petersburg' | 'tripoli' | 'benghazi' | 'tobruk' | 'sirte' | 'al-jufra' | 'misrata' | 'new-york';

/** One side of a happening: a registry actor, and the office it is named with, if any. */
export interface Party {
  /** Registry id. */
  actor: string;
  /** The registry role title it holds on the day (a person), or null (an organisation or state). */
  office: string | null;
}

/** Something that took place, which one or more articles report. */
export interface Happening {
  /** `h0001`, in the order drawn. */
  id: string;
  kind: Kind;
  /** The true day, `YYYY-MM-DD`. */
  date: string;
  place: PlaceId | null;
  russian: Party;
  libyan: Party;
  /** The happening this one follows a few days later between the same people (talks after a visit), or null. */
  sequelOf: string | null;
  /** Which side travelled (visits), or spoke (statements). */
  lead: 'russian' | 'libyan';
  /** Indices into the phrasebooks' aligned lists, so that every language tells the same story. */
  topic: number;
  equipment: number;
  ship: number;
  quote: number;
  /** A quantity the reports give (vehicles, aircraft, tonnes). */
  count: number;
}

/** A person or body as one article names it. */
export interface Mention {
  /** First mention: with an office or a descriptor ("Russian Defence Minister Sergei Shoigu"). */
  full: string;
  /** Later mentions ("Shoigu"). */
  short: string;
  /** True for a person (organisations are not quoted by name in the same way). */
  person: boolean;
  /** What verbs and adjectives agree with: masculine, feminine, neuter or plural ("Минобороны сообщило", "военные ЛНА заявили"). */
  agreement: Agreement;
}

/** Grammatical gender or number. */
export type Agreement = 'm' | 'f' | 'n' | 'pl';

/** How quotations are marked. */
export type QuoteStyle = 'curly' | 'straight' | 'guillemets' | 'guillemets-spaced' | 'german';

/** A place as one language names it. */
export interface PlaceNames {
  /** "Moscow", "Moscou", "Москва". */
  name: string;
  /** Where something happens: "in Moscow", "à Moscou", "в Москве". */
  at: string;
}

/** What a phrasebook needs to write one report of one happening: every name and phrase already in the article's language. */
export interface Scene {
  happening: Happening;
  /** The date phrase inside the lead, with its leading space (" on Tuesday"), or "". */
  when: string;
  /** Opens the lead: the fronted date phrase ("In March 2019, ") before `words`, or `words` capitalised. */
  open: (words: string) => string;
  russian: Mention;
  libyan: Mention;
  /** The side that travelled or acted (the happening's `lead`), and the other. */
  guest: Mention;
  host: Mention;
  place: PlaceNames | null;
  topic: string;
  /** The equipment, in the form it takes after a number ("armoured vehicles", "единиц бронетехники"). */
  equipment: string;
  ship: string;
  count: number;
  /** Who the article credits for the news: "the ministry said", "a indiqué le ministère". */
  source: string;
}

/** Writes a piece of text for a scene. */
export type Template = (scene: Scene) => string;
