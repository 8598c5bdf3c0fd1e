import { expect, test } from 'vitest';
import { EMPTY_LOCK, formatIdLock, parseIdLock } from '../../src/lib/id-lock-file.ts';
import type { IdLock } from '../../src/schemas/id-lock.ts';

const FILE = 'content/id-lock.yaml';
const lock: IdLock = {
  version: 1,
  events: {
    '2021-04-16-visit': {
      added: '2026-12-01',
      order: 2,
      reports: ['content/articles/a.txt', 'content/articles/b.txt'],
    },
  },
  retired: {
    '2011-uprising': {
      added: '2026-12-01',
      order: 1,
      reports: ['content/articles/a.txt#2011'],
      retired: '2026-12-02',
      to: null,
      reason: 'its source was removed from the timeline',
    },
  },
  sources: { a: { file: 'content/articles/a.txt' }, c: { file: 'content/articles/c.txt', removed: '2026-12-02' } },
};

test('the lock reads back as it was written, days staying strings', () => {
  const text = formatIdLock(lock);
  expect(text).toContain('# The id lock: written by `npm run build`');
  expect(text).toContain('    added: 2026-12-01\n');
  expect(parseIdLock(FILE, text)).toEqual({ lock, messages: [] });
});

test('an empty or missing lock is the empty lock', () => {
  expect(parseIdLock(FILE, '')).toEqual({
    lock: EMPTY_LOCK,
    messages: [],
  });
  expect(parseIdLock(FILE, '# only a comment\n')).toEqual({
    lock: EMPTY_LOCK,
    messages: [],
  });
});

test('malformed YAML is reported and the build starts from an empty lock', () => {
  const { lock: read, messages } = parseIdLock(FILE, 'events: [unclosed');
  expect(read).toEqual(EMPTY_LOCK);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatch(/^content\/id-lock\.yaml: malformed YAML: /);
});

test('a damaged entry is named and dropped; the others are kept', () => {
  const text = formatIdLock(lock).replace('order: 2', 'order: two');
  expect(parseIdLock(FILE, text)).toEqual({
    lock: { version: 1, events: {}, retired: lock.retired, sources: lock.sources },
    messages: ['content/id-lock.yaml: events.2021-04-16-visit.order: Invalid input: expected number, received string'],
  });
});
