// extractCorpus with an article cache: which articles it parses again, and that the corpus is the
// one an uncached run builds, even when the cached articles went through JSON as they do on disk.
import { describe, expect, it } from 'vitest';
import type { ArticleCache } from '../../src/lib/article-cache.ts';
import type { Article } from '../../src/lib/article.ts';
import { extractCorpus, type Corpus } from '../../src/lib/extract-corpus.ts';
import type { ContentFile } from '../../src/lib/read-content.ts';

const REGISTRY = 'actors:\n  - id: khalifa-haftar\n    name: Khalifa Haftar\n    type: person\n    description: Commander of the Libyan National Army.\n    aliases: [Haftar]\n';
const A = 'MOSCOW, March 3 (Reuters) - Russian Defence Minister Sergei Shoigu met Khalifa Haftar in Moscow on Tuesday, the ministry said.\n';
const B = 'Published: 12 May 2019\n\nHaftar told reporters on Monday that Russia had "always been a friend" of the Libyan army.\n';

const file = (name: string, text: string, role: ContentFile['role'] = 'article'): ContentFile => ({ file: `content/articles/${name}`, role, bytes: new TextEncoder().encode(text) });
const registryFile: ContentFile = { file: 'content/actors.yaml', role: 'registry', bytes: new TextEncoder().encode(REGISTRY) };
const FILES = [registryFile, file('a.txt', A), file('b.md', B), file('b.md.meta.yaml', 'outlet: Wire\n', 'sidecar')];

/** A cache that keeps articles as JSON text, as the disk cache does, so a test sees what JSON loses. */
function jsonCache(): ArticleCache & { size: () => number } {
  const entries = new Map<string, string>();
  return {
    get: (key) => {
      const text = entries.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as Article);
    },
    set: (key, article) => void entries.set(key, JSON.stringify(article)),
    size: () => entries.size,
  };
}

/** The corpus without the counts, which are the one part meant to differ. */
const withoutCounts = ({ report: { extraction: _counts, ...report }, ...corpus }: Corpus) => ({ ...corpus, report });

describe('extractCorpus with a cache', () => {
  it('parses every article the first time and none the second', () => {
    const cache = { articles: jsonCache(), extractor: 'code-1' };
    expect(extractCorpus(FILES, REGISTRY, { cache }).report.extraction).toEqual({ parsed: 2, reused: 0 });
    expect(cache.articles.size()).toBe(2);
    expect(extractCorpus(FILES, REGISTRY, { cache }).report.extraction).toEqual({ parsed: 0, reused: 2 });
  });

  it('builds exactly the corpus an uncached run builds, cold and warm', () => {
    const uncached = extractCorpus(FILES, REGISTRY);
    expect(uncached.report.extraction).toEqual({ parsed: 2, reused: 0 });
    const cache = { articles: jsonCache(), extractor: 'code-1' };
    const cold = extractCorpus(FILES, REGISTRY, { cache });
    const warm = extractCorpus(FILES, REGISTRY, { cache });
    expect(uncached.sources.map((source) => source.file)).toEqual(['content/articles/a.txt', 'content/articles/b.md']);
    expect(withoutCounts(cold)).toStrictEqual(withoutCounts(uncached));
    expect(withoutCounts(warm)).toStrictEqual(withoutCounts(uncached));
  });

  it('parses again only the article whose bytes changed', () => {
    const cache = { articles: jsonCache(), extractor: 'code-1' };
    extractCorpus(FILES, REGISTRY, { cache });
    const edited = FILES.map((f) => (f.file === 'content/articles/a.txt' ? file('a.txt', A.replace('Tuesday', 'Wednesday')) : f));
    const corpus = extractCorpus(edited, REGISTRY, { cache });
    expect(corpus.report.extraction).toEqual({ parsed: 1, reused: 1 });
    expect(withoutCounts(corpus)).toStrictEqual(withoutCounts(extractCorpus(edited, REGISTRY)));
  });

  it('parses again the article whose sidecar changed, appeared or went away', () => {
    const cache = { articles: jsonCache(), extractor: 'code-1' };
    extractCorpus(FILES, REGISTRY, { cache });
    const editedSidecar = FILES.map((f) => (f.role === 'sidecar' ? file('b.md.meta.yaml', 'outlet: Other Wire\n', 'sidecar') : f));
    expect(extractCorpus(editedSidecar, REGISTRY, { cache }).report.extraction).toEqual({ parsed: 1, reused: 1 });
    const noSidecar = FILES.filter((f) => f.role !== 'sidecar');
    expect(extractCorpus(noSidecar, REGISTRY, { cache }).report.extraction).toEqual({ parsed: 1, reused: 1 });
    const newSidecar = [...FILES, file('a.txt.meta.yaml', 'title: Shoigu and Haftar\n', 'sidecar')];
    const corpus = extractCorpus(newSidecar, REGISTRY, { cache });
    expect(corpus.report.extraction).toEqual({ parsed: 1, reused: 1 });
    expect(corpus.sources.find((source) => source.file === 'content/articles/a.txt')?.title).toBe('Shoigu and Haftar');
  });

  it('parses every article again when the registry or the extraction code changed', () => {
    const articles = jsonCache();
    extractCorpus(FILES, REGISTRY, { cache: { articles, extractor: 'code-1' } });
    const registry = `${REGISTRY}  - id: sergei-shoigu\n    name: Sergei Shoigu\n    type: person\n    description: Defence minister of Russia.\n    aliases: [Shoigu]\n`;
    expect(extractCorpus(FILES, registry, { cache: { articles, extractor: 'code-1' } }).report.extraction).toEqual({ parsed: 2, reused: 0 });
    expect(extractCorpus(FILES, REGISTRY, { cache: { articles, extractor: 'code-2' } }).report.extraction).toEqual({ parsed: 2, reused: 0 });
    expect(extractCorpus(FILES, null, { cache: { articles, extractor: 'code-2' } }).report.extraction).toEqual({ parsed: 2, reused: 0 });
  });

  it('counts no article it refused unread, and caches a skipped one like any other', () => {
    const cache = { articles: jsonCache(), extractor: 'code-1' };
    const files = [...FILES, { file: 'content/articles/big.txt', role: 'article', skip: 'too large' } as const, file('empty.txt', '')];
    expect(extractCorpus(files, REGISTRY, { cache }).report.extraction).toEqual({ parsed: 3, reused: 0 });
    expect(extractCorpus(files, REGISTRY, { cache }).report.extraction).toEqual({ parsed: 0, reused: 3 });
  });
});
