// The site's search index, as Pagefind bundles: one for the events, actors and the about page, one
// for the sources (the articles' own text), each split into chunks by Pagefind and searched
// together by the search page (Pagefind's `mergeIndex`). Two runs rather than one because
// Pagefind's indexer holds every page it indexes in memory (about 100 KB a page, measured): one
// run over a 10,000-article archive's 22,000 pages peaked at 2.2 GB, each of these at about 1 GB.

/** A Pagefind run: which built pages it indexes (a glob under dist/) and where its bundle goes. */
export interface SearchBundle {
  glob: string;
  /** Folder under dist/, and the bundle's URL path between slashes. */
  folder: string;
}

/** The bundle the search page loads Pagefind's UI from; the others are merged into its results. */
export const UI_BUNDLE: SearchBundle = { glob: '{events,actors,about}/**/*.html', folder: 'pagefind' };

export const SEARCH_BUNDLES: readonly SearchBundle[] = [UI_BUNDLE, { glob: 'sources/**/*.html', folder: 'pagefind-sources' }];
