// `npm run bench:rebuild [-- --n 1000]`: how long a build of N articles takes cold (empty cache),
// then again after one article is added, printed. The builds run `astro build` in a copy of the
// project holding N generated articles (scripts/lib/generate-articles.ts) and nothing else, with
// its own caches; the copy is deleted afterwards unless --keep is given.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from './lib/generate-articles.ts';
import { copyProject } from './lib/project-copy.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const count = Number(values.n);
const root = process.cwd();

/** What one build took, read from its own log and the operating system. */
interface BuildFigures {
  seconds: number;
  parsed: string;
  reused: string;
  /** The loader's own time for reading content/ and extracting it. */
  extractionMs: string;
  /** Astro's time for rendering the pages, from its "generating static routes" step: "8.12s". */
  renderTime: string;
  pages: string;
  peakRssMb: string;
}

// Astro's build API in a process of its own, which reports its peak resident memory as it ends.
const BUILD_SCRIPT = `
import { build } from 'astro';
await build({ root: process.cwd(), logLevel: 'info' });
console.log('bench: peak rss ' + Math.round(process.resourceUsage().maxRSS / 1024) + ' MB');
process.exit(0);
`;

/** Runs one `astro build` in `copy`; its log is kept whole for the figures, and shown on failure. */
function runBuild(copy: string): Promise<BuildFigures> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '--eval', BUILD_SCRIPT], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      // Astro colours its log; the figures are read from plain text.
      const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
      if (code !== 0) return reject(new Error(`astro build failed (exit ${code}):\n${plain.slice(-4000)}`));
      const find = (pattern: RegExp) => pattern.exec(plain)?.[1] ?? 'n/a';
      resolve({
        seconds,
        parsed: find(/articles: (\d+) parsed/),
        reused: find(/(\d+) re-used/),
        extractionMs: find(/content read and extracted in (\d+) ms/),
        renderTime: find(/generating static routes[\s\S]*?Completed in ([\d.]+m?s)/),
        pages: find(/(\d+) page\(s\) built/),
        peakRssMb: find(/bench: peak rss (\d+) MB/),
      });
    });
  });
}

/** Three lines on one build, for the terminal. */
function formatFigures(label: string, figures: BuildFigures): string {
  return [
    `${label}: ${figures.seconds.toFixed(1)} s wall, ${figures.pages} pages`,
    `  articles ${figures.parsed} parsed, ${figures.reused} re-used; content read and extracted in ${figures.extractionMs} ms`,
    `  pages rendered in ${figures.renderTime}; peak RSS ${figures.peakRssMb} MB`,
  ].join('\n');
}

const { templates, articles } = await generateArticles(root, count + 1);
const added = articles.pop();
if (!added) throw new Error('--n must be a whole number, 0 or more');
const copy = copyProject(root, 'timeline-bench-');
try {
  // The copy's own articles give way to the generated ones, so the corpus is exactly N articles.
  const folder = path.join(copy, 'content', 'articles');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.join(folder, 'bench'), { recursive: true });
  for (const { name, bytes } of articles) writeFileSync(path.join(folder, 'bench', name), bytes);
  console.log(`bench:rebuild: ${count} articles generated from ${templates} templates in ${copy}`);

  const cold = await runBuild(copy);
  console.log(formatFigures('cold build (empty cache)', cold));
  writeFileSync(path.join(folder, 'bench', added.name), added.bytes);
  const warm = await runBuild(copy);
  console.log(formatFigures('rebuild after adding one article', warm));
  console.log(`node ${process.version}; rebuild / cold = ${(warm.seconds / cold.seconds).toFixed(2)}`);
} finally {
  if (values.keep) console.log(`kept ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}
