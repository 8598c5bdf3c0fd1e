// The cache key names every input of one article's extraction, and nothing else; and an Article
// survives the JSON it is cached as without the smallest change.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/lib/actor-index.ts';
import { articleCacheKey, type ArticleCacheInput } from '../../src/lib/article-cache.ts';
import { loadRegistry } from '../../src/lib/load-registry.ts';
import { extractArticle } from '../../src/lib/pipeline.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

const BASE: ArticleCacheInput = {
  extractor: 'code-1',
  file: 'content/articles/a.txt',
  bytes: bytes('Haftar met Shoigu.'),
  sidecar: { file: 'content/articles/a.txt.meta.yaml', bytes: bytes('title: A\n') },
  registry: 'actors: []\n',
};

describe('articleCacheKey', () => {
  it('is a SHA-256 in hex, the same for the same inputs given as new arrays', () => {
    const key = articleCacheKey(BASE);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(articleCacheKey({ ...BASE, bytes: bytes('Haftar met Shoigu.'), sidecar: { file: 'content/articles/a.txt.meta.yaml', bytes: bytes('title: A\n') } })).toBe(key);
  });

  it('changes with each input: bytes, file, sidecar, registry, extractor', () => {
    const { sidecar: _sidecar, ...withoutSidecar } = BASE;
    const variants = [
      BASE,
      { ...BASE, bytes: bytes('Haftar met Shoigu!') },
      { ...BASE, file: 'content/articles/b.txt' },
      { ...BASE, sidecar: { file: 'content/articles/a.txt.meta.yaml', bytes: bytes('title: B\n') } },
      withoutSidecar,
      { ...BASE, registry: 'actors: [] # edited\n' },
      { ...BASE, registry: null },
      { ...BASE, extractor: 'code-2' },
    ];
    expect(new Set(variants.map(articleCacheKey)).size).toBe(variants.length);
  });

  it('keeps apart inputs whose parts only shift between fields', () => {
    const a = articleCacheKey({ ...BASE, bytes: bytes('ab'), registry: 'c' });
    const b = articleCacheKey({ ...BASE, bytes: bytes('a'), registry: 'bc' });
    expect(a).not.toBe(b);
  });
});

describe('an Article through JSON', () => {
  const root = process.cwd();
  const registry = loadRegistry('content/actors.yaml', readFileSync(path.join(root, 'content/actors.yaml'), 'utf8'));
  const context = { actors: buildActorIndex(registry.actors) };
  const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  it('comes back strictly equal for every article in content/ and in the outlet fixtures', () => {
    const files = ['content/articles', 'tests/fixtures/outlets'].flatMap((folder) =>
      readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.(txt|md)$/.test(entry.name))
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const article = extractArticle({ file, bytes: readFileSync(path.join(root, file)) }, context);
      // toStrictEqual tells a key holding undefined from a missing one, which JSON would not keep.
      expect(roundTrip(article), file).toStrictEqual(article);
    }
  });

  it('comes back strictly equal for arbitrary text, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const article = extractArticle({ file: 'content/articles/x.txt', bytes: bytes(`Haftar said on Monday: ${text}`) }, context);
        expect(roundTrip(article)).toStrictEqual(article);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
