// Starts Pagefind's search UI on /search/. pagefind-ui.js is written by `pagefind` into
// dist/pagefind/ after `astro build`, so the page loads it as a plain script, not bundled, and this
// module (deferred, so it runs after that script) finds `PagefindUI` on the window.

import { SEARCH_BUNDLES, UI_BUNDLE } from '../lib/search-bundles.ts';

/** The part of Pagefind's UI this page uses. */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}

interface PagefindUIOptions {
  element: string;
  showSubResults: boolean;
  showImages: boolean;
  resetStyles: boolean;
  /** Further bundles searched with the one the UI was loaded from. */
  mergeIndex: Array<{ bundlePath: string }>;
}

declare const PagefindUI: new (options: PagefindUIOptions) => PagefindUIInstance;

// The UI comes from UI_BUNDLE (search.astro loads it); the others are merged into its results.
const ui = new PagefindUI({
  element: '#search',
  showSubResults: true,
  showImages: false,
  resetStyles: false,
  mergeIndex: SEARCH_BUNDLES.filter((bundle) => bundle !== UI_BUNDLE).map(({ folder }) => ({ bundlePath: `/${folder}/` })),
});
// Pagefind labels its field with a title only, which screen readers may skip.
document.querySelector('#search input')?.setAttribute('aria-label', 'Search events, actors and sources');
const query = new URLSearchParams(location.search).get('q');
if (query) ui.triggerSearch(query);
