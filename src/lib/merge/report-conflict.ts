// What sets two reports apart whatever else they share: the guard against merging two happenings.
import type { HappeningKind } from '../locales/types.ts';
import { dateFit } from './date-fit.ts';
import type { ReportFeatures } from './report-features.ts';

/**
 * Kinds that one happening often shows at once, so that two reports may each name only one of them: a contract
 * signed during a visit, a delivery unloaded in a port call or flown in with a deployment, a strike that kills, a
 * vote that imposes sanctions. A meeting and a statement are not among them: told apart, they are two happenings.
 */
const TOGETHER: ReadonlyArray<readonly [HappeningKind, HappeningKind]> = [
  ['meeting', 'agreement'],
  ['delivery', 'port-call'],
  ['delivery', 'deployment'],
  ['deployment', 'exercise'],
  ['port-call', 'exercise'],
  ['strike', 'death'],
  ['uprising', 'death'],
  ['vote', 'sanctions'],
];

const together = (x: HappeningKind, y: HappeningKind) => x === y || TOGETHER.some(([p, q]) => (p === x && q === y) || (p === y && q === x));
const meet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>, match: (x: T, y: T) => boolean) =>
  a.size === 0 || b.size === 0 || [...a].some((x) => [...b].some((y) => match(x, y)));
const overlap = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => [...a].some((item) => b.has(item));

/**
 * Why `a` and `b` cannot report one happening, or null when nothing sets them apart: reports in one article (its
 * main event and its dated references are distinct by construction); dates that cannot meet; kinds of happening that
 * do not go together (a meeting in Moscow and a statement in Tripoli), unless both name one place of the gazetteer; two
 * leads naming places of the gazetteer with nothing in common (Benghazi and Sirte: seats of government are no evidence
 * of two happenings, see `HappeningReading.seats`).
 */
export function reportConflict(a: ReportFeatures, b: ReportFeatures): string | null {
  if (a.file === b.file) return 'one article';
  if (dateFit(a, b) === null) return 'dates apart';
  // Only a place of the gazetteer vouches for one happening: a seat of government often stands for its state ("accusing Moscow").
  if (!meet(a.kinds, b.kinds, together) && !overlap(a.places, b.places)) return 'different kinds of happening';
  // Two leads name where their news happened; a dated reference's sentence often names other places around it.
  if (a.primary && b.primary && !meet(a.places, b.places, (x, y) => x === y)) return 'different places';
  return null;
}
