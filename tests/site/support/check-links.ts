// Broken internal links in a built folder, found by linkinator serving it locally: every href, src
// and srcset on the site must answer (a folder answers with its index.html), and every `#fragment`
// must be an id on its target page. Links to other sites are skipped, so nothing goes to the network.
import { LinkChecker, LinkState } from 'linkinator';
import { freePort } from '../../../scripts/lib/site-server.ts';
import { escape } from '../../../src/lib/word-patterns.ts';

/** One link that does not resolve. */
export interface BrokenLink {
  /** The page the link is on, as linkinator names it (a path under the folder). */
  page: string;
  /** The link, with the site's own origin for absolute links (canonical, Open Graph). */
  url: string;
  /** HTTP status from the local server, or the fragment error. */
  reason: string;
}

/** What to check. */
export interface CheckLinksOptions {
  /** The built folder: `dist`. */
  dir: string;
  /** The site's public origin (`https://x.example`); absolute links to it are checked against the folder. */
  siteOrigin?: string;
}

/** Every broken internal link under `dir`, sorted by page then URL; empty when all resolve. */
export async function checkLinks({ dir, siteOrigin }: CheckLinksOptions): Promise<BrokenLink[]> {
  // linkinator needs the port up front so absolute links can be rewritten to it.
  const port = await freePort();
  const local = `http://localhost:${port}`;
  const site = siteOrigin ? new URL(siteOrigin).origin : undefined;
  const isLocal = (link: string): boolean => /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link);
  const isSite = (link: string): boolean => site !== undefined && (link === site || link.startsWith(`${site}/`));
  const result = await new LinkChecker().check({
    path: dir,
    port,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    ...(site ? { urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(site)}(?=/|$)`), replacement: local }] } : {}),
    // Other sites, mailto: and the like are not ours to check here.
    linksToSkip: async (link) => !isLocal(link) && !isSite(link),
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => ({
      page: link.parent ?? dir,
      url: site && link.url.startsWith(local) ? site + link.url.slice(local.length) : link.url,
      reason:
        link.failureDetails?.find((detail): detail is Error => detail instanceof Error)?.message ?? `HTTP ${link.status ?? 'no answer'}`,
    }))
    .sort((a, b) => a.page.localeCompare(b.page) || a.url.localeCompare(b.url));
}

/** One line per broken link, for a failure message. */
export function formatBrokenLink({ page, url, reason }: BrokenLink): string {
  return `${page}: ${url} (${reason})`;
}
