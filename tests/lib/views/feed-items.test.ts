import { describe, expect, it } from 'vitest';
import { compareNewestFirst, feedDate, feedItems } from '../../../src/lib/views/feed-items.ts';
import type { EventSource } from '../../../src/schemas/event.ts';
import { makeEvent } from './support/make-event.ts';

function source(published: string | null): EventSource {
  return { file: 'content/articles/a.txt', title: 'A', outlet: null, url: null, published, language: 'en' };
}

describe('compareNewestFirst', () => {
  it('puts the newest first, finer dates before coarser ones in a period, undated last by id', () => {
    const events = [
      { id: 'undated-b', date: null },
      { id: 'c', date: '2011-02-15' },
      { id: 'b', date: '2011' },
      { id: 'undated-a', date: null },
      { id: 'd', date: '2011-02' },
      { id: 'a', date: '2008-04-17' },
      { id: 'e', date: '2011' },
    ];
    expect([...events].sort(compareNewestFirst).map((e) => e.id)).toEqual(['c', 'd', 'b', 'e', 'a', 'undated-a', 'undated-b']);
  });
});

describe('feedDate', () => {
  it('takes the first day of the event date at its precision, at midnight UTC', () => {
    expect(feedDate({ date: '2023-08-22', sources: [] })?.toISOString()).toBe('2023-08-22T00:00:00.000Z');
    expect(feedDate({ date: '2012-06', sources: [] })?.toISOString()).toBe('2012-06-01T00:00:00.000Z');
    expect(feedDate({ date: '2011', sources: [] })?.toISOString()).toBe('2011-01-01T00:00:00.000Z');
  });

  it('falls back to the earliest publication date, and to nothing', () => {
    expect(feedDate({ date: null, sources: [source('2021-04-16'), source(null), source('2018-02')] })?.toISOString()).toBe(
      '2018-02-01T00:00:00.000Z',
    );
    expect(feedDate({ date: null, sources: [source(null)] })).toBeUndefined();
  });
});

describe('feedItems', () => {
  it('lists primary events newest first with title, link, summary and date', () => {
    const events = [
      makeEvent({ id: 'old', date: '2012-08-22' }),
      makeEvent({ id: 'background', date: '2020', kind: 'background' }),
      makeEvent({ id: 'undated', sources: [source('2016-10-25')] }),
      makeEvent({ id: 'new', date: '2023-08-22' }),
    ];
    expect(feedItems(events)).toEqual([
      { title: 'Title of new', link: '/events/new/', description: 'Summary of new', pubDate: new Date('2023-08-22T00:00:00Z') },
      { title: 'Title of old', link: '/events/old/', description: 'Summary of old', pubDate: new Date('2012-08-22T00:00:00Z') },
      { title: 'Title of undated', link: '/events/undated/', description: 'Summary of undated', pubDate: new Date('2016-10-25T00:00:00Z') },
    ]);
    expect(events.map((e) => e.id)).toEqual(['old', 'background', 'undated', 'new']);
  });

  it('leaves pubDate out when nothing is dated', () => {
    expect(feedItems([makeEvent({ id: 'x', sources: [source(null)] })])).toEqual([
      { title: 'Title of x', link: '/events/x/', description: 'Summary of x' },
    ]);
  });

  it('escapes the summary, which feed readers render as HTML', () => {
    const [item] = feedItems([makeEvent({ id: 'x', date: '2020', summary: 'He wrote <img src=x onerror=alert(1)> & left' })]);
    expect(item?.description).toBe('He wrote &lt;img src=x onerror=alert(1)&gt; &amp; left');
  });
});
