// The list of source articles (`/sources/`, then `/sources/page/2/`…): every article the timeline
// was read from, newest first.
import type { Source } from '../../schemas/source.ts';
import { sourceListPath } from './page-paths.ts';
import { pagedList, type PagedListPage } from './paginate.ts';

/**
 * Articles on one page of the list. An entry weighs some 35 bytes gzipped (10,000 on one page: 324 KB), so a page
 * stays near 20 KB, and an archive of 10,000 articles takes 20 pages.
 */
export const SOURCES_PER_PAGE = 500;

/** What the list shows of one article. */
export interface SourceListItem {
  id: string;
  title: string;
  outlet: string | null;
  /** Publication date as the article gives it (`YYYY[-MM[-DD]]`), or null when none was found. */
  published: string | null;
  language: string;
  /** Distinct events the article reports or mentions. */
  eventCount: number;
}

/** Articles newest first; undated ones last; equal dates by title, then id, so the order is stable. */
export function sourceList(sources: readonly Pick<Source, 'id' | 'title' | 'outlet' | 'published' | 'language' | 'events'>[]): SourceListItem[] {
  return sources
    .map(({ id, title, outlet, published, language, events }) => ({
      id,
      title,
      outlet,
      published,
      language,
      eventCount: new Set(events).size,
    }))
    .sort(
      (a, b) =>
        // ISO dates compare as strings; a missing date sorts after every real one.
        (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id),
    );
}

/** The pages of the list, `size` articles a page. */
export function sourceListPages(items: readonly SourceListItem[], size = SOURCES_PER_PAGE): PagedListPage<SourceListItem>[] {
  return pagedList(sourceListPath(1), items, size, sourceListPath);
}
