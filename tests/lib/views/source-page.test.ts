import { describe, expect, it } from 'vitest';
import { timelineIndex } from '../../../src/lib/views/timeline-index.ts';
import { sourcePage } from '../../../src/lib/views/source-page.ts';
import type { Source } from '../../../src/schemas/source.ts';
import { makeClaim, makeEvent } from './support/make-event.ts';

const file = 'content/articles/ru & co #1.txt';
const source: Source = {
  id: 'ru-and-co-1',
  file,
  title: 'Заголовок',
  outlet: null,
  url: null,
  published: null,
  language: 'ru',
  encoding: 'windows-1251',
  text: 'Первое. Второе.',
  paragraphs: [{ start: 0, end: 15 }],
  sentences: [
    { start: 0, end: 7 },
    { start: 8, end: 15 },
  ],
  captions: [],
  removed: [],
  events: ['b', 'a'],
  editor: { fields: ['outlet', 'published'], note: 'Outlet from the masthead.' },
};

describe('sourcePage', () => {
  it('marks the claim sentences of this file and lists the events it feeds in timeline order', () => {
    const events = [
      makeEvent({ id: 'a', date: '2019', claims: [makeClaim(file, 8, 15, { language: 'ru' })] }),
      makeEvent({ id: 'b', date: '2012', claims: [makeClaim('content/articles/other.txt', 0, 7)] }),
      makeEvent({ id: 'c', date: '2010' }),
    ];
    const page = sourcePage(source, timelineIndex(events));
    expect(page.paragraphs).toEqual(['<span id="sentence-0">Первое.</span> <mark id="sentence-8">Второе.</mark>']);
    expect(page.claimSentenceCount).toBe(1);
    expect(page.events.map((event) => event.id)).toEqual(['b', 'a']);
    expect(page.textLang).toBe('ru');
  });

  it('says which metadata fields the editor gave', () => {
    expect(sourcePage(source, timelineIndex([])).givenByEditor).toEqual({ title: false, published: true, outlet: true, url: false, language: false });
    expect(sourcePage({ ...source, editor: { fields: [], note: null } }, timelineIndex([])).givenByEditor).toEqual({
      title: false,
      published: false,
      outlet: false,
      url: false,
      language: false,
    });
  });
});
