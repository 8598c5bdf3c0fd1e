// Starts Pagefind's search UI on /search/. pagefind-ui.js is written by `pagefind` into
// dist/pagefind/ after `astro build`, so the page loads it as a plain script, not bundled, and this
// module (deferred, so it runs after that script) finds `PagefindUI` on the window.

/** The part of Pagefind's UI this page uses. */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}

declare const PagefindUI: new (options: { element: string; showSubResults: boolean; showImages: boolean; resetStyles: boolean }) => PagefindUIInstance;

const ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
// Pagefind labels its field with a title only, which screen readers may skip.
document.querySelector('#search input')?.setAttribute('aria-label', 'Search events, actors and sources');
const query = new URLSearchParams(location.search).get('q');
if (query) ui.triggerSearch(query);
