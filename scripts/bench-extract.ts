// `npm run bench:extract [-- --n 1000]`: extraction throughput on one core, printed.
// The corpus is generated from the articles in content/ and tests/fixtures/outlets/: each copy
// has its years shifted and its paragraphs rotated, so no two inputs are the same text.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildActorIndex } from '../src/lib/actor-index.ts';
import { loadRegistry } from '../src/lib/load-registry.ts';
import { extractArticle } from '../src/lib/pipeline.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' } } });
const count = Number(values.n);
const root = process.cwd();

async function templates(): Promise<string[]> {
  const folders = ['content/articles', 'tests/fixtures/outlets'];
  const texts: string[] = [];
  for (const folder of folders) {
    const names = await readdir(path.join(root, folder)).catch(() => []);
    for (const name of names.filter((n) => /\.(txt|md)$/.test(n)).sort()) texts.push(await readFile(path.join(root, folder, name), 'utf-8'));
  }
  return texts;
}

function variant(text: string, index: number): Uint8Array {
  const shift = (index % 15) - 7;
  const shifted = text.replace(/\b(20[0-2]\d)\b/g, (year) => String(Math.min(2026, Math.max(2008, Number(year) + shift))));
  const paragraphs = shifted.split('\n\n');
  const rotated = paragraphs.length > 3 ? [paragraphs[0], ...paragraphs.slice(2), paragraphs[1]] : paragraphs;
  return new TextEncoder().encode(rotated.join('\n\n'));
}

const { actors } = loadRegistry('content/actors.yaml', await readFile(path.join(root, 'content/actors.yaml'), 'utf-8'));
const context = { actors: buildActorIndex(actors) };
const sources = await templates();
const inputs = Array.from({ length: count }, (_, i) => ({ file: `bench/${i}.txt`, bytes: variant(sources[i % sources.length] ?? '', i) }));

// Warm up the JIT and the lazily built dictionaries before timing.
for (const input of inputs.slice(0, 50)) extractArticle(input, context);
const started = process.hrtime.bigint();
let skipped = 0;
for (const input of inputs) if (extractArticle(input, context).messages.some((m) => m.severity === 'skip')) skipped++;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`extraction: ${count} articles (${sources.length} templates) in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} articles/s on one core (target ≥ 1,000)`);
console.log(`node ${process.version}; ${skipped} of the generated articles were skipped`);
