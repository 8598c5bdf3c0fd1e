// Ids across builds, as extractCorpus hands them out with the id lock: an event keeps its id when
// another outlet's report of it arrives, the lock says when each event was added, and the report
// says what changed since the build before.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus, type Corpus } from '../../src/lib/extract-corpus.ts';
import { formatIdLock } from '../../src/lib/id-lock-file.ts';
import type { ContentFile } from '../../src/lib/read-content.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REGISTRY = readFileSync(path.join(ROOT, 'content/actors.yaml'), 'utf-8');
const FIXTURES = 'tests/fixtures/merge';
const ENGLISH = 'en-wire-saddam-haftar-belousov-moscow-2025-03-12.txt';
const FRENCH = 'fr-broadsheet-saddam-haftar-belooussov-moscou-2025-03-13.txt';

const article = (name: string): ContentFile => ({ file: `content/articles/${name}`, role: 'article', bytes: readFileSync(path.join(ROOT, FIXTURES, name)) });
const lockFile = (corpus: Corpus): ContentFile => ({ file: 'content/id-lock.yaml', role: 'lock', bytes: new TextEncoder().encode(formatIdLock(corpus.lock)) });
const primaryOf = (corpus: Corpus, name: string) => corpus.events.find((event) => event.kind === 'primary' && event.sources.some((source) => source.file.endsWith(name)));

const first = extractCorpus([article(ENGLISH)], REGISTRY, { today: '2026-12-01' });
const second = extractCorpus([article(ENGLISH), article(FRENCH), lockFile(first)], REGISTRY, { today: '2026-12-02', previous: first.manifest });

describe('extractCorpus with the id lock', () => {
  it('keeps the id of an event when a report in another language joins it', () => {
    const visit = primaryOf(second, FRENCH);
    expect(visit?.id).toBe(primaryOf(first, ENGLISH)?.id);
    expect(visit?.sources.map((source) => source.file)).toEqual([`content/articles/${ENGLISH}`, `content/articles/${FRENCH}`]);
    expect(visit?.added).toEqual({ date: '2026-12-01', order: primaryOf(first, ENGLISH)?.added.order });
  });

  it('records the new report under the event’s id in the lock, and every source page', () => {
    const id = primaryOf(second, FRENCH)?.id ?? '';
    expect(second.lock.events[id]?.reports).toEqual([`content/articles/${ENGLISH}`, `content/articles/${FRENCH}`]);
    expect(Object.values(second.lock.sources).map((source) => source.file)).toEqual([`content/articles/${ENGLISH}`, `content/articles/${FRENCH}`]);
  });

  it('accounts for the lock file in the build report', () => {
    expect(second.report.files.find((file) => file.file === 'content/id-lock.yaml')).toEqual({
      file: 'content/id-lock.yaml',
      status: 'ok',
      messages: [`id lock: ${Object.keys(first.lock.events).length} event ids, 0 retired, 1 source pages`],
      events: [],
    });
  });

  it('says what changed since the build before', () => {
    expect(first.report.changes).toBeNull();
    expect(second.report.changes?.articles).toEqual({ added: [`content/articles/${FRENCH}`], changed: [], removed: [] });
    expect(second.report.changes?.events.changed).toContain(primaryOf(second, FRENCH)?.id);
  });

  it('retires nothing and removes no source when an article is only added', () => {
    expect(second.retired).toEqual({ events: [], sources: [] });
  });
});

describe('extractCorpus with a damaged lock', () => {
  const damaged: ContentFile = { file: 'content/id-lock.yaml', role: 'lock', bytes: new TextEncoder().encode('<<<<<<< HEAD\nversion: 1\n=======\n') };
  const corpus = extractCorpus([article(ENGLISH), damaged], REGISTRY, { today: '2026-12-02' });

  it('builds with what it could read, and leaves the file for the editor to mend', () => {
    expect(corpus.events.length).toBeGreaterThan(0);
    expect(corpus.lockWritable).toBe(false);
    const report = corpus.report.files.find((file) => file.file === 'content/id-lock.yaml');
    expect(report?.status).toBe('warning');
    expect(report?.messages.at(-1)).toBe('not rewritten by this build: mend it (or restore it from version control) and build again');
  });
});
