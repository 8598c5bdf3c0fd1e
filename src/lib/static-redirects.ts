// What static hosts need to know of the id lock: which addresses are not pages of their own (the
// sitemap leaves them out), and the redirects of retired event ids as a `_redirects` file, which
// Netlify and Cloudflare Pages read, so they answer with a real 301 rather than the page's refresh.
import type { IdLock } from '../schemas/id-lock.ts';
import { resolveRetired } from './assign-event-ids.ts';
import { compareCodePoints } from './merge/compare-code-points.ts';
import { eventPath, sourcePath } from './views/page-paths.ts';

/** Paths that answer only to send readers on: retired event ids, and pages of removed sources. */
export function retiredPaths(lock: IdLock): Set<string> {
  const removedSources = Object.entries(lock.sources).filter(([, source]) => source.removed);
  return new Set([...Object.keys(lock.retired).map(eventPath), ...removedSources.map(([id]) => sourcePath(id))]);
}

/**
 * `_redirects` in the format Netlify and Cloudflare Pages share: one `from to 301` line per retired
 * id that leads to a live event, in id order. Ids whose event left the timeline have none: their
 * page says so with a 200. (Netlify serves an existing file before a redirect, so there the page
 * with its refresh and canonical link answers instead; Cloudflare always redirects.)
 */
export function staticRedirects(lock: IdLock): string {
  const lines = Object.keys(lock.retired)
    .sort(compareCodePoints)
    .flatMap((id) => {
      const to = resolveRetired(id, lock);
      return to === null ? [] : [`${eventPath(id)} ${eventPath(to)} 301`];
    });
  return ['# Retired event ids and where they now are: written by the build from content/id-lock.yaml.', ...lines, ''].join('\n');
}
