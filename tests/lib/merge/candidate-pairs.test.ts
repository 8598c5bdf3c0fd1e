import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../src/lib/merge/candidate-pairs.ts';
import type { ReportFeatures } from '../../../src/lib/merge/report-features.ts';
import { sameHappening } from '../../../src/lib/merge/same-happening.ts';
import { features, weights } from './support/reports.ts';

const haftar = new Map([['khalifa-haftar', weights.person]]);
const russiaOnly = new Map([['russia', weights.state]]);

const pairsOf = (reports: readonly ReportFeatures[]) =>
  candidatePairs(reports)
    .map(([i, j]) => `${reports[i]?.key} ${reports[j]?.key}`)
    .sort();

describe('candidatePairs', () => {
  it('pairs reports dated to the day only when they are a day apart at most, whoever they name', () => {
    const reports = [
      features({ key: 'a.txt', date: '2024-12-31', actors: russiaOnly }),
      features({ key: 'b.txt', date: '2025-01-01', actors: russiaOnly }),
      features({ key: 'c.txt', date: '2025-01-03', actors: russiaOnly }),
    ];
    expect(pairsOf(reports)).toEqual(['a.txt b.txt']);
  });

  it('pairs a month, a year or no date with the reports naming someone in particular in common, in its year', () => {
    const signing = { actors: haftar, kinds: new Set(['agreement', 'statement'] as const) };
    const reports = [
      features({ key: 'day.txt', date: '2025-03-12', ...signing }),
      features({ key: 'month.txt', date: '2025-06', precision: 'month', ...signing }),
      features({ key: 'year.txt', date: '2025', precision: 'year', ...signing }),
      features({ key: 'undated.txt', date: null, precision: null, basis: null, ...signing }),
      features({ key: 'other-year.txt', date: '2019', precision: 'year', ...signing }),
      features({ key: 'states-only.txt', date: '2025', precision: 'year', actors: russiaOnly }),
      // With no date, only a kind of happening other than a statement in common can tie it.
      features({ key: 'undated-statement.txt', date: null, precision: null, basis: null, actors: haftar, kinds: new Set(['statement'] as const) }),
    ];
    expect(pairsOf(reports)).toEqual([
      'day.txt month.txt',
      'day.txt undated.txt',
      'day.txt year.txt',
      'month.txt undated.txt',
      'month.txt year.txt',
      'undated.txt other-year.txt',
      'year.txt undated.txt',
    ]);
  });

  it('leaves out no pair that sameHappening would join', () => {
    const dates: ReadonlyArray<Pick<ReportFeatures, 'date' | 'precision'>> = [
      { date: '2024-12-31', precision: 'day' },
      { date: '2025-01-01', precision: 'day' },
      { date: '2025-01-02', precision: 'day' },
      { date: '2025-01', precision: 'month' },
      { date: '2025', precision: 'year' },
      { date: '2024', precision: 'year' },
      { date: null, precision: null },
    ];
    const report = fc.record({
      dated: fc.constantFrom(...dates),
      basis: fc.constantFrom('explicit', 'relative', 'publication'),
      actors: fc.subarray(['khalifa-haftar', 'united-nations', 'wagner-group', 'russia', 'libya']),
      kinds: fc.subarray(['meeting', 'statement', 'agreement', 'delivery'] as const),
      places: fc.subarray(['benghazi', 'tobruk']),
      numbers: fc.subarray(['300', '12']),
    });
    const type: Record<string, number> = { 'khalifa-haftar': weights.person, 'united-nations': weights.organization, 'wagner-group': weights.armedGroup };
    const corpus = fc.array(report, { minLength: 2, maxLength: 14 }).map((drawn) =>
      drawn.map((r, n) =>
        features({
          key: `r${n}.txt`,
          ...r.dated,
          basis: r.dated.date === null ? null : r.basis,
          actors: new Map(r.actors.map((id) => [id, type[id] ?? weights.state])),
          kinds: new Set(r.kinds),
          places: new Set(r.places),
          numbers: new Set(r.numbers),
        }),
      ),
    );
    fc.assert(
      fc.property(corpus, (reports) => {
        const candidates = new Set(pairsOf(reports));
        reports.forEach((a, i) =>
          reports.slice(i + 1).forEach((b) => {
            if (sameHappening(a, b).same) expect(candidates).toContain(`${a.key} ${b.key}`);
          }),
        );
      }),
      { seed: 1, numRuns: 300 },
    );
  });
});
