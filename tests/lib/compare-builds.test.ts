import { expect, test } from 'vitest';
import { compareBuilds, type BuildManifest } from '../../src/lib/compare-builds.ts';

const previous: BuildManifest = {
  articles: {
    'content/articles/a.txt': '1',
    'content/articles/b.txt': '2',
    'content/articles/c.txt': '3',
  },
  events: { visit: 'v1', uprising: 'u1' },
  unknownNames: ['Ivan Petrov'],
};

test('articles and events added, changed and removed, and names met for the first time', () => {
  const current: BuildManifest = {
    articles: {
      'content/articles/a.txt': '1',
      'content/articles/b.txt': '2b',
      'content/articles/d.txt': '4',
    },
    events: { visit: 'v2', uprising: 'u1', delivery: 'd1' },
    unknownNames: ['Ivan Petrov', 'Omar Saleh', 'Ahmed Ali'],
  };
  expect(compareBuilds(previous, current)).toEqual({
    articles: {
      added: ['content/articles/d.txt'],
      changed: ['content/articles/b.txt'],
      removed: ['content/articles/c.txt'],
    },
    events: { added: ['delivery'], changed: ['visit'], removed: [] },
    unknownNames: { added: ['Ahmed Ali', 'Omar Saleh'] },
  });
});

test('the first build has nothing to compare with', () => {
  expect(compareBuilds(null, previous)).toBeNull();
});
