// The terminal summary of a build: here, the line counting articles parsed and re-used.
import { describe, expect, it } from 'vitest';
import { summarizeReport } from '../../src/lib/summarize-report.ts';
import type { BuildReport } from '../../src/schemas/report.ts';

const REPORT: BuildReport = {
  files: [{ file: 'content/articles/a.txt', status: 'ok', messages: [], events: ['e1'] }],
  unknownNames: [],
  extraction: { parsed: 1, reused: 999 },
  changes: null,
};

describe('summarizeReport', () => {
  it('says how many articles were parsed and how many re-used, after the counts', () => {
    expect(summarizeReport(REPORT, 1).slice(0, 2)).toEqual([
      '1 files, 1 events; 0 with warnings, 0 skipped; 0 unknown names',
      'articles: 1 parsed, 999 re-used from the cache of earlier builds',
    ]);
  });
});
