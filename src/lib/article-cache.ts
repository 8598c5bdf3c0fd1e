// The cache of extracted articles: what makes a rebuild re-parse only the files that changed.
// The key names everything one article's extraction reads, so equal keys mean equal Articles.
import { createHash } from 'node:crypto';
import type { Article } from './article.ts';

/** Articles extracted by an earlier run, by key; a `Map<string, Article>` is one. */
export interface ArticleCache {
  get(key: string): Article | undefined;
  set(key: string, article: Article): void;
}

/** Everything one article's extraction depends on. */
export interface ArticleCacheInput {
  /** The digest of the extraction's own code (`extractorDigest`). */
  extractor: string;
  /** Path of the article relative to the project root: it is written into the Article. */
  file: string;
  bytes: Uint8Array;
  /** The sidecar that was read with it, if any. */
  sidecar?: { file: string; bytes: Uint8Array };
  /** The registry's text: actors are found through it. Null when there is none. */
  registry: string | null;
}

/** The cache key of one article's extraction: a SHA-256 over all it depends on. */
export function articleCacheKey({ extractor, file, bytes, sidecar, registry }: ArticleCacheInput): string {
  const hash = createHash('sha256');
  // Each part is preceded by its name and length, so no two different inputs hash the same bytes.
  const part = (name: string, value: Uint8Array | string | null) => {
    const data = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    hash.update(`${name}:${data === null ? 'none' : data.byteLength}\0`);
    if (data) hash.update(data);
  };
  part('extractor', extractor);
  part('file', file);
  part('bytes', bytes);
  part('sidecar-file', sidecar?.file ?? null);
  part('sidecar-bytes', sidecar?.bytes ?? null);
  part('registry', registry);
  return hash.digest('hex');
}
