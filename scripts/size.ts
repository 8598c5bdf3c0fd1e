// `npm run size`: the gzipped weight of every built page (HTML + the CSS and JavaScript it loads as
// it opens, Pagefind's UI on /search/ included) and the JavaScript on `/`, against the website
// issue's budgets. Exits 1 when one is over or cannot be measured.
// Reads dist/ as built by `npm run build`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets, formatReport, measureSite, sitePath } from './lib/size-report.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const root = path.resolve(values.dist);

const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => {
  process.stderr.write(`No ${values.dist}/ to measure: run \`npm run build\` first.\n`);
  process.exit(2);
});
const files = new Map<string, Uint8Array>();
for (const entry of entries) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  const relative = sitePath(root, file);
  // Only pages and the styles and scripts they may load are read; images and Pagefind's index are never counted.
  if (/\.(html|css|m?js)$/.test(relative)) files.set(relative, await readFile(file));
}

const report = measureSite(files);
const results = checkBudgets(report);
for (const line of formatReport(report, results)) process.stdout.write(`${line}\n`);
if (results.some((result) => !result.pass)) process.exitCode = 1;
