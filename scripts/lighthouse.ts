// `npm run lighthouse [-- --runs 3 --server static|preview --path /x/ --out FILE --dist DIR --chromium PATH]`:
// Lighthouse on mobile defaults (Moto G Power emulation, simulated slow-4G and 4× CPU throttling)
// over `/`, an event page, an actor page and `/lanes/` (the last two when built), categories
// performance, accessibility, best practices and SEO. Prints the scores and what costs points;
// writes a summary to .cache/lighthouse.json (or --out) and each full report to .cache/lighthouse/.
// Exits 1 when performance is under 95 or any other category under 100.
//
// The site is served by default with scripts/lib/serve-static.ts, which gzips text as any real
// static host does; `astro preview` serves it uncompressed, which makes Lighthouse weigh (and, with
// simulated throttling, time) every page as if the host sent raw HTML and CSS. `--server preview`
// runs against `astro preview` on the project's dist/ for comparison.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { type Result } from 'lighthouse';
import { EventsExportSchema } from '../src/schemas/event.ts';
import { findChromium } from './lib/find-chromium.ts';
import { launchForLighthouse } from './lib/launch-for-lighthouse.ts';
import { serveStatic } from './lib/serve-static.ts';
import { serveDist } from './lib/site-server.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    server: { type: 'string', default: 'static' },
    path: { type: 'string', multiple: true },
    out: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    chromium: { type: 'string' },
  },
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
/** The lowest passing score (0–100) per category. */
const THRESHOLDS: Readonly<Record<Category, number>> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

/** An audit that lost points, with the elements or resources it names. */
interface Finding {
  category: Category;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** Selectors, snippets or URLs from the audit's details, a few at most. */
  items: string[];
}

/** One page's result: the median run's scores (0–100), metrics and findings. */
interface PageResult {
  path: string;
  scores: Record<Category, number | null>;
  /** Performance scores of every run; the median one stands for the page. */
  performanceRuns: (number | null)[];
  /** Lighthouse's CPU benchmark of this machine per run: simulated timings scale with it, so a busy machine scores lower. */
  benchmarkIndex: number[];
  metrics: Record<string, string | undefined>;
  findings: Finding[];
  report: string;
}

const root = process.cwd();
const distDir = path.resolve(values.dist);
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 3);
if (values.server !== 'static' && values.server !== 'preview') throw new Error('--server must be static or preview');
if (values.server === 'preview' && distDir !== path.join(root, 'dist')) throw new Error('--server preview serves dist/ only');

if (!existsSync(path.join(distDir, 'index.html'))) {
  // Only the project's own dist/ is built here; another folder must be given ready.
  if (distDir !== path.join(root, 'dist')) throw new Error(`${values.dist}/index.html is missing`);
  process.stderr.write('dist/index.html is missing: running npm run build\n');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The pages to audit: `--path` values, or `/`, the first primary event, its first actor with a page, and `/lanes/`. */
async function choosePaths(): Promise<string[]> {
  if (values.path?.length) return values.path;
  const exported = EventsExportSchema.parse(JSON.parse(await readFile(path.join(distDir, 'events.json'), 'utf8')));
  const built = (urlPath: string): boolean => existsSync(path.join(distDir, urlPath, 'index.html'));
  const event = exported.events.find((e) => e.kind === 'primary' && built(`/events/${e.id}/`));
  const actor = exported.events
    .flatMap((e) => (e.kind === 'primary' ? e.actors : []))
    .find((id) => built(`/actors/${id}/`));
  return ['/', event && `/events/${event.id}/`, actor && `/actors/${actor}/`, built('/lanes/') ? '/lanes/' : undefined].filter(
    (p): p is string => p !== undefined,
  );
}

/** Short strings naming what an audit's details point at: selectors, snippets, URLs. */
function detailItems(audit: Result['audits'][string]): string[] {
  const details = audit.details;
  if (!details || !('items' in details) || !Array.isArray(details.items)) return [];
  const names: string[] = [];
  for (const item of details.items as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const node = (record['node'] ?? record) as Record<string, unknown>;
    const location = record['sourceLocation'] as Record<string, unknown> | undefined;
    const where = typeof location?.['url'] === 'string' ? ` (${location['url']})` : '';
    const description = typeof record['description'] === 'string' ? `${record['description']}${where}` : undefined;
    const text = [node['selector'], record['url'], description, node['snippet']].find(
      (value): value is string => typeof value === 'string' && value.length > 0,
    );
    if (text) names.push(text.length > 160 ? `${text.slice(0, 159)}…` : text);
  }
  return names.slice(0, 5);
}

/** The audits of each category that did not score full marks (weighted ones for performance too). */
function findings(lhr: Result): Finding[] {
  const found: Finding[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      // Layout shifts are informative, but they name the elements behind a non-zero CLS.
      const shifts = audit.id === 'layout-shifts' && detailItems(audit).length > 0;
      if (!shifts) {
        if (audit.score === null || audit.score >= 1) continue;
        if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
        // Unweighted performance audits count only when they estimate a saving.
        if (category === 'performance' && ref.weight === 0 && audit.scoreDisplayMode !== 'metricSavings') continue;
      }
      found.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        items: detailItems(audit),
      });
    }
  }
  return found;
}

/** The 0–100 score of a category, null when Lighthouse could not score it. */
function score(lhr: Result, category: Category): number | null {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? null : Math.round(value * 100);
}

// `--chromium PATH` counts as CHROMIUM_PATH: it wins over the environment and must exist.
const binary = await findChromium({ env: { CHROMIUM_PATH: values.chromium ?? process.env['CHROMIUM_PATH'] } });
const server =
  values.server === 'preview'
    ? await serveDist(root).then((s) => ({ origin: s.url, close: s.close }))
    : await serveStatic({ mounts: [{ prefix: '/', dir: distDir }] });
const chrome = await launchForLighthouse(binary);
const reportDir = path.join(root, '.cache', 'lighthouse');
await mkdir(reportDir, { recursive: true });
const results: PageResult[] = [];
try {
  for (const urlPath of await choosePaths()) {
    const lhrs: Result[] = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(`${server.origin}${urlPath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${urlPath}`);
      if (result.lhr.runtimeError) throw new Error(`${urlPath}: ${result.lhr.runtimeError.message}`);
      lhrs.push(result.lhr);
    }
    // The run with the median performance score stands for the page (Lighthouse's advice for variance).
    const sorted = [...lhrs].sort((a, b) => (score(a, 'performance') ?? 0) - (score(b, 'performance') ?? 0));
    const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
    if (!lhr) throw new Error(`no Lighthouse run for ${urlPath}`);
    const report = path.join(reportDir, `${urlPath.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'index'}.json`);
    await writeFile(report, JSON.stringify(lhr));
    results.push({
      path: urlPath,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)])) as Record<Category, number | null>,
      performanceRuns: lhrs.map((r) => score(r, 'performance')),
      benchmarkIndex: lhrs.map((r) => Math.round(r.environment.benchmarkIndex)),
      metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue])),
      findings: findings(lhr),
      report: path.relative(root, report),
    });
    const scores = CATEGORIES.map((c) => `${c} ${score(lhr, c) ?? '—'}`).join(', ');
    const perRun = lhrs.map((r) => score(r, 'performance')).join('/');
    const benchmark = lhrs.map((r) => Math.round(r.environment.benchmarkIndex)).join('/');
    process.stderr.write(`${urlPath}: ${scores}; performance per run ${perRun}, benchmarkIndex ${benchmark}\n`);
    for (const warning of lhr.runWarnings) process.stderr.write(`  warning: ${warning}\n`);
  }
} finally {
  await chrome.close();
  await server.close();
}

const failures = results.flatMap((r) =>
  CATEGORIES.filter((c) => (r.scores[c] ?? 0) < THRESHOLDS[c]).map(
    (c) => `${r.path} ${c} ${r.scores[c] ?? '—'} < ${THRESHOLDS[c]}`,
  ),
);
const pad = Math.max(...results.map((r) => r.path.length), 4);
const servedBy = values.server === 'preview' ? 'astro preview (no compression)' : 'the gzip static server';
const lines = [
  `Lighthouse mobile (simulated throttling), served by ${servedBy}, median of ${runs} run(s) by performance; ` +
    `Chromium ${binary.executablePath}`,
  '',
  `${'page'.padEnd(pad)}  perf  a11y  best   seo   FCP      LCP      TBT      CLS    SI`,
  ...results.map(
    (r) =>
      `${r.path.padEnd(pad)}  ${CATEGORIES.map((c) => String(r.scores[c] ?? '—').padStart(4)).join('  ')}   ` +
      METRICS.map((m) => (r.metrics[m] ?? '—').replace(/\u00a0/g, ' ').padEnd(8)).join(' '),
  ),
  '',
];
for (const r of results) {
  if (!r.findings.length) continue;
  lines.push(`${r.path}:`);
  for (const f of r.findings) {
    lines.push(`  [${f.category}] ${f.id}: ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}`);
    for (const item of f.items) lines.push(`      ${item.replace(/\s+/g, ' ')}`);
  }
}
const benchmarks = results.flatMap((r) => r.benchmarkIndex);
// Lighthouse calibrates its simulated 4× CPU slowdown for a machine scoring about 1000 or more;
// on a busy or slow machine every observed task is longer, and so every simulated metric.
if (benchmarks.length && Math.min(...benchmarks) < 1000)
  lines.push(`Note: benchmarkIndex went down to ${Math.min(...benchmarks)} (busy or slow machine); performance is pessimistic.`);
lines.push(
  failures.length
    ? `FAIL: ${failures.join('; ')}`
    : 'PASS: performance ≥ 95, accessibility, best practices and SEO 100 on every page.',
);
process.stdout.write(`${lines.join('\n')}\n`);

const outFile = path.resolve(values.out ?? path.join(root, '.cache', 'lighthouse.json'));
await mkdir(path.dirname(outFile), { recursive: true });
const summary = {
  measuredAt: new Date().toISOString(),
  server: values.server,
  runs,
  chromium: binary.executablePath,
  thresholds: THRESHOLDS,
  pages: results,
  failures,
};
await writeFile(outFile, `${JSON.stringify(summary, null, 2)}\n`);
process.stderr.write(`wrote ${path.relative(root, outFile)}\n`);
if (failures.length) process.exitCode = 1;
