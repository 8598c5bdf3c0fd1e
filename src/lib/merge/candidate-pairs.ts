// The pairs of reports worth asking `sameHappening` about, found without comparing every report with
// every other (blocking, as record linkage calls it): an archive of 10,000 articles holds some 20,000
// reports, and their pairs within a year would be tens of millions.
//
// It rests on what `sameHappening` itself requires, so that no pair it could join is left out:
//   - two reports dated to the day fit only a day apart at most: they are looked up by day;
//   - any other pair (a month, a year or no date on either side) must name someone in particular in
//     common, an actor weighing at least PARTICULAR_WEIGHT in both: they are looked up by that actor,
//     and by year within it;
//   - a report with no date must also share a kind of happening other than a statement.
import { PARTICULAR_WEIGHT } from './actor-weight.ts';
import { dayNumber } from '../calendar-days.ts';
import type { ReportFeatures } from './report-features.ts';

const datedToTheDay = (report: ReportFeatures | undefined) => report?.precision === 'day' && report.date !== null;

const concreteKindInCommon = (a: ReportFeatures | undefined, b: ReportFeatures | undefined) =>
  [...(a?.kinds ?? [])].some((kind) => kind !== 'statement' && b?.kinds.has(kind));

/** Each pair once, as indices into `reports` (smaller first), in no particular order. */
export function candidatePairs(reports: readonly ReportFeatures[]): Array<readonly [number, number]> {
  const pairs = new Map<number, readonly [number, number]>();
  const add = (i: number, j: number) => {
    if (i === j) return;
    const [low, high] = i < j ? [i, j] : [j, i];
    pairs.set(low * reports.length + high, [low, high]);
  };
  const indices = reports.map((_, index) => index);

  // Dated to the day on both sides: the same day or the next (a loose date's slack is one day).
  const onDay = Map.groupBy(
    indices.filter((index) => datedToTheDay(reports[index])),
    (index) => dayNumber(reports[index]?.date ?? ''),
  );
  for (const [day, sameDay] of onDay) {
    const nextDay = onDay.get(day + 1) ?? [];
    sameDay.forEach((i, k) => {
      for (const j of sameDay.slice(k + 1)) add(i, j);
      for (const j of nextDay) add(i, j);
    });
  }

  // Every other pair: through an actor in particular both name, within one year or with an undated report.
  const naming = Map.groupBy(
    indices.flatMap((index) => [...(reports[index]?.actors ?? [])].filter(([, weight]) => weight >= PARTICULAR_WEIGHT).map(([id]) => ({ id, index }))),
    ({ id }) => id,
  );
  for (const entries of naming.values()) {
    const all = entries.map(({ index }) => index);
    // Undated as dateFit has it: no date or no precision.
    const byYear = Map.groupBy(all, (index) => (reports[index]?.precision ? (reports[index]?.date?.slice(0, 4) ?? null) : null));
    for (const i of byYear.get(null) ?? []) for (const j of all) if (concreteKindInCommon(reports[i], reports[j])) add(i, j);
    for (const [year, sameYear] of byYear) {
      if (year === null) continue;
      sameYear.forEach((i, k) => {
        for (const j of sameYear.slice(k + 1)) if (!(datedToTheDay(reports[i]) && datedToTheDay(reports[j]))) add(i, j);
      });
    }
  }
  return [...pairs.values()];
}
