// `node --experimental-strip-types scripts/score-corpus.ts DIR [--json FILE]`: extracts a corpus
// written by `npm run corpus -- --out DIR` and scores it against DIR/corpus-manifest.json: the
// extraction's speed, the build report, the dating of each article and the merge of reports.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/lib/extract-corpus.ts';
import { CorpusManifestSchema } from './lib/corpus/manifest.ts';
import { datingAccuracy, outcomesBy, scoreCorpus, type FileDating } from './lib/corpus/score-corpus.ts';
import { MANIFEST_FILE } from './lib/corpus/write-corpus.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'string' } } });
const dir = positionals[0];
if (!dir) {
  process.stderr.write('usage: node --experimental-strip-types scripts/score-corpus.ts DIR [--json FILE]\n');
  process.exit(2);
}
const root = process.cwd();
const contentDir = path.resolve(dir, 'content');
const manifest = CorpusManifestSchema.parse(JSON.parse(await readFile(path.resolve(dir, MANIFEST_FILE), 'utf-8')));

const started = performance.now();
const corpus = await loadCorpus({ root, contentDir });
const seconds = (performance.now() - started) / 1000;
const score = scoreCorpus(manifest, corpus, `${path.relative(root, contentDir).split(path.sep).join('/')}/`);

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
const table = (title: string, key: (d: FileDating) => string): string[] => [
  title,
  ...[...outcomesBy(score.dating, key)].map(([name, row]) => `  ${name.padEnd(28)} ${Object.entries(row).map(([outcome, count]) => `${outcome} ${count}`).join(', ')}`),
];
const accuracy = datingAccuracy(score.dating);
const lines = [
  `${manifest.count} files, ${corpus.report.extraction.parsed} articles parsed in ${seconds.toFixed(2)} s: ${(corpus.report.extraction.parsed / seconds).toFixed(0)} articles/s (one process, cold)`,
  `build report: ${Object.entries(score.statuses).map(([status, count]) => `${count} ${status}`).join(', ')}; ${score.unexpected.length} not as the manifest expects`,
  ...score.unexpected.map((u) => `  ${u.file} (${u.defect ?? 'no defect'}): expected ${u.expect}, got ${u.status}: ${u.messages.join(' | ')}`),
  `dating: ${accuracy.right}/${accuracy.dated} articles that state a date got it (${percent(accuracy.rate)})`,
  ...table('by lead phrase:', (d) => d.phrase),
  ...table('by publication date:', (d) => d.publication),
  ...table('by language:', (d) => d.language),
  `merge: ${score.merge.events} events for ${score.merge.happenings} happenings; pairs of reports: ${score.merge.happeningPairs} of one happening, ${score.merge.mergedPairs} merged, ${score.merge.truePairs} both; ` +
    `precision ${percent(score.merge.precision)}, recall ${percent(score.merge.recall)}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (values.json) await writeFile(values.json, `${JSON.stringify({ seconds, articlesPerSecond: corpus.report.extraction.parsed / seconds, accuracy, ...score }, null, 2)}\n`);
