import { expect, test } from 'vitest';
import { EMPTY_LOCK } from '../../src/lib/id-lock-file.ts';
import { retiredPaths, staticRedirects } from '../../src/lib/static-redirects.ts';
import type { IdLock } from '../../src/schemas/id-lock.ts';

const retiredEntry = (to: string | null) => ({ added: '2026-11-01', order: 9, reports: ['content/articles/x.txt'], retired: '2026-11-02', to, reason: 'merged' });
const lock: IdLock = {
  ...EMPTY_LOCK,
  events: { live: { added: '2026-11-01', order: 1, reports: ['content/articles/a.txt'] } },
  retired: { 'b-older': retiredEntry('a-old'), 'a-old': retiredEntry('live'), gone: retiredEntry(null) },
  sources: { a: { file: 'content/articles/a.txt' }, x: { file: 'content/articles/x.txt', removed: '2026-11-02' } },
};

test('one 301 per retired id that leads to a live event, following ids retired in turn, in id order', () => {
  expect(staticRedirects(lock)).toBe(
    '# Retired event ids and where they now are: written by the build from content/id-lock.yaml.\n' +
      '/events/a-old/ /events/live/ 301\n' +
      '/events/b-older/ /events/live/ 301\n',
  );
});

test('retired event ids and removed sources are the addresses with no page of their own', () => {
  expect([...retiredPaths(lock)].sort()).toEqual(['/events/a-old/', '/events/b-older/', '/events/gone/', '/sources/x/']);
});
