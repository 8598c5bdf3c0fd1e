// The cache of extracted articles: what makes a rebuild re-parse only the files that changed.
// The key names everything one article's extraction reads, so equal keys mean equal Articles.
import type { Article } from './article.ts';
import { digestOf } from './digest.ts';

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

/** The cache key of one article's extraction: a digest of all it depends on. */
export function articleCacheKey({ extractor, file, bytes, sidecar, registry }: ArticleCacheInput): string {
  return digestOf(extractor, file, bytes, sidecar?.file ?? null, sidecar?.bytes ?? null, registry);
}
