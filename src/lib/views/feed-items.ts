// The RSS feed's items: primary events, newest first, each dated and linked to its page.
import type { TimelineEvent } from '../../schemas/event.ts';
import { compareEvents } from '../order-events.ts';
import { escapeHtml } from './render-inline-markdown.ts';
import { eventPath } from './page-paths.ts';

/** One item as @astrojs/rss takes it; `link` is resolved against the site by the feed. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** Absent when neither the event nor any of its sources carries a date. */
  pubDate?: Date;
}

/**
 * Newest first, undated last. Dated events run the timeline order backwards (so within 2011,
 * "2011-02-15" comes before "2011-02" before "2011"); ties and undated events keep id order,
 * so the feed is the same on every build.
 */
export function compareNewestFirst(a: Pick<TimelineEvent, 'date' | 'id'>, b: Pick<TimelineEvent, 'date' | 'id'>): number {
  if (a.date !== null && b.date !== null && a.date !== b.date) return -compareEvents(a, b);
  return compareEvents(a, b);
}

/** A "YYYY", "YYYY-MM" or "YYYY-MM-DD" date as midnight UTC on its first day. */
export function dateOf(date: string): Date {
  const [year = '', month = '01', day = '01'] = date.split('-');
  return new Date(`${year}-${month}-${day}T00:00:00Z`);
}

/** The item's date: the event's own, else the earliest publication date among its sources. */
export function feedDate(event: Pick<TimelineEvent, 'date' | 'sources'>): Date | undefined {
  if (event.date !== null) return dateOf(event.date);
  const published = event.sources
    .map((source) => source.published)
    .filter((date): date is string => date !== null)
    .sort();
  return published[0] === undefined ? undefined : dateOf(published[0]);
}

/** The feed's items: primary events only, newest first. */
export function feedItems(events: readonly TimelineEvent[]): FeedItem[] {
  return events
    .filter((event) => event.kind === 'primary')
    .sort(compareNewestFirst)
    .map((event) => {
      const pubDate = feedDate(event);
      return {
        title: event.title,
        link: eventPath(event.id),
        // RSS readers render an item's description as HTML: the article's words are escaped, so
        // markup quoted in an article shows as text and never runs.
        description: escapeHtml(event.summary),
        ...(pubDate ? { pubDate } : {}),
      };
    });
}
