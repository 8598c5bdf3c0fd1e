// The `<title>` of a page: its own title and the site's name, within what search results show.
import { truncate } from '../truncate.ts';

/** Longest `<title>` kept whole in search results (html-validate's `long-title` rule checks it). */
const MAX_TITLE_LENGTH = 70;

/**
 * "Actors · Site name"; the site's name is dropped when the two would not fit, and a page title
 * longer than the limit is cut at a word. The home page, titled with the site's name, keeps it alone.
 */
export function documentTitle(pageTitle: string, siteName: string): string {
  if (pageTitle === siteName) return truncate(siteName, MAX_TITLE_LENGTH);
  const withSite = `${pageTitle} · ${siteName}`;
  return withSite.length <= MAX_TITLE_LENGTH ? withSite : truncate(pageTitle, MAX_TITLE_LENGTH);
}
