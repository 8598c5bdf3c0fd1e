// The article cache on disk: what a later build reads back, and what it throws away.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../src/lib/article.ts';
import { diskArticleCache } from '../../src/lib/disk-article-cache.ts';

const ARTICLE = { ...createArticle('content/articles/a.txt', 'Haftar met Shoigu.', 'utf-8'), text: 'Haftar met Shoigu.', title: 'Haftar met Shoigu' };
const KEY = 'a'.repeat(64);
const OTHER_KEY = 'b'.repeat(64);

const made: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'timeline-cache-'));
  made.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

describe('diskArticleCache', () => {
  it('gives back, in a later run, exactly the article a run stored', () => {
    const folder = tempFolder();
    diskArticleCache(folder, 'code-1').set(KEY, ARTICLE);
    const later = diskArticleCache(folder, 'code-1');
    expect(later.get(KEY)).toStrictEqual(ARTICLE);
    expect(later.get(OTHER_KEY)).toBeUndefined();
    expect(readdirSync(path.join(folder, 'code-1'))).toEqual([`${KEY}.json`]);
  });

  it('takes a damaged, empty or foreign entry for a miss, and a new set repairs it', () => {
    const folder = tempFolder();
    mkdirSync(path.join(folder, 'code-1'));
    const cache = diskArticleCache(folder, 'code-1');
    const entry = (key: string) => path.join(folder, 'code-1', `${key}.json`);
    writeFileSync(entry(KEY), '{"key":"aaaa", "article": {"fi');
    writeFileSync(entry(OTHER_KEY), '');
    expect(cache.get(KEY)).toBeUndefined();
    expect(cache.get(OTHER_KEY)).toBeUndefined();
    // A valid entry of another key, copied under this one's name.
    writeFileSync(entry(KEY), JSON.stringify({ key: OTHER_KEY, article: ARTICLE }));
    expect(cache.get(KEY)).toBeUndefined();
    writeFileSync(entry(KEY), JSON.stringify({ key: KEY, article: { file: 'x' } }));
    expect(cache.get(KEY)).toBeUndefined();
    cache.set(KEY, ARTICLE);
    expect(diskArticleCache(folder, 'code-1').get(KEY)).toStrictEqual(ARTICLE);
  });

  it('deletes the entries of other code versions when opened', () => {
    const folder = tempFolder();
    diskArticleCache(folder, 'code-1').set(KEY, ARTICLE);
    const cache = diskArticleCache(folder, 'code-2');
    expect(existsSync(path.join(folder, 'code-1'))).toBe(false);
    expect(cache.get(KEY)).toBeUndefined();
  });

  it('sweeps away the entries the run neither read nor wrote', () => {
    const folder = tempFolder();
    const first = diskArticleCache(folder, 'code-1');
    first.set(KEY, ARTICLE);
    first.set(OTHER_KEY, ARTICLE);
    const second = diskArticleCache(folder, 'code-1');
    second.get(KEY);
    second.set('c'.repeat(64), ARTICLE);
    second.sweep();
    expect(readdirSync(path.join(folder, 'code-1')).sort()).toEqual([`${KEY}.json`, `${'c'.repeat(64)}.json`]);
  });

  it('does nothing, and fails nothing, when the folder cannot be written', () => {
    const folder = tempFolder();
    // A file where the version folder should be: every write fails.
    writeFileSync(path.join(folder, 'code-1'), 'not a folder');
    const cache = diskArticleCache(folder, 'code-1');
    expect(() => cache.set(KEY, ARTICLE)).not.toThrow();
    expect(cache.get(KEY)).toBeUndefined();
    expect(() => cache.sweep()).not.toThrow();
  });
});
