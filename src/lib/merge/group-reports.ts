// Reports into happenings: the pairwise decisions (`sameHappening`) joined into groups.
//
// Groups are the connected components of the pairs found to be one happening, so that the result
// depends on the decisions alone, never on the order articles were read in, and an article that
// matches nothing changes nothing. Two guards stop a chain of likely pairs from joining what no
// single pair would: a report dated only by its month or year, or not at all, that fits two dated
// happenings which cannot be one (two visits, months apart) joins neither of them; and a pair joins
// its two groups only when no two reports across them conflict (`reportConflict`: dates that cannot
// meet, two reports of one article…). Pairs are taken surest first, with the report keys breaking
// ties, so the guards too give one answer whatever the input order.
import type { DatePrecision } from '../../schemas/event.ts';
import { candidatePairs } from './candidate-pairs.ts';
import { compareCodePoints } from './compare-code-points.ts';
import { dateFit } from './date-fit.ts';
import { reportConflict } from './report-conflict.ts';
import type { ReportFeatures } from './report-features.ts';
import { sameHappening } from './same-happening.ts';

interface Pair {
  a: ReportFeatures;
  b: ReportFeatures;
  score: number;
}

const FINENESS: Record<DatePrecision, number> = { year: 1, month: 2, day: 3 };
const fineness = (report: ReportFeatures) => (report.precision ? FINENESS[report.precision] : 0);

/** Every pair found to be one happening, among the pairs that may be (`candidatePairs`). */
function samePairs(reports: readonly ReportFeatures[]): Pair[] {
  return candidatePairs(reports).flatMap(([i, j]): Pair[] => {
    const [a, b] = [reports[i], reports[j]];
    if (!a || !b) return [];
    const [first, second] = compareCodePoints(a.key, b.key) < 0 ? [a, b] : [b, a];
    const verdict = sameHappening(first, second);
    return verdict.same ? [{ a: first, b: second, score: verdict.score }] : [];
  });
}

/**
 * The pairs left once ambiguous ones are dropped: a report dated less finely than two of its partners that cannot
 * be one happening keeps none of its pairs with reports dated more finely than itself.
 */
function unambiguous(pairs: readonly Pair[]): Pair[] {
  const finerPartners = new Map<string, ReportFeatures[]>();
  const add = (coarse: ReportFeatures, fine: ReportFeatures) => finerPartners.set(coarse.key, [...(finerPartners.get(coarse.key) ?? []), fine]);
  for (const { a, b } of pairs) {
    if (fineness(b) > fineness(a)) add(a, b);
    if (fineness(a) > fineness(b)) add(b, a);
  }
  const ambiguous = new Set(
    [...finerPartners].filter(([, partners]) => partners.some((p, i) => partners.slice(i + 1).some((q) => dateFit(p, q) === null))).map(([key]) => key),
  );
  return pairs.filter(({ a, b }) => !(ambiguous.has(a.key) && fineness(b) > fineness(a)) && !(ambiguous.has(b.key) && fineness(a) > fineness(b)));
}

/** The reports grouped by happening: keys sorted within each group, groups by their first key. */
export function groupReports(reports: readonly ReportFeatures[]): string[][] {
  const sorted = [...reports].sort((a, b) => compareCodePoints(a.key, b.key));
  const pairs = unambiguous(samePairs(sorted)).sort((p, q) => q.score - p.score || compareCodePoints(p.a.key, q.a.key) || compareCodePoints(p.b.key, q.b.key));
  const groupOf = new Map(sorted.map((report) => [report.key, [report]]));
  for (const { a, b } of pairs) {
    const [left, right] = [groupOf.get(a.key), groupOf.get(b.key)];
    if (!left || !right || left === right) continue;
    if (left.some((x) => right.some((y) => reportConflict(x, y) !== null))) continue;
    const joined = [...left, ...right];
    for (const report of joined) groupOf.set(report.key, joined);
  }
  const groups = [...new Set(groupOf.values())].map((group) => group.map((report) => report.key).sort(compareCodePoints));
  return groups.sort((p, q) => compareCodePoints(p[0] ?? '', q[0] ?? ''));
}
