// The benchmark's figures (scripts/bench.ts): their shape, the table that shows them against the
// targets, and where --record keeps them.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DistFigures } from './dist-figures.ts';

/** One `npm run build`, as measured. */
export interface BenchRun {
  seconds: number;
  /** Articles the build parsed, and re-used from the cache of an earlier build. */
  parsed: number;
  reused: number;
  /** The content loader's own time for reading and extracting the articles (from the build's log). */
  extractionSeconds: number;
  pagefindSeconds: number;
  /**
   * Peak resident memory of the whole process tree at once (a sum of RSS: pages two processes share count twice);
   * and per step, of its largest process.
   */
  peakMb: number;
  peakByStepMb: Record<string, number>;
}

/** Everything measured for one size of corpus. */
export interface BenchResult {
  articles: number;
  /** Articles extracted (a small corpus is read several times over), in how long. */
  extraction: { articles: number; seconds: number; perSecond: number };
  cold: BenchRun;
  rebuild: BenchRun;
  output: DistFigures;
}

export interface BenchReport {
  date: string;
  seed: string;
  machine: { cpu: string; cores: number; memoryGb: number; os: string; node: string; loadAtStart: number[]; loadAtEnd: number[] };
  results: BenchResult[];
}

/** Issue 6's targets on a 2-core machine. */
export const TARGETS = {
  extractionPerSecond: 1000,
  coldSecondsAt1000: 60,
  coldSecondsAt10000: 600,
  peakMbAt10000: 2048,
  largestPageGzipBytes: 100 * 1024,
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => (bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GB` : `${(bytes / 2 ** 20).toFixed(0)} MB`);
const seconds = (s: number) => (s >= 120 ? `${Math.floor(Math.round(s) / 60)} min ${Math.round(s) % 60} s` : `${s.toFixed(1)} s`);
const count = (n: number) => n.toLocaleString('en-US');
const mark = (met: boolean) => (met ? 'met' : '**not met**');

/** The figures as a Markdown table, then each target with the figure it is judged on. */
export function formatBenchTable(report: BenchReport): string[] {
  const rows = report.results.map((r) => {
    const steps = Object.entries(r.cold.peakByStepMb)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([step, peak]) => `${step} ${count(peak)}`)
      .join(', ');
    return [
      count(r.articles),
      count(r.extraction.perSecond),
      seconds(r.cold.seconds),
      seconds((r.cold.seconds / r.articles) * 1000),
      `${seconds(r.rebuild.seconds)} (${count(r.rebuild.parsed)} parsed)`,
      `${count(r.cold.peakMb)} MB (${steps})`,
      count(r.output.pages),
      mb(r.output.bytes),
      `${kb(r.output.largestPage.gzipBytes)} \`${r.output.largestPage.path}\``,
    ];
  });
  const header = [
    'articles',
    'extraction, articles/s (1 core)',
    'cold build',
    'per 1,000 articles',
    'rebuild after +1 article',
    'peak memory, cold',
    'pages',
    'dist/',
    'largest page, gzipped',
  ];
  const table = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);

  const at = (n: number) => report.results.find((r) => r.articles === n);
  // Judged on the largest corpus: a small one is swayed by its few odd files (each corpus holds one of every defect,
  // among them a 600 KB page source pasted as one line).
  const largest = report.results.reduce<BenchResult | undefined>((best, r) => (best === undefined || r.articles > best.articles ? r : best), undefined);
  const targets = largest
    ? [
        `- extraction ≥ ${count(TARGETS.extractionPerSecond)} articles/s per core: ${count(largest.extraction.perSecond)} at ${count(largest.articles)} articles — ${mark(largest.extraction.perSecond >= TARGETS.extractionPerSecond)}`,
      ]
    : [];
  const thousand = at(1000);
  if (thousand)
    targets.push(
      `- cold build of 1,000 ≤ ${TARGETS.coldSecondsAt1000} s: ${seconds(thousand.cold.seconds)} — ${mark(thousand.cold.seconds <= TARGETS.coldSecondsAt1000)}`,
    );
  const tenThousand = at(10000);
  if (tenThousand) {
    targets.push(
      `- cold build of 10,000 ≤ 10 min: ${seconds(tenThousand.cold.seconds)} — ${mark(tenThousand.cold.seconds <= TARGETS.coldSecondsAt10000)}`,
      `- peak memory at 10,000 ≤ 2 GB: ${count(tenThousand.cold.peakMb)} MB — ${mark(tenThousand.cold.peakMb <= TARGETS.peakMbAt10000)}`,
      `- every page ≤ 100 KB gzipped at 10,000: largest ${kb(tenThousand.output.largestPage.gzipBytes)} — ${mark(tenThousand.output.largestPage.gzipBytes <= TARGETS.largestPageGzipBytes)}`,
    );
  }
  const { machine } = report;
  return [
    ...table,
    '',
    ...targets,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}; load average ${machine.loadAtStart[0]} at the start, ${machine.loadAtEnd[0]} at the end. Seed ${report.seed}, ${report.date.slice(0, 10)}.`,
  ];
}

const START = '<!-- bench:start (written by `npm run bench -- --record`) -->';
const END = '<!-- bench:end -->';

/** `markdown` with the text between the bench markers replaced by `lines`; the markers must be there. */
export function replaceBenchTable(markdown: string, lines: readonly string[]): string {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/benchmarks.md lacks the lines ${START} and ${END}`);
  return `${markdown.slice(0, start + START.length)}\n${lines.join('\n')}\n${markdown.slice(end)}`;
}

/** Keeps `report` as docs/benchmarks.json and as the table of docs/benchmarks.md. */
export function recordBenchmarks(root: string, report: BenchReport, json: string): void {
  const docs = path.join(root, 'docs', 'benchmarks.md');
  writeFileSync(path.join(root, 'docs', 'benchmarks.json'), json);
  writeFileSync(docs, replaceBenchTable(readFileSync(docs, 'utf-8'), formatBenchTable(report)));
}
