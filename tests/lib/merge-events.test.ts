import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schemas/event.ts';
import { mergeEvents } from '../../src/lib/merge-events.ts';

const event = (id: string, file: string, fields: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date: '2011',
  datePrecision: 'year',
  dateBasis: 'explicit',
  kind: 'background',
  title: 'The 2011 uprising',
  summary: '',
  language: 'en',
  actors: [],
  claims: [],
  sources: [{ file, title: file, outlet: null, url: null, published: null, language: 'en' }],
  dateEvidence: null,
  ...fields,
});

describe('mergeEvents', () => {
  it('folds events with one id into one, with every source, actor and mentioning event', () => {
    const merged = mergeEvents([
      event('2011-uprising', 'content/articles/b.txt', { actors: ['libya'], mentionedBy: ['x'] }),
      event('2011-uprising', 'content/articles/a.txt', { actors: ['muammar-gaddafi', 'libya'], mentionedBy: ['y'] }),
      event('other', 'content/articles/a.txt'),
    ]);
    expect(merged.map((e) => e.id)).toEqual(['2011-uprising', 'other']);
    expect(merged[0]?.sources.map((s) => s.file)).toEqual(['content/articles/a.txt', 'content/articles/b.txt']);
    expect(merged[0]?.actors).toEqual(['muammar-gaddafi', 'libya']);
    expect(merged[0]?.mentionedBy).toEqual(['x', 'y']);
  });

  it('gives the same result whatever the input order', () => {
    const events = [event('e', 'content/articles/c.txt', { actors: ['c'] }), event('e', 'content/articles/a.txt', { actors: ['a'] }), event('e', 'content/articles/b.txt', { actors: ['b'] })];
    const expected = mergeEvents(events);
    expect(mergeEvents([...events].reverse())).toEqual(expected);
    expect(mergeEvents([events[1]!, events[2]!, events[0]!])).toEqual(expected);
    expect(expected[0]?.actors).toEqual(['a', 'b', 'c']);
  });
});
