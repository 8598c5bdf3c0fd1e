// What the merge compares of one report: its date, its actors weighed by type, and what its words
// say happened, where, and with which numbers. Read from the words that tell the happening: a
// primary event's headline and lead; for a background event, the clause around its date (and its
// whole sentence for places).
import type { ActorType } from '../../schemas/actor.ts';
import type { DraftEvent } from '../../schemas/event.ts';
import type { HappeningKind } from '../locales/types.ts';
import { tokenize } from '../actor-index.ts';
import { actorWeight } from './actor-weight.ts';
import { compareCodePoints } from './compare-code-points.ts';
import type { ReportDate } from './date-fit.ts';
import { readHappening } from './read-happening.ts';
import { readNumbers } from './read-numbers.ts';
import { reportKey } from './report-key.ts';

/** One report as the pairwise decision sees it. */
export interface ReportFeatures extends ReportDate {
  key: string;
  /** The article the report stands in. */
  file: string;
  primary: boolean;
  /** Actor id → weight in tenths (`actorWeight`); actors that weigh nothing are left out. */
  actors: ReadonlyMap<string, number>;
  kinds: ReadonlySet<HappeningKind>;
  places: ReadonlySet<string>;
  seats: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  /**
   * A dated reference's sentence, folded to its words (`foldWording`): newsrooms repeat their background paragraphs
   * word for word ("The Government of National Unity was formed in March 2021…"). Null for a primary report, whose
   * headline may be a stock one ("Russia and Libya hold talks").
   */
  wording: string | null;
}

/** Words either side of a background date that belong to its happening: about a clause, articles and elisions counted. */
const CLAUSE_WORDS = 12;

/**
 * The words around the date of a background event, inside its sentence: "…, after a first trip on 22 August, the
 * first by a Russian delegation since the fall of Gaddafi in 2011" is about the fall for the 2011 event.
 */
function clauseAround(sentence: string, dateText: string | undefined): string {
  const at = dateText ? sentence.indexOf(dateText) : -1;
  if (!dateText || at < 0) return sentence;
  const tokens = tokenize(sentence);
  const first = tokens.findIndex((token) => token.end > at);
  const last = tokens.findLastIndex((token) => token.start < at + dateText.length);
  if (first < 0 || last < 0) return sentence;
  const from = tokens[Math.max(0, first - CLAUSE_WORDS)]?.start ?? 0;
  const to = tokens[Math.min(tokens.length - 1, last + CLAUSE_WORDS)]?.end ?? sentence.length;
  return sentence.slice(from, to);
}

/**
 * A primary event's headline and lead, less the sentences its own background events stand in: "Since the death of
 * Prigozhin in August 2023, …" opening an analysis says what happened before it, not what it reports.
 */
function headlineAndLead(event: DraftEvent, article: readonly DraftEvent[]): string {
  // Longest first, in one order whatever the input's, so that a sentence holding another is taken out whole.
  const lead = article
    .flatMap((other) => (other.kind === 'background' && other.summary ? [other.summary] : []))
    .sort((a, b) => b.length - a.length || compareCodePoints(a, b))
    .reduce((text, sentence) => text.split(sentence).join(' '), event.summary);
  return `${event.title}\n${lead}`;
}

/** `sentence` in lower case, its words only, single-spaced: the same sentence however it was punctuated or spaced. */
export const foldWording = (sentence: string): string =>
  sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The features of `event`, among the events assembled from its `article`, with actor types by id. */
export function reportFeatures(event: DraftEvent, article: readonly DraftEvent[], actorTypes: ReadonlyMap<string, ActorType>): ReportFeatures {
  const primary = event.kind === 'primary';
  const text = primary ? headlineAndLead(event, article) : clauseAround(event.summary, event.dateEvidence?.text);
  const reading = readHappening(text);
  // A dated reference's place may stand anywhere in its sentence ("unloaded in the port of Tobruk, in eastern Libya, a week
  // after a first unloading on 7 April"): the whole sentence is read for places.
  const { places, seats } = primary ? reading : readHappening(event.summary);
  const actors = new Map(event.actors.map((id) => [id, actorWeight(actorTypes.get(id))] as const).filter(([, weight]) => weight > 0));
  return {
    key: reportKey(event),
    file: event.sources[0]?.file ?? '',
    primary,
    date: event.date,
    precision: event.datePrecision,
    basis: event.dateBasis,
    actors,
    kinds: reading.kinds,
    places,
    seats,
    numbers: readNumbers(text),
    wording: primary ? null : foldWording(event.summary),
  };
}
