// The terminal summary of a build: the counts, articles parsed and re-used, and what changed since the last build.
import { describe, expect, it } from 'vitest';
import { PRINTED_WARNINGS, summarizeChanges, summarizeReport } from '../../src/lib/summarize-report.ts';
import type { BuildReport } from '../../src/schemas/report.ts';

const REPORT: BuildReport = {
  files: [{ file: 'content/articles/a.txt', status: 'ok', messages: [], events: ['e1'] }],
  unknownNames: [],
  extraction: { parsed: 1, reused: 999 },
  changes: null,
};

describe('summarizeReport', () => {
  it('says how many articles were parsed and how many re-used, after the counts', () => {
    expect(summarizeReport(REPORT, 1, 'dist/build-report.json').slice(0, 2)).toEqual([
      '1 files, 1 events; 0 with warnings, 0 skipped; 0 unknown names',
      'articles: 1 parsed, 999 re-used from the cache of earlier builds',
    ]);
  });

  it('prints every skipped file, then the first warnings, and counts the rest', () => {
    const warned = Array.from({ length: PRINTED_WARNINGS + 3 }, (_, n) => ({
      file: `content/articles/w${n}.txt`,
      status: 'warning' as const,
      messages: ['no date found'],
      events: [],
    }));
    const skipped = { file: 'content/articles/z.bin', status: 'skipped' as const, messages: ['not a text file'], events: [] };
    const lines = summarizeReport({ ...REPORT, files: [...warned, skipped] }, 0, 'dist/build-report.json');
    expect(lines[2]).toBe('skipped: content/articles/z.bin: not a text file');
    expect(lines[3]).toBe('warning: content/articles/w0.txt: no date found');
    expect(lines.filter((line) => line.startsWith('warning: '))).toHaveLength(PRINTED_WARNINGS);
    expect(lines).toContain('and 3 more warnings, every one in dist/build-report.json');
  });
});

describe('summarizeChanges', () => {
  it('says when there is no earlier build to compare with', () => {
    expect(summarizeReport(REPORT, 1, 'dist/build-report.json').at(-1)).toBe('since the last build: no earlier build in the cache to compare with');
  });

  it('counts what changed and names up to five of each', () => {
    const added = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => `content/articles/${name}.txt`);
    expect(
      summarizeChanges({
        articles: { added, changed: [], removed: ['content/articles/old.txt'] },
        events: { added: ['2023-08-22-visit'], changed: [], removed: [] },
        unknownNames: { added: ['Omar Saleh'] },
      }),
    ).toEqual([
      'since the last build: articles 7 new (content/articles/a.txt, content/articles/b.txt, content/articles/c.txt, content/articles/d.txt, content/articles/e.txt, and 2 more), 0 changed, 1 removed (content/articles/old.txt)',
      'since the last build: events 1 new (2023-08-22-visit), 0 changed, 0 removed',
      'since the last build: 1 new unknown names (Omar Saleh)',
    ]);
  });

  it('leaves out the unknown names line when none is new', () => {
    const none = { added: [], changed: [], removed: [] };
    expect(summarizeChanges({ articles: none, events: none, unknownNames: { added: [] } })).toHaveLength(2);
  });
});
