// `npm run bench:extract [-- --n 1000]`: extraction throughput on one core, printed.
// The corpus is generated from the articles in content/ and tests/fixtures/outlets/ (see
// scripts/lib/generate-articles.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildActorIndex } from '../src/lib/actor-index.ts';
import { loadRegistry } from '../src/lib/load-registry.ts';
import { extractArticle } from '../src/lib/pipeline.ts';
import { generateArticles } from './lib/generate-articles.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' } } });
const count = Number(values.n);
const root = process.cwd();

const { actors } = loadRegistry('content/actors.yaml', await readFile(path.join(root, 'content/actors.yaml'), 'utf-8'));
const context = { actors: buildActorIndex(actors) };
const { templates, articles } = await generateArticles(root, count);
const inputs = articles.map(({ name, bytes }) => ({ file: `bench/${name}`, bytes }));

// Warm up the JIT and the lazily built dictionaries before timing.
for (const input of inputs.slice(0, 50)) extractArticle(input, context);
const started = process.hrtime.bigint();
let skipped = 0;
for (const input of inputs) if (extractArticle(input, context).messages.some((m) => m.severity === 'skip')) skipped++;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`extraction: ${count} articles (${templates} templates) in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} articles/s on one core (target ≥ 1,000)`);
console.log(`node ${process.version}; ${skipped} of the generated articles were skipped`);
