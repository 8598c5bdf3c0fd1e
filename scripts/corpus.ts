// `npm run corpus -- --n 1000 --out DIR [--seed S] [--until YYYY-MM-DD]`: writes a generated corpus
// as a ready content folder, DIR/content/ (articles/ and the actors.yaml they were drawn from),
// with its ground truth in DIR/corpus-manifest.json. The same seed gives the same bytes.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadRegistry } from '../src/lib/load-registry.ts';
import { generateCorpus } from './lib/corpus/generate-corpus.ts';
import { writeCorpus } from './lib/corpus/write-corpus.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    // Fixed rather than today, so that a seed gives the same corpus on any day.
    until: { type: 'string', default: '2026-11-30' },
  },
});

const n = Number(values.n);
if (!values.out || !Number.isInteger(n) || n < 1 || !/^\d{4}-\d{2}-\d{2}$/.test(values.until)) {
  process.stderr.write('usage: npm run corpus -- --n 1000 --out DIR [--seed S] [--until YYYY-MM-DD]\n');
  process.exit(2);
}
const root = process.cwd();
const registryText = readFileSync(path.join(root, 'content/actors.yaml'), 'utf-8');
const registry = loadRegistry('content/actors.yaml', registryText);
if (registry.messages.length > 0) throw new Error(`content/actors.yaml has problems:\n${registry.messages.join('\n')}`);

const started = performance.now();
const corpus = generateCorpus({ n, seed: values.seed, until: values.until, registry: registry.actors });
const out = path.resolve(values.out);
// A fresh folder: files left from another seed or size would not be in the manifest.
await rm(path.join(out, 'content'), { recursive: true, force: true });
await writeCorpus(out, corpus, registryText);
const { manifest } = corpus;
const languages = ['en', 'fr', 'ru'].map((language) => `${manifest.files.filter((file) => file.language === language).length} ${language}`).join(', ');
process.stdout.write(
  `${manifest.count} files (${languages}; ${manifest.files.filter((file) => file.defect !== null).length} bad or defective) reporting ${manifest.happenings.length} happenings, ` +
    `in ${path.join(out, 'content')} (${Math.round(performance.now() - started)} ms); ground truth in ${path.join(out, 'corpus-manifest.json')}\n`,
);
