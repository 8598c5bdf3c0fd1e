// The list of source articles (`/sources/`): every article the timeline was read from, newest first.
import type { Source } from '../../schemas/source.ts';

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
export function sourceList(
  sources: readonly Pick<Source, 'id' | 'title' | 'outlet' | 'published' | 'language' | 'events'>[],
): SourceListItem[] {
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
        (b.published ?? '').localeCompare(a.published ?? '') ||
        a.title.localeCompare(b.title, 'en') ||
        a.id.localeCompare(b.id),
    );
}
