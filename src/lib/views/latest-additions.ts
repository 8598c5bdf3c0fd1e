// The events added to the timeline most recently: the "What's new" block on `/` and the feed.
import type { TimelineEvent } from '../../schemas/event.ts';

/** Events most recently added first; among one build's additions, the later-dated first. */
export function compareLatestAdded(a: Pick<TimelineEvent, 'added'>, b: Pick<TimelineEvent, 'added'>): number {
  return b.added.order - a.added.order;
}

/**
 * Primary events, latest added first, at most `count` of them. Background events stay out: they
 * are references inside articles, not news, and a new article brings several.
 */
export function latestAdditions<E extends Pick<TimelineEvent, 'added' | 'kind'>>(events: readonly E[], count = Number.POSITIVE_INFINITY): E[] {
  return events
    .filter((event) => event.kind === 'primary')
    .sort(compareLatestAdded)
    .slice(0, count);
}
