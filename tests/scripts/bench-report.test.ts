import { describe, expect, it } from 'vitest';
import { formatBenchTable, replaceBenchTable, type BenchReport, type BenchRun } from '../../scripts/lib/bench/bench-report.ts';

const run = (seconds: number, peakMb: number, parsed: number): BenchRun => ({
  seconds,
  parsed,
  reused: 0,
  extractionSeconds: 1,
  pagefindSeconds: 1,
  peakMb,
  peakByStepMb: { pagefind: peakMb - 500, astro: peakMb - 100 },
});

const report: BenchReport = {
  date: '2026-12-02T07:00:00.000Z',
  seed: '1',
  machine: { cpu: 'Test CPU', cores: 2, memoryGb: 24, os: 'Linux 6', node: 'v24.0.0', loadAtStart: [1.5, 1, 1], loadAtEnd: [2, 1, 1] },
  results: [
    {
      articles: 1000,
      extraction: { articles: 1000, seconds: 2.5, perSecond: 400 },
      cold: run(45.25, 1200, 1000),
      rebuild: run(40, 1100, 1),
      output: { pages: 2900, bytes: 150 * 2 ** 20, largestPage: { path: '/years/2019/', gzipBytes: 33 * 1024 } },
    },
    {
      articles: 10000,
      extraction: { articles: 10000, seconds: 20, perSecond: 500 },
      cold: run(500, 2100, 10000),
      rebuild: run(450, 2000, 1),
      output: { pages: 23000, bytes: 1.5 * 2 ** 30, largestPage: { path: '/lanes/', gzipBytes: 101 * 1024 } },
    },
  ],
};

describe('formatBenchTable', () => {
  it('shows every size as a row, then each target with the figure it is judged on, then the machine', () => {
    expect(formatBenchTable(report)).toEqual([
      '| articles | extraction, articles/s (1 core) | cold build | per 1,000 articles | rebuild after +1 article | peak memory, cold | pages | dist/ | largest page, gzipped |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 1,000 | 400 | 45.3 s | 45.3 s | 40.0 s (1 parsed) | 1,200 MB (astro 1,100, pagefind 700) | 2,900 | 150 MB | 33.0 KB `/years/2019/` |',
      '| 10,000 | 500 | 8 min 20 s | 50.0 s | 7 min 30 s (1 parsed) | 2,100 MB (astro 2,000, pagefind 1,600) | 23,000 | 1.50 GB | 101.0 KB `/lanes/` |',
      '',
      '- extraction ≥ 1,000 articles/s per core: 500 at 10,000 articles — **not met**',
      '- cold build of 1,000 ≤ 60 s: 45.3 s — met',
      '- cold build of 10,000 ≤ 10 min: 8 min 20 s — met',
      '- peak memory at 10,000 ≤ 2 GB: 2,100 MB — **not met**',
      '- every page ≤ 100 KB gzipped at 10,000: largest 101.0 KB — **not met**',
      '',
      'Machine: Test CPU, 2 cores, 24 GB, Linux 6, Node v24.0.0; load average 1.5 at the start, 2 at the end. Seed 1, 2026-12-02.',
    ]);
  });
});

describe('replaceBenchTable', () => {
  const start = '<!-- bench:start (written by `npm run bench -- --record`) -->';
  it('replaces what lies between the markers and keeps the rest', () => {
    expect(replaceBenchTable(`# B\n\n${start}\nold\n<!-- bench:end -->\nafter\n`, ['new', 'lines'])).toBe(
      `# B\n\n${start}\nnew\nlines\n<!-- bench:end -->\nafter\n`,
    );
  });

  it('refuses a page without the markers rather than lose the table', () => {
    expect(() => replaceBenchTable('# B\n', ['x'])).toThrow(/lacks the lines/);
  });
});
