// The pairwise decision: do two reports tell of one happening? It reads the two reports alone, so
// adding an unrelated article never changes whether two others merge.
import type { HappeningKind } from '../locales/types.ts';
import { PARTICULAR_WEIGHT } from './actor-weight.ts';
import { dateFit, type DateFit } from './date-fit.ts';
import { reportConflict } from './report-conflict.ts';
import type { ReportFeatures } from './report-features.ts';

/** The decision on a pair, with the evidence it rests on. */
export interface Verdict {
  same: boolean;
  /** The evidence, in tenths: higher is surer. */
  score: number;
  /** What decided it, for tests and for an editor reading why two reports merged or not. */
  because: string;
}

// Every weight is in tenths, so that sums stay exact.
/**
 * Dates agreeing to the day say most, a shared year little, and an undated report has only its words. Two reports
 * dated alike ("in August 2023" both) agree more than a month and a day in it: a month holds many happenings.
 */
const DATE_SCORE: Record<Exclude<DateFit, null>, { alike: number; within: number }> = {
  day: { alike: 15, within: 15 },
  month: { alike: 10, within: 8 },
  year: { alike: 5, within: 3 },
  undated: { alike: 0, within: 0 },
};
/** Meetings and statements are what most reports tell of; a signing, a strike or a delivery is rarer. */
const KIND_SCORE: Record<HappeningKind, number> = {
  meeting: 10,
  statement: 5,
  agreement: 15,
  delivery: 15,
  deployment: 15,
  strike: 15,
  exercise: 15,
  'port-call': 15,
  sanctions: 15,
  vote: 15,
  uprising: 15,
  death: 15,
};
/** Shared actors count up to two people's worth: beyond, long actor lists of one topic would outweigh the rest. */
const ACTORS_CAP = 20;
const PLACE_SCORE = 10;
const NUMBER_SCORE = 5;
const NUMBERS_CAP = 10;
/** Two dated references in the same words: a background paragraph the newsroom reuses. */
const WORDING_SCORE = 15;
/** Enough for a day and one person, or a month, one person and the kind of happening. */
const THRESHOLD = 25;
/** Kinds that befall their subject once: a regime falls once, a person dies once. */
const ONCE: ReadonlySet<HappeningKind> = new Set(['uprising', 'death']);
/** Kinds that come in series, several a month between the same parties: visits and talks, statements, deliveries and port calls. */
const SERIAL: ReadonlySet<HappeningKind> = new Set(['meeting', 'statement', 'delivery', 'port-call']);
/** A report with no date must agree in actors, kind and place or numbers to join a dated one. */
const UNDATED_THRESHOLD = 40;

/** True when the report names an actor weighing at least an organisation: someone in particular, not only states. */
const particular = (report: ReportFeatures) => [...report.actors.values()].some((weight) => weight >= PARTICULAR_WEIGHT);
const shared = <T>(a: ReadonlySet<T> | ReadonlyMap<T, unknown>, b: ReadonlySet<T> | ReadonlyMap<T, unknown>): T[] =>
  [...a.keys()].filter((item) => b.has(item));

/**
 * True when dates agreeing no closer than `fit` hold several happenings like these, so that one particular signal in
 * common cannot tell which: a year or no date, unless the kinds in common all befall their subject once; a month, when
 * the kinds in common all come in series (or there are none).
 */
function coarseFor(fit: Exclude<DateFit, null>, kinds: readonly HappeningKind[]): boolean {
  if (fit === 'day') return false;
  if (fit === 'month') return kinds.every((kind) => SERIAL.has(kind));
  return !(kinds.length > 0 && kinds.every((kind) => ONCE.has(kind)));
}

/**
 * Whether `a` and `b` report one happening: nothing sets them apart (`reportConflict`), they name someone in particular
 * in common (or one of them names no one in particular, and the day, kind and place agree), and the evidence — how
 * closely the dates agree, the actors shared (by weight), the kind of happening, the place, the numbers — reaches the
 * threshold. A report without a date must also share a kind of happening other than a statement. Where the dates
 * leave room for several such happenings (`coarseFor`), two particular signals must agree: two actors in particular,
 * or one and a place of the gazetteer, a number or the same wording. Dates a day apart (a loose date's slack) with no kind of happening
 * in common ask as much, or a place or number alone.
 */
export function sameHappening(a: ReportFeatures, b: ReportFeatures): Verdict {
  const conflict = reportConflict(a, b);
  if (conflict) return { same: false, score: 0, because: conflict };
  const fit = dateFit(a, b) ?? 'undated';
  const actors = shared(a.actors, b.actors);
  const actorScore = Math.min(
    ACTORS_CAP,
    actors.reduce((sum, id) => sum + Math.min(a.actors.get(id) ?? 0, b.actors.get(id) ?? 0), 0),
  );
  const kinds = shared(a.kinds, b.kinds);
  const kindScore = Math.max(0, ...kinds.map((kind) => KIND_SCORE[kind]));
  // Only a place of the gazetteer is a particular signal: every visit to Moscow names Moscow.
  const place = shared(a.places, b.places).length > 0;
  const placeScore = place || shared(a.seats, b.seats).length > 0 ? PLACE_SCORE : 0;
  const numbers = shared(a.numbers, b.numbers).length;
  const numberScore = Math.min(NUMBERS_CAP, NUMBER_SCORE * numbers);
  const sameWording = a.wording !== null && a.wording !== '' && a.wording === b.wording;
  const wordingScore = sameWording ? WORDING_SCORE : 0;
  const dateScore = DATE_SCORE[fit][a.precision === b.precision ? 'alike' : 'within'];
  const score = dateScore + actorScore + kindScore + placeScore + numberScore + wordingScore;
  const evidence = `date ${fit} ${dateScore}, actors ${actorScore}, kind ${kindScore}, place ${placeScore}, numbers ${numberScore}, wording ${wordingScore}`;
  // Russia and Libya act in every happening: what ties two reports is someone in particular, a person or an organisation.
  const inParticular = actors.filter((id) => Math.min(a.actors.get(id) ?? 0, b.actors.get(id) ?? 0) >= PARTICULAR_WEIGHT);
  if (inParticular.length === 0) {
    // Two reports that each name someone in particular, and no one in common, tell of two happenings. A report that
    // names no one in particular ("Russia's abstention in the vote on 17 March", "a first unloading on 7 April") may
    // still tell of one on the same day, through a state in common or the kind and place of happening.
    if (particular(a) && particular(b)) return { same: false, score, because: 'no one in particular in common' };
    if (fit !== 'day') return { same: false, score, because: `date ${fit}, and no one in particular in common` };
    if (actors.length === 0 && (kindScore === 0 || placeScore === 0)) return { same: false, score, because: 'no actor in common, nor kind and place' };
  }
  if (fit === 'undated' && !kinds.some((kind) => kind !== 'statement')) return { same: false, score, because: 'undated, and no kind of happening in common' };
  const signals = inParticular.length + (place ? 1 : 0) + (numbers > 0 ? 1 : 0) + (sameWording ? 1 : 0);
  if (coarseFor(fit, kinds) && signals < 2) {
    return { same: false, score, because: `date ${fit}, and only one of an actor in particular, a place of the gazetteer or a number in common` };
  }
  // A loose date reaches the day before or after; a report that names no kind of happening, or another, may be the news of either day.
  if (fit === 'day' && a.date !== b.date && kinds.length === 0 && inParticular.length < 2 && !place && numbers === 0) {
    return {
      same: false,
      score,
      because: 'a day apart, no kind of happening in common, and not two actors in particular, a place of the gazetteer or a number',
    };
  }
  const threshold = fit === 'undated' ? UNDATED_THRESHOLD : THRESHOLD;
  return { same: score >= threshold, score, because: `${evidence}: ${score} ${score >= threshold ? '≥' : '<'} ${threshold}` };
}
