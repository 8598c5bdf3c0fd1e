// `npm run extract [-- --content DIR --out FILE]`: the extraction without Astro. Writes the same
// JSON as the site's /events.json (to FILE, or to standard output) and the summary to standard error.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toEventsExport } from '../src/lib/export-events.ts';
import { loadCorpus } from '../src/lib/extract-corpus.ts';
import { hasProblems, summarizeReport } from '../src/lib/summarize-report.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    report: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const corpus = await loadCorpus({ root, ...(values.content ? { contentDir: path.resolve(values.content) } : {}) });
const json = `${JSON.stringify(toEventsExport(corpus.events, corpus.actors), null, 2)}\n`;
if (values.out) await writeFile(values.out, json);
else process.stdout.write(json);
if (values.report) await writeFile(values.report, `${JSON.stringify(corpus.report, null, 2)}\n`);
for (const line of summarizeReport(corpus.report, corpus.events.length, values.report ?? 'the report `--report FILE` writes')) process.stderr.write(`${line}\n`);
if ((values.strict || process.env.TIMELINE_STRICT) && hasProblems(corpus.report)) process.exitCode = 1;
