// `npm run compare:timelinejs [-- --runs 5 --network none|slow4g --out FILE --dist DIR --chromium PATH --strict]`:
// loads our `/` and a TimelineJS3 page holding the same primary events side by side in one
// Chromium (phone viewport, CPU throttled 4×, cache off, both served gzipped from localhost) and
// prints requests, bytes, JavaScript, First and Largest Contentful Paint (medians) and what each
// shows with JavaScript off. Writes the figures as JSON to .cache/compare-timelinejs.json or --out.
// The network is not throttled by default (localhost is instant, so only the CPU decides the
// paints); `--network slow4g` adds Lighthouse's mobile network (562.5 ms latency, 1.47 Mbps), where
// bytes cost time as they do on a phone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { EventsExportSchema } from '../src/schemas/event.ts';
import { findChromium, launchChromium } from './lib/find-chromium.ts';
import { serveStatic } from './lib/serve-static.ts';
import { timelineJsPage, toTimelineJs } from './lib/timelinejs-page.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    network: { type: 'string', default: 'none' },
    out: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    chromium: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});

/** The phone every load runs on: a 390×844 CSS-pixel screen at 3× density, Chrome on Android. */
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36',
} as const;
const CPU_SLOWDOWN = 4;
/** DevTools' throttling for Lighthouse's "slow 4G" mobile preset (bytes per second, milliseconds). */
const NETWORKS = {
  none: null,
  slow4g: { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 },
} as const;
/** After the network goes quiet, time left for late paints (TimelineJS lays out after its fonts load). */
const SETTLE_MS = 1000;

/** One resource the page loaded. */
interface Resource {
  url: string;
  type: string;
  /** Bytes on the wire, headers included (CDP `encodedDataLength`). */
  transferBytes: number;
}

/** What one load of one page measured. */
interface LoadMetrics {
  requests: number;
  transferBytes: number;
  jsBytes: number;
  /** Scripts written into the HTML (already inside the document's bytes), gzipped on their own. */
  inlineJsGzipBytes: number;
  cssBytes: number;
  fcpMs: number | null;
  lcpMs: number | null;
  /** Requests to other origins, aborted: the comparison is about what localhost serves. */
  blocked: string[];
  resources: Resource[];
}

/** What a page shows with JavaScript disabled. */
interface NoJsResult {
  textChars: number;
  /** Primary event titles found in the visible text. */
  eventsShown: number;
  fcpMs: number | null;
}

/** The summary of one page over all runs. */
interface PageSummary {
  name: string;
  url: string;
  median: Omit<LoadMetrics, 'blocked' | 'resources'>;
  runs: Omit<LoadMetrics, 'resources'>[];
  resources: Resource[];
  noJs: NoJsResult;
}

const root = process.cwd();
const distDir = path.resolve(values.dist);
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 5);
if (!(values.network in NETWORKS)) throw new Error(`--network must be one of ${Object.keys(NETWORKS).join(', ')}`);
const network = NETWORKS[values.network as keyof typeof NETWORKS];

if (!existsSync(path.join(distDir, 'index.html'))) {
  // Only the project's own dist/ is built here; another folder must be given ready.
  if (distDir !== path.join(root, 'dist')) throw new Error(`${values.dist}/index.html is missing`);
  process.stderr.write('dist/index.html is missing: running npm run build\n');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const exported = EventsExportSchema.parse(JSON.parse(await readFile(path.join(distDir, 'events.json'), 'utf8')));
const primary = exported.events.filter((event) => event.kind === 'primary');
const { data, undated } = toTimelineJs(exported.events);

// The TimelineJS page lives in .cache/; the package's dist/ is served beside it under /tl/.
const pageDir = path.join(root, '.cache', 'timelinejs-page');
await mkdir(pageDir, { recursive: true });
await writeFile(path.join(pageDir, 'index.html'), timelineJsPage(data, '/tl/'));
const timelineJsDist = path.join(root, 'node_modules', '@knight-lab', 'timelinejs', 'dist');

const ours = await serveStatic({ mounts: [{ prefix: '/', dir: distDir }] });
const theirs = await serveStatic({
  mounts: [
    { prefix: '/', dir: pageDir },
    { prefix: '/tl/', dir: timelineJsDist },
  ],
});
const pages = [
  { name: 'TimelineJS3', url: `${theirs.origin}/` },
  { name: 'ours', url: `${ours.origin}/` },
] as const;

const median = (numbers: readonly number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const medianOrNull = (numbers: readonly (number | null)[]): number | null => {
  const known = numbers.filter((n): n is number => n !== null);
  return known.length ? median(known) : null;
};

/** The paint timings of the current page: FCP from the paint timeline, LCP from its last buffered entry. */
async function readPaints(page: Page): Promise<{ fcpMs: number | null; lcpMs: number | null }> {
  return page.evaluate(
    () =>
      new Promise<{ fcpMs: number | null; lcpMs: number | null }>((resolve) => {
        const fcp = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
        let lcp: number | null = null;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcp = entry.startTime;
        });
        observer.observe({ type: 'largest-contentful-paint', buffered: true });
        // Buffered entries arrive in a task of their own.
        setTimeout(() => {
          observer.disconnect();
          resolve({ fcpMs: fcp ? fcp.startTime : null, lcpMs: lcp });
        }, 50);
      }),
  );
}

/** Loads `url` once in a fresh phone context with the CPU throttled and the cache off. */
async function measure(browser: Browser, url: string): Promise<LoadMetrics> {
  const context = await browser.newContext({ ...PHONE });
  try {
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const blocked: string[] = [];
    await page.route(
      (target) => target.origin !== origin,
      async (route) => {
        blocked.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    const cdp = await context.newCDPSession(page);
    const pending = new Map<string, { url: string; type: string }>();
    const resources: Resource[] = [];
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!event.request.url.startsWith('http')) return;
      pending.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other' });
    });
    cdp.on('Network.responseReceived', (event) => {
      const known = pending.get(event.requestId);
      if (known) known.type = event.type;
    });
    cdp.on('Network.loadingFinished', (event) => {
      const known = pending.get(event.requestId);
      if (known) resources.push({ ...known, transferBytes: event.encodedDataLength });
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    const paints = await readPaints(page);
    const inlineJs = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((script) => !(script as HTMLScriptElement).type || /module|javascript/.test((script as HTMLScriptElement).type))
        .map((script) => script.textContent ?? '')
        .join('\n'),
    );
    const local = resources.filter((resource) => resource.url.startsWith(origin));
    const sum = (list: readonly Resource[]): number => list.reduce((total, resource) => total + resource.transferBytes, 0);
    return {
      requests: local.length,
      transferBytes: sum(local),
      jsBytes: sum(local.filter((resource) => resource.type === 'Script')),
      inlineJsGzipBytes: inlineJs ? gzipSync(inlineJs, { level: constants.Z_BEST_COMPRESSION }).length : 0,
      cssBytes: sum(local.filter((resource) => resource.type === 'Stylesheet')),
      ...paints,
      blocked,
      resources: local.map((resource) => ({ ...resource, url: resource.url.slice(origin.length) })),
    };
  } finally {
    await context.close();
  }
}

/** Loads `url` with JavaScript off: how much text it shows and how many of the event titles. */
async function measureNoJs(browser: Browser, url: string): Promise<NoJsResult> {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const origin = new URL(url).origin;
    await page.route((target) => target.origin !== origin, (route) => route.abort('blockedbyclient'));
    await page.goto(url, { waitUntil: 'load' });
    // Evaluation runs in Playwright's utility world, so it works with page scripts disabled.
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ').trim();
    const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();
    const eventsShown = primary.filter((event) => text.includes(normalize(event.title))).length;
    // No timers run with scripts off, so only the synchronous paint timeline is read here.
    const fcpMs = await page.evaluate(
      () => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? null,
    );
    return { textChars: text.length, eventsShown, fcpMs };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | null): string => (value === null ? '—' : `${Math.round(value)} ms`);

// `--chromium PATH` counts as CHROMIUM_PATH: it wins over the environment and must exist.
const binary = await findChromium({ env: { CHROMIUM_PATH: values.chromium ?? process.env['CHROMIUM_PATH'] } });
const browser = await launchChromium(binary);
const samples = new Map<string, LoadMetrics[]>(pages.map((page) => [page.name, []]));
try {
  // One untimed load each, so neither page pays for the server's first gzip or a cold browser.
  for (const page of pages) await measure(browser, page.url);
  for (let run = 0; run < runs; run += 1) {
    // Alternate the order so neither page always goes first.
    const order = run % 2 ? [...pages].reverse() : pages;
    for (const page of order) {
      const result = await measure(browser, page.url);
      samples.get(page.name)?.push(result);
      const timings = `FCP ${ms(result.fcpMs)}, LCP ${ms(result.lcpMs)}`;
      process.stderr.write(`run ${run + 1}/${runs} ${page.name}: ${kb(result.transferBytes)}, ${timings}\n`);
    }
  }
  const summaries: PageSummary[] = [];
  for (const page of pages) {
    const list = samples.get(page.name) ?? [];
    summaries.push({
      name: page.name,
      url: page.url,
      median: {
        requests: median(list.map((r) => r.requests)),
        transferBytes: median(list.map((r) => r.transferBytes)),
        jsBytes: median(list.map((r) => r.jsBytes)),
        inlineJsGzipBytes: median(list.map((r) => r.inlineJsGzipBytes)),
        cssBytes: median(list.map((r) => r.cssBytes)),
        fcpMs: medianOrNull(list.map((r) => r.fcpMs)),
        lcpMs: medianOrNull(list.map((r) => r.lcpMs)),
      },
      runs: list.map(({ resources: _resources, ...rest }) => rest),
      resources: list.at(-1)?.resources ?? [],
      noJs: await measureNoJs(browser, page.url),
    });
  }
  const [tl, us] = summaries;
  if (!tl || !us) throw new Error('no measurements');

  const rows: [string, string, string][] = [
    ['requests', String(tl.median.requests), String(us.median.requests)],
    ['transferred (gzip)', kb(tl.median.transferBytes), kb(us.median.transferBytes)],
    ['  of which JavaScript files', kb(tl.median.jsBytes), kb(us.median.jsBytes)],
    ['  inline JS (in HTML, gzip)', kb(tl.median.inlineJsGzipBytes), kb(us.median.inlineJsGzipBytes)],
    ['  of which CSS', kb(tl.median.cssBytes), kb(us.median.cssBytes)],
    ['First Contentful Paint', ms(tl.median.fcpMs), ms(us.median.fcpMs)],
    ['Largest Contentful Paint', ms(tl.median.lcpMs), ms(us.median.lcpMs)],
    ['blocked external requests', String(tl.runs[0]?.blocked.length ?? 0), String(us.runs[0]?.blocked.length ?? 0)],
    ['without JavaScript: text', `${tl.noJs.textChars} chars`, `${us.noJs.textChars} chars`],
    ['without JavaScript: events', `${tl.noJs.eventsShown}/${primary.length}`, `${us.noJs.eventsShown}/${primary.length}`],
  ];
  const width = [28, 14, 14];
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(width[0] ?? 0) : cell.padStart(width[i] ?? 0))).join(' ');
  const leftOut = undated.length ? ` (${undated.length} undated left out of TimelineJS, which needs a date)` : '';
  const kbps = network ? Math.round((network.downloadThroughput * 8) / 1024) : 0;
  const throttledNetwork = network ? `${values.network} (${network.latency} ms, ${kbps} kbps)` : 'not throttled';
  const out: string[] = [
    `Same ${data.events.length} primary events${leftOut}; ` +
      `${PHONE.viewport.width}×${PHONE.viewport.height} @${PHONE.deviceScaleFactor}x, CPU ${CPU_SLOWDOWN}× slower, ` +
      `network ${throttledNetwork}, cache off, gzip; median of ${runs} runs.`,
    `Chromium: ${binary.executablePath} (${binary.origin})`,
    '',
    line(['', 'TimelineJS3', 'ours']),
    ...rows.map(line),
    '',
  ];
  const ratio = us.median.transferBytes / tl.median.transferBytes;
  const lighter = us.median.transferBytes * 10 <= tl.median.transferBytes;
  const sooner =
    us.median.fcpMs !== null &&
    tl.median.fcpMs !== null &&
    us.median.lcpMs !== null &&
    tl.median.lcpMs !== null &&
    us.median.fcpMs < tl.median.fcpMs &&
    us.median.lcpMs < tl.median.lcpMs;
  out.push(
    `Weight: ours is ${(ratio * 100).toFixed(1)}% of TimelineJS3's (${lighter ? 'within' : 'NOT within'} the 1/10 budget).`,
    `Paint: ours ${sooner ? 'paints sooner' : 'does NOT paint sooner'} ` +
      `(FCP ${ms(us.median.fcpMs)} vs ${ms(tl.median.fcpMs)}, LCP ${ms(us.median.lcpMs)} vs ${ms(tl.median.lcpMs)}).`,
  );
  const blockedUrls = [...new Set(summaries.flatMap((s) => s.runs.flatMap((r) => r.blocked)))];
  if (blockedUrls.length) out.push(`Blocked (not counted in the weights): ${blockedUrls.join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);

  const outFile = path.resolve(values.out ?? path.join(root, '.cache', 'compare-timelinejs.json'));
  await mkdir(path.dirname(outFile), { recursive: true });
  const report = {
    measuredAt: new Date().toISOString(),
    setup: {
      viewport: PHONE.viewport,
      deviceScaleFactor: PHONE.deviceScaleFactor,
      userAgent: PHONE.userAgent,
      cpuSlowdown: CPU_SLOWDOWN,
      network: network ? { preset: values.network, ...network } : null,
      cacheDisabled: true,
      compression: 'gzip (level 9) for text, by scripts/lib/serve-static.ts',
      runs,
      chromium: binary.executablePath,
      events: data.events.length,
      undatedLeftOut: undated.map((event) => event.id),
    },
    pages: summaries,
    verdict: { weightRatio: ratio, atMostATenth: lighter, paintsSooner: sooner },
  };
  await writeFile(outFile, `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`wrote ${path.relative(root, outFile)}\n`);
  if (values.strict && !(lighter && sooner)) process.exitCode = 1;
} finally {
  await browser.close();
  await ours.close();
  await theirs.close();
}
