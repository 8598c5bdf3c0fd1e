import { describe, expect, it } from 'vitest';
import { FEED_ITEMS, feedItems } from '../../../src/lib/views/feed-items.ts';
import { makeEvent } from './support/make-event.ts';

describe('feedItems', () => {
  it('lists primary events latest added first, dated by the day they were added, saying when they happened', () => {
    const events = [
      makeEvent({
        id: 'old-news-added-last',
        date: '2012-08-22',
        added: { date: '2026-12-03', order: 4 },
      }),
      makeEvent({
        id: 'background',
        date: '2020',
        kind: 'background',
        added: { date: '2026-12-03', order: 5 },
      }),
      makeEvent({ id: 'undated', added: { date: '2026-12-01', order: 1 } }),
      makeEvent({
        id: 'new',
        date: '2023-08',
        added: { date: '2026-12-01', order: 2 },
      }),
    ];
    expect(feedItems(events)).toEqual([
      {
        title: 'Title of old-news-added-last',
        link: '/events/old-news-added-last/',
        description: '22 August 2012. Summary of old-news-added-last',
        pubDate: new Date('2026-12-03T00:00:00Z'),
      },
      {
        title: 'Title of new',
        link: '/events/new/',
        description: 'August 2023. Summary of new',
        pubDate: new Date('2026-12-01T00:00:00Z'),
      },
      {
        title: 'Title of undated',
        link: '/events/undated/',
        description: 'Undated. Summary of undated',
        pubDate: new Date('2026-12-01T00:00:00Z'),
      },
    ]);
    expect(events.map((e) => e.id)).toEqual(['old-news-added-last', 'background', 'undated', 'new']);
    expect(feedItems(events, 2).map((item) => item.link)).toEqual(['/events/old-news-added-last/', '/events/new/']);
  });

  it('carries the latest FEED_ITEMS events, not the archive', () => {
    const many = Array.from({ length: FEED_ITEMS + 5 }, (_, n) => makeEvent({ id: `e${n}`, added: { date: '2026-12-01', order: n } }));
    const items = feedItems(many);
    expect(items).toHaveLength(FEED_ITEMS);
    expect(items[0]?.link).toBe(`/events/e${FEED_ITEMS + 4}/`);
  });

  it('escapes the summary, which feed readers render as HTML', () => {
    const [item] = feedItems([
      makeEvent({
        id: 'x',
        date: '2020',
        summary: 'He wrote <img src=x onerror=alert(1)> & left',
      }),
    ]);
    expect(item?.description).toBe('2020. He wrote &lt;img src=x onerror=alert(1)&gt; &amp; left');
  });
});
