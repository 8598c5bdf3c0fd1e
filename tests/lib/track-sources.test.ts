import { expect, test } from 'vitest';
import { trackSources } from '../../src/lib/track-sources.ts';

const a = { id: 'a', file: 'content/articles/a.txt' };
const b = { id: 'b', file: 'content/articles/b.txt' };

test('pages of the articles read now, in id order', () => {
  expect(trackSources({}, [b, a], '2026-12-01')).toEqual({ a: { file: a.file }, b: { file: b.file } });
});

test('an article gone keeps its page, marked with the day it was first found gone', () => {
  const once = trackSources({ a: { file: a.file }, b: { file: b.file } }, [a], '2026-12-02');
  expect(once).toEqual({ a: { file: a.file }, b: { file: b.file, removed: '2026-12-02' } });
  expect(trackSources(once, [a], '2026-12-09')).toEqual(once);
});

test('an article that comes back gets its page back', () => {
  expect(trackSources({ b: { file: b.file, removed: '2026-12-02' } }, [b], '2026-12-03')).toEqual({ b: { file: b.file } });
});
