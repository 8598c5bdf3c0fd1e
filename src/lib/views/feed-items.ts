// The RSS feed's items: primary events in the order they joined the timeline, newest first, so a
// feed reader shows what was added since it last looked. Each item says when its event happened.
import type { TimelineEvent } from '../../schemas/event.ts';
import { formatEventDate } from '../format-date.ts';
import { latestAdditions } from './latest-additions.ts';
import { escapeHtml } from './render-inline-markdown.ts';
import { eventPath } from './page-paths.ts';

/** One item as @astrojs/rss takes it; `link` is resolved against the site by the feed. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** The day the event was added to the timeline, at midnight UTC. */
  pubDate: Date;
}

/** The item's description: when the event happened, then its summary. */
function describe(event: TimelineEvent): string {
  const when = event.date === null ? 'Undated.' : `${formatEventDate(event.date)}.`;
  return `${when} ${event.summary}`;
}

/**
 * Items in the feed: a reader polls it every few hours and needs what is new, not the archive (10,000 articles made a
 * feed of 700 KB gzipped). Older events stay on the site, its year pages and the exports.
 */
export const FEED_ITEMS = 100;

/** The feed's items: primary events only, latest added first, at most `count`. */
export function feedItems(events: readonly TimelineEvent[], count = FEED_ITEMS): FeedItem[] {
  return latestAdditions(events, count).map((event) => ({
    title: event.title,
    link: eventPath(event.id),
    // RSS readers render an item's description as HTML: the article's words are escaped, so
    // markup quoted in an article shows as text and never runs.
    description: escapeHtml(describe(event)),
    pubDate: new Date(`${event.added.date}T00:00:00Z`),
  }));
}
