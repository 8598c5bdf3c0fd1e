// `npm run bench [-- --sizes 100,1000,10000 --seed 1 --record]`: how the build scales. For each size N
// it generates a corpus of N articles (scripts/lib/corpus/, the same as `npm run corpus`) and measures
//   - extraction: articles per second through the pipeline, on one core, in this process;
//   - a cold build (`npm run build`: Astro, then Pagefind) of a project copy holding only that corpus,
//     with empty caches; then a rebuild after one more article arrives; each timed, with the peak
//     memory of its whole process tree (scripts/lib/bench/process-memory.ts);
//   - what the build wrote: pages, bytes, the heaviest page gzipped.
// It prints a table against the targets of issue 6 and writes the figures as JSON to
// .cache/bench/latest.json; with --record, to docs/benchmarks.json and the table in docs/benchmarks.md
// too. A benchmark, not a test: figures vary with the machine and what else runs on it.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildActorIndex } from '../src/lib/actor-index.ts';
import { loadRegistry } from '../src/lib/load-registry.ts';
import { extractArticle, type ArticleInput } from '../src/lib/pipeline.ts';
import { distFigures, type DistFigures } from './lib/bench/dist-figures.ts';
import { watchMemory, type MemoryPeaks } from './lib/bench/process-memory.ts';
import { formatBenchTable, recordBenchmarks, type BenchResult, type BenchRun } from './lib/bench/bench-report.ts';
import { generateCorpus, type GeneratedFile } from './lib/corpus/generate-corpus.ts';
import { copyProject } from './lib/project-copy.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '1' },
    // Fixed, as `npm run corpus` has it, so that a seed gives the same corpus on any day.
    until: { type: 'string', default: '2026-11-30' },
    record: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write('usage: npm run bench [-- --sizes 100,1000,10000 --seed 1 --record --keep]\n');
  process.exit(2);
}

const root = process.cwd();
const registryText = readFileSync(path.join(root, 'content/actors.yaml'), 'utf-8');
const registry = loadRegistry('content/actors.yaml', registryText);
const context = { actors: buildActorIndex(registry.actors) };

/** Articles per second through the pipeline on one core, sidecars read with their articles as the build reads them. */
function extractionRate(files: readonly GeneratedFile[]): { articles: number; seconds: number; perSecond: number } {
  const decoder = new TextDecoder();
  const sidecars = new Map(files.filter((file) => file.path.endsWith('.meta.yaml')).map((file) => [file.path.slice(0, -'.meta.yaml'.length), file]));
  const inputs: ArticleInput[] = files
    .filter((file) => !file.path.endsWith('.meta.yaml'))
    .map((file) => {
      const sidecar = sidecars.get(file.path);
      return { file: file.path, bytes: file.bytes, ...(sidecar ? { sidecar: { file: sidecar.path, text: decoder.decode(sidecar.bytes) } } : {}) };
    });
  // Warm up the JIT and the lazily built dictionaries before timing; a small corpus is read again
  // until two seconds have passed, so that its figure is not a few milliseconds' noise.
  for (const input of inputs.slice(0, 50)) extractArticle(input, context);
  const started = process.hrtime.bigint();
  let read = 0;
  let seconds = 0;
  do {
    for (const input of inputs) extractArticle(input, context);
    read += inputs.length;
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
  } while (seconds < 2);
  return { articles: read, seconds, perSecond: Math.round(read / seconds) };
}

/** Which step of `npm run build` a process is, from its command line. */
const stepOf = (commandLine: string): string | null => (/pagefind/.test(commandLine) ? 'pagefind' : /astro/.test(commandLine) ? 'astro' : null);

/** Runs `npm run build`'s script in `copy`, timed and watched; its log is kept for the figures, and shown on failure. */
function runBuild(copy: string): Promise<BenchRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--experimental-strip-types', 'scripts/build.ts'], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = child.pid === undefined ? null : watchMemory(child.pid, stepOf);
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    // 'close', not 'exit': the child's output may still be arriving when it exits.
    child.on('close', (code) => {
      const peaks: MemoryPeaks = memory?.stop() ?? { treeMb: 0, byStepMb: {} };
      const seconds = (performance.now() - started) / 1000;
      // Astro colours its log; the figures are read from plain text.
      const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
      if (code !== 0) return reject(new Error(`the build failed (exit ${code}):\n${plain.slice(-4000)}`));
      const find = (pattern: RegExp) => Number(pattern.exec(plain)?.[1] ?? Number.NaN);
      resolve({
        seconds,
        parsed: find(/articles: (\d+) parsed/),
        reused: find(/(\d+) re-used/),
        extractionSeconds: find(/content read and extracted in (\d+) ms/) / 1000,
        // Pagefind runs once per search bundle (src/lib/search-bundles.ts).
        pagefindSeconds: [...plain.matchAll(/Finished in ([\d.]+) seconds/g)].reduce((sum, [, seconds]) => sum + Number(seconds), 0),
        peakMb: peaks.treeMb,
        peakByStepMb: peaks.byStepMb,
      });
    });
  });
}

/** One size: the corpus, its extraction rate, a cold build, the figures of its output, and a rebuild after one more article. */
async function benchSize(n: number): Promise<BenchResult> {
  // N + 1 articles, the last held back to arrive between the two builds.
  const corpus = generateCorpus({ n: n + 1, seed: values.seed, until: values.until, registry: registry.actors });
  const last = corpus.manifest.files.at(-1)?.file ?? '';
  const arriving = corpus.files.filter((file) => file.path === last || file.path === `${last}.meta.yaml`);
  const present = corpus.files.filter((file) => !arriving.includes(file));
  process.stdout.write(`bench: ${n} articles generated (seed ${values.seed})\n`);

  const extraction = extractionRate(present);
  process.stdout.write(`bench: extraction ${extraction.perSecond} articles/s on one core\n`);

  const copy = copyProject(root, `timeline-bench-${n}-`);
  try {
    // The copy holds the corpus and the registry, nothing else: no seeds, no id lock from this checkout.
    const content = path.join(copy, 'content');
    rmSync(path.join(content, 'articles'), { recursive: true, force: true });
    rmSync(path.join(content, 'id-lock.yaml'), { force: true });
    const write = (file: GeneratedFile) => {
      mkdirSync(path.dirname(path.join(content, file.path)), { recursive: true });
      writeFileSync(path.join(content, file.path), file.bytes);
    };
    present.forEach(write);

    const cold = await runBuild(copy);
    const output: DistFigures = distFigures(path.join(copy, 'dist'));
    process.stdout.write(`bench: cold build ${cold.seconds.toFixed(1)} s, ${output.pages} pages, peak ${cold.peakMb} MB\n`);
    arriving.forEach(write);
    const rebuild = await runBuild(copy);
    process.stdout.write(`bench: rebuild ${rebuild.seconds.toFixed(1)} s, peak ${rebuild.peakMb} MB\n`);
    return { articles: n, extraction, cold, rebuild, output };
  } finally {
    if (values.keep) process.stdout.write(`bench: kept ${copy}\n`);
    else rmSync(copy, { recursive: true, force: true });
  }
}

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.availableParallelism(),
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  loadAtStart: os.loadavg().map((load) => Number(load.toFixed(2))),
};
const results: BenchResult[] = [];
for (const n of sizes) results.push(await benchSize(n));
const report = {
  date: new Date().toISOString(),
  seed: values.seed,
  machine: { ...machine, loadAtEnd: os.loadavg().map((load) => Number(load.toFixed(2))) },
  results,
};

const json = `${JSON.stringify(report, null, 2)}\n`;
mkdirSync(path.join(root, '.cache', 'bench'), { recursive: true });
writeFileSync(path.join(root, '.cache', 'bench', 'latest.json'), json);
process.stdout.write(`\n${formatBenchTable(report).join('\n')}\n\nfigures in .cache/bench/latest.json\n`);
if (values.record) {
  recordBenchmarks(root, report, json);
  process.stdout.write('recorded in docs/benchmarks.json and docs/benchmarks.md\n');
}
