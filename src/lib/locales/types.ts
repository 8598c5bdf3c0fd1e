// The shape every language folder fills. Adding a language means adding a folder
// with these three dictionaries and listing it in ./index.ts; the stages do not change.

/** Words for reading dates (owned by read-dates and find-dates). Keys are lower-case, as written (accents kept; ’ written as '). */
export interface DateWords {
  /** Month names, abbreviations and inflected forms → month number 1–12 ("aug." → 8, "августа" → 8). */
  months: Record<string, number>;
  /** Weekday names and inflected forms → day number, 0 = Sunday … 6 = Saturday ("jeudi" → 4, "в среду" form "среду" → 3). */
  weekdays: Record<string, number>;
  /** Words naming a day relative to the publication date → offset in days ("yesterday" → -1, "aujourd'hui" → 0, "вчера" → -1). */
  relativeDays: Record<string, number>;
  /** Phrases naming a year relative to the publication year → offset ("last year" → -1, "l'an dernier" → -1). */
  relativeYears: Record<string, number>;
  /** Month and weekday words that are also ordinary words ("march", "sun", "mars", "среда"): read only in a date context. */
  ambiguousWords: string[];
  /** True when the language writes month and weekday names with a capital (English): a lower-case "may" is then another word. */
  capitalisedNames: boolean;
  /** True when the language writes the month before the day ("August 22, 2023"); only its month words are read in that order. */
  monthFirst: boolean;
  /** Words read before a lone month or year that make it a date, kept in the mention ("in", "since", "late", "mid-", "en", "в", "в конце"). */
  periodPrepositions: string[];
  /** Words read before a weekday, kept in the mention ("on", "le", "в", "во"). */
  dayPrepositions: string[];
  /** Words after which a date looks forward, so a year-less date is not pushed into the past ("until", "by", "d'ici", "до"). */
  forwardWords: string[];
  /** Endings written after a day number ("st", "th", "er", "-го"). */
  ordinalSuffixes: string[];
  /** Words written after a year number ("года", "году", "г."). */
  yearSuffixes: string[];
  /** Words after which a number is a label, not a year ("resolution", "page", "no.", "résolution", "резолюция", "№"). */
  numberLabels: string[];
  /** Words after which a number is an amount, not a year ("troops", "million", "%", "soldats", "человек"). */
  amountWords: string[];
  /** Labels that introduce a publication date on a meta line ("updated", "published", "mis à jour", "опубликовано"). */
  datelineLabels: string[];
  /** The dateline labels that mark a later revision, not the first publication ("updated", "mis à jour", "обновлено"). */
  revisionLabels: string[];
  /** Words joining two dates that then share the second one's year ("and", "then", "puis", "и"). */
  dateCoordinators: string[];
  /** Determiners after which a bare number from 1900 on is a year used as an adjective ("the 1988 bombing", "l'attentat de 1988"). */
  yearDeterminers: string[];
  /** Prepositions that, written just before a date, make it the bound of a state, not the time of a happening ("since", "until", "depuis", "с", "до"). */
  boundPrepositions: string[];
  /** Words opening a clause that sets the scene: a date inside it is an earlier happening's ("after", "following", "après", "после"). */
  sceneClauseOpeners: string[];
}

/** Words for finding actors the registry does not know (owned by find-actors). Lower-case; matched on whole words, accents and ’ folded. */
export interface NameWords {
  /** Titles and roles that precede a person's name ("general", "foreign minister", "le porte-parole", "министр"); they chain ("deputy" + "defence minister"). */
  personTitles: string[];
  /** Head nouns of an organisation's name ("ministry", "command", "ministère", "министерство"). */
  organizationHeads: string[];
  /** Head nouns of an armed group's name ("brigade", "force", "milice", "бригада"): the name is typed 'armed-group'. */
  armedGroupHeads: string[];
  /** Where the head noun stands: 'last' ("Tripoli Protection Force"; English also reads "Ministry of Interior", "Brigade 444") or 'first' ("Brigade 444", "Conseil présidentiel", "Министерство обороны"). */
  headPosition: 'first' | 'last';
  /** Words that join the parts of an organisation's name before a capitalised word ("of", "for", "de", "du", "по"). */
  connectors: string[];
  /** Prepositions of a title's complement, between the title and the name ("ambassador to Libya Ivan …", "посол России в Ливии Иван …"). */
  complementWords: string[];
  /** Endings of lower-case words that belong to a name after its head or to a title's complement: adjectives, genitives ("-ale", "-ien", "-ы", "-ого"). */
  modifierEndings: string[];
  /** Endings that rule such a word out, being verb forms ("-ла", "-ли"). */
  notModifierEndings: string[];
  /** Lower-case particles inside names ("al", "bin", "de", "von", "аль"): "al-" and "el-" may also open one. */
  particles: string[];
  /** Capitals, cities and regions (and countries): places, never actors on their own ("tripoli", "le caire", "москва"). */
  places: string[];
  /** Abbreviations ending in a full stop that do not end a sentence ("gen.", "col.", "mr.", "aug."), lower-case; the segmenter mends breaks after them. */
  abbreviations: string[];
  /** Capitalised words that are never names on their own: sentence-initial function words, furniture (months and weekdays come from the date words). */
  stopWords: string[];
  /** Adjectives of nationality by registry id of the state ("russia": "russian", "russe", "российский"): beside a state-agent noun they name the state. */
  stateDemonyms: Record<string, string[]>;
  /** Seats of government by registry id of the state ("russia": "moscow", "the kremlin"): as the subject or possessor that opens a clause ("Moscow put the contracts on hold", "Moscow's position") they name the state; after a preposition they are places. */
  stateSeats: Record<string, string[]>;
  /** Words that join two clauses ("and", "but", "mais", "но"): a seat of government after one may open the second. */
  clauseJoiners: string[];
  /** Where a demonym stands beside its noun: 'before' ("Russian troops", "российские войска") or 'after' ("troupes russes"). */
  demonymPosition: 'before' | 'after';
  /** Nouns for the organs and agents of a state ("navy", "troops", "embassy", "délégation", "власти"): "Russian troops" names Russia, "Russian companies" does not. */
  stateAgentNouns: string[];
  /** Words that may stand between a demonym and a state-agent noun ("naval", "de guerre", "военный"). One listed as a noun too is the noun only where nothing nominal follows it: "the Russian military said", not "a Russian military analyst". */
  stateAgentModifiers: string[];
  /** Nouns of a ship, and "aboard": a capitalised name right after one (a demonym or a quote may come between) is the ship's, not a person's ("aircraft carrier Admiral Kuznetsov", "porte-avions russe « Amiral Kouznetsov »"). */
  vesselNouns: string[];
  /** Words written after a title that belong to it ("à la retraite", "в отставке"). */
  titleQualifiers: string[];
  /** Singular nouns of a trade or office, never adjectives ("analyst", "chercheuse", "политолог"): before a name they title it, and after a name of two words or more and a comma ("X, a Libyan analyst") they show it is a person's. */
  professionNouns: string[];
  /** Phrases that introduce a person's words and never a body's or a medium's ("in the words of", "по словам"): a name of two words or more after one is a person's. "According to" and "selon" are not among them: media follow them as often. */
  personAttributions: string[];
  /** The oblique cases a man's name takes in a language that inflects names, and how to give it back in the nominative; empty elsewhere. */
  nameCases: NameCase[];
}

/** One grammatical case of an inflecting language, read from the words before a name and undone on the name. */
export interface NameCase {
  /** Endings a title shows in this case, against its listed form ("генерала" → "а", "министром" → "ом"). */
  titleEndings: string[];
  /** Phrases of `personAttributions` that put the name after them in this case ("по словам": genitive). */
  governedBy: string[];
  /** Endings of men's given names and surnames in this case, each with the nominative ending that replaces it ("ова" → "ов", "а" → ""); the longest that fits is used, and a name is given back only when every word of it has one. */
  nameEndings: [string, string][];
}

/** Words for finding attributed statements (owned by find-claims). Phrases match whole words, case-insensitively; ' also matches ’. */
export interface SpeechWords {
  /** Verbs of saying, in the forms that follow or precede a speaker ("said", "told", "a déclaré", "заявил"). Lower-case. */
  speechVerbs: string[];
  /** Verbs that report speech only in a tag beside a quote ("«…», a lancé X", "“…,” he responded"), before a colon and a quote, or before a complementizer ("a répondu que"); elsewhere they mean something else ("a lancé une offensive", "responded to the attack"). Lower-case. */
  tagVerbs: string[];
  /** Verbs of saying whose object, right after them, is the listener, never the speaker ("told The Libya Observer"). Lower-case; each is also in `speechVerbs` or `tagVerbs`. */
  listenerVerbs: string[];
  /** Adverbs that may stand between the words of a verb of saying ("a également déclaré", "a pour sa part indiqué"). Lower-case. */
  verbAdverbs: string[];
  /** Endings that make any word such an adverb ("-ment": "a fermement démenti"). Lower-case. */
  adverbEndings: string[];
  /** Phrases that introduce the source of reported speech, the source following them ("according to", "selon", "по словам"). Lower-case. */
  attributions: string[];
  /** Prepositions that attribute a quote when they open a clause and the quote follows their noun phrase and a comma ("Pour le politologue X, « … »"); elsewhere they attribute nothing. Lower-case. */
  quoteAttributions: string[];
  /** Nouns of documents whose complement names the speaker, after an attribution ("selon un communiqué de l'ANL", "according to a statement by the ministry"). Lower-case. */
  documentNouns: string[];
  /** Pronouns and anaphors that stand for the last-named person or speaker ("he", "il", "он", "the latter"). Lower-case. */
  pronouns: string[];
  /** Object and possessive pronouns that, in an attribution, stand for the last-named person ("according to him", "selon lui", "по его словам"). Lower-case. */
  objectPronouns: string[];
  /** Nouns for unnamed sources: a claim whose speaker is one of these has no speaker ("sources", "a source", "источник"). Lower-case. */
  anonymousSources: string[];
  /**
   * Role nouns a definite description names a person by ("prime minister", "porte-parole", "посол"), each with the
   * English words of the registry role titles (content/actors.yaml) that hold it ("премьер" → ["prime minister"]);
   * an empty list for a rank or role the registry does not record ("marshal"). Lower-case.
   */
  roleWords: Record<string, string[]>;
  /**
   * Nouns that stand for the organisation last named ("the ministry", "le ministère", "ведомство"), each with the
   * English words one of which that organisation's registry name or aliases must hold ("министерство" → ["ministry"]);
   * an empty list for a noun that fits any organisation ("ведомство", "the agency"). Lower-case.
   */
  institutionNouns: Record<string, string[]>;
  /** Pronouns that open a relative clause ("who", "qui", "который"): a clause between commas opened by one describes the name before it. Lower-case. */
  relativePronouns: string[];
  /** Case endings of nouns, for a language that inflects them ("министр" → "министра", "министром"); empty otherwise. Role, source and institution nouns are matched in every case. Lower-case. */
  nounEndings: string[];
  /** Articles that make a following noun a definite description ("the", "le", "l'"); empty for a language without articles. Lower-case. */
  definiteArticles: string[];
  /** Articles and possessives that make a following verb form an adjective ("the announced deal", "l'annonce"). Lower-case. */
  determiners: string[];
  /** Prepositions that put a following name out of subject position ("of", "for", "du", "для"). Lower-case. */
  prepositions: string[];
  /** Conjunctions that open reported content, so a quote right after one is a whole statement ("that", "que", "что"). Lower-case. */
  complementizers: string[];
  /** Phrases holding a speech verb that report no speech ("so-called", "said to be", "как говорится"). Lower-case. */
  notSpeech: string[];
}

/**
 * Words for bounding the date of an article nothing dates, from what it mentions (owned by infer-event-date).
 * Lower-case; matched on whole words, accents folded, Russian words in any case.
 */
export interface DatingWords {
  /** Words before an office that say its holder has left it ("former", "ex", "late", "ancien", "бывший"): the article follows the end of the office. */
  formerMarkers: string[];
  /** Words before an office that place it in the past without saying it ended ("then", "alors", "тогдашний"): the article follows its start. */
  thenMarkers: string[];
  /** Words beside an office that say its holder has not taken it up yet ("designate", "elect", "désigné", "избранный"): the article precedes its start. */
  designateMarkers: string[];
  /** Words just before an office that make it another, lower one ("deputy", "vice", "adjoint", "заместитель"): "Deputy Defence Minister" is not "Defence Minister". */
  subordinateMarkers: string[];
  /** Words that may stand inside an office's name, or between it and the name of its holder, without changing it: articles and complement words ("the", "of", "s", "de", "la", "в"). */
  officeFillers: string[];
  /** Verbs that put what follows them in their clause in the past ("was", "had been", "était", "был"): an office named there may be one its holder no longer held when the article was written. */
  pastTenseWords: string[];
  /** Words before a date that make it the start of a state lasting to the article ("since", "depuis", "с"): the article follows that date. */
  sinceWords: string[];
  /** Words before a date from which a stretch of time is counted ("since", "after", "depuis", "après", "после"). */
  durationAnchors: string[];
  /** Stretches of time counted from a dated happening to the article, each with the fewest and the most whole years it may mean ("almost a decade" → [8, 10], "près de dix ans", "почти десятилетие"). */
  durations: Record<string, [number, number]>;
}

/** The kinds of happening a report may tell of; two reports of one happening tell of a kind in common. */
export type HappeningKind =
  | 'meeting'
  | 'statement'
  | 'agreement'
  | 'delivery'
  | 'deployment'
  | 'strike'
  | 'exercise'
  | 'port-call'
  | 'sanctions'
  | 'vote'
  | 'uprising'
  | 'death';

/**
 * Words for telling reports of one happening from reports of others (owned by merge-events). Lower-case;
 * matched on whole words, accents folded, Russian words in any case (list verbs in each gender and number).
 */
export interface HappeningWords {
  /**
   * Words naming each kind of happening: a visit, meeting or talks ("visited", "s'est entretenu", "переговоры"), a
   * statement ("statement", "communiqué", "заявление"; verbs of saying count too), a signing ("contracts", "signé",
   * "соглашение")… Read in the words that say what happened: a report's headline and lead, the clause of a dated reference.
   */
  kinds: Record<HappeningKind, string[]>;
  /**
   * Places a happening is located by, other than seats of government (`names.stateSeats` has those), by an id shared
   * by every language ("benghazi": "benghazi", "bengazi"; "бенгази").
   */
  places: Record<string, string[]>;
}

/** Words that mark site furniture around an article body (owned by clean-boilerplate). Lower-case. */
export interface FurnitureWords {
  /** Lines that open a block of links to other stories ("related articles", "most viewed", "lire aussi", "читайте также"). */
  sectionMarkers: string[];
  /** Words that label a photo credit ("photo", "credit", "фото"), followed by a colon or slash or ending the line. */
  photoCredits: string[];
  /** Words that open a byline or a wire credit ("by", "reporting by", "par", "автор"). */
  bylines: string[];
  /** Words found only in site chrome, on short lines: share bars, menus, counters ("share", "print", "views"). */
  chrome: string[];
  /** Phrases that make a whole line a site notice however long it runs: cookie banners, subscription pitches, contributor credits. */
  notices: string[];
}

export interface Locale {
  /** ISO 639-1 code. */
  code: string;
  furniture: FurnitureWords;
  dates: DateWords;
  names: NameWords;
  speech: SpeechWords;
  dating: DatingWords;
  happenings: HappeningWords;
}
