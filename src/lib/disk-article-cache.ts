// The article cache kept on disk between builds: one JSON file per article under
// `<folder>/<extractor digest>/<key>.json`. A cache only ever saves time, so every failure to
// read or write it falls back to parsing the article again.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ArticleCache } from './article-cache.ts';
import type { Article } from './article.ts';
import { writeFileAtomically } from './write-file-atomically.ts';

/** An article cache on disk, and the clean-up of what this run did not use. */
export interface DiskArticleCache extends ArticleCache {
  /** Deletes the entries this run neither read nor wrote: articles since edited or removed. */
  sweep(): void;
}

/** One cache file: the key again, so a file renamed or copied by hand is never taken for another. */
interface Entry {
  key: string;
  article: Article;
}

/** A light check of a parsed entry: enough to tell a real one from a damaged or foreign file. */
function isEntry(value: unknown, key: string): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Entry>;
  return entry.key === key && typeof entry.article?.file === 'string' && Array.isArray(entry.article.messages);
}

/** Deletes a file or folder if it can; a cache file left behind is only wasted space. */
function removeQuietly(target: string): void {
  try {
    rmSync(target, { recursive: true, force: true });
  } catch {
    // Its folder is gone or was never made.
  }
}

/**
 * The cache under `folder` for the extraction whose code digest is `extractor`. Entries made by
 * other versions of the code can never be read again, so their folders are deleted on opening.
 */
export function diskArticleCache(folder: string, extractor: string): DiskArticleCache {
  const own = path.join(folder, extractor);
  try {
    for (const name of readdirSync(folder)) if (name !== extractor) removeQuietly(path.join(folder, name));
  } catch {
    // No cache yet.
  }
  const used = new Set<string>();
  const fileOf = (key: string) => path.join(own, `${key}.json`);
  return {
    get(key) {
      try {
        const entry: unknown = JSON.parse(readFileSync(fileOf(key), 'utf8'));
        if (!isEntry(entry, key)) return undefined;
        used.add(key);
        return entry.article;
      } catch {
        // Missing, or unreadable JSON (a disk full mid-write, an edit by hand): parse the article again.
        return undefined;
      }
    },
    set(key, article) {
      used.add(key);
      try {
        writeFileAtomically(fileOf(key), JSON.stringify({ key, article } satisfies Entry));
      } catch {
        // Not kept: the next build parses the article again.
      }
    },
    sweep() {
      try {
        for (const name of readdirSync(own)) if (!used.has(name.replace(/\.json$/, ''))) removeQuietly(path.join(own, name));
      } catch {
        // Nothing was written.
      }
    },
  };
}
