import { describe, expect, it } from 'vitest';
import { sourceList, sourceListPages } from '../../../src/lib/views/source-list.ts';

const article = (id: string, published: string | null, title = `Title ${id}`, events: string[] = []) => ({
  id,
  title,
  outlet: id === 'c' ? null : 'TASS',
  published,
  language: id === 'b' ? 'ru' : 'en',
  events,
});

describe('sourceList', () => {
  it('puts the newest first, undated last, equal dates by title then id', () => {
    const list = sourceList([
      article('a', '2019-04-04', 'Zeta'),
      article('c', null),
      article('b', '2023-01-15'),
      article('d', '2019-04-04', 'Alpha'),
      article('e', '2019-04-04', 'Alpha'),
    ]);
    expect(list.map((item) => item.id)).toEqual(['b', 'd', 'e', 'a', 'c']);
  });

  it('keeps what the list shows and counts distinct events', () => {
    expect(sourceList([article('b', '2023-01-15', 'Визит', ['e1', 'e2', 'e1'])])).toEqual([
      { id: 'b', title: 'Визит', outlet: 'TASS', published: '2023-01-15', language: 'ru', eventCount: 2 },
    ]);
  });

  it('does not reorder its input', () => {
    const input = [article('a', '2019-01-01'), article('b', '2020-01-01')];
    sourceList(input);
    expect(input.map((item) => item.id)).toEqual(['a', 'b']);
  });
});

describe('sourceListPages', () => {
  it('keeps page 1 at /sources/ and puts the others under /sources/page/, never where an article page could be', () => {
    const items = sourceList(['a', 'b', 'c', 'd', 'e'].map((id, n) => article(id, `2019-01-0${n + 1}`)));
    const pages = sourceListPages(items, 2);
    expect(pages.map((page) => [page.path, page.items.map((item) => item.id), page.prev?.path ?? null, page.next?.path ?? null])).toEqual([
      ['/sources/', ['e', 'd'], null, '/sources/page/2/'],
      ['/sources/page/2/', ['c', 'b'], '/sources/', '/sources/page/3/'],
      ['/sources/page/3/', ['a'], '/sources/page/2/', null],
    ]);
    expect(pages[1]?.pages.map((link) => [link.path, link.current])).toEqual([
      ['/sources/', false],
      ['/sources/page/2/', true],
      ['/sources/page/3/', false],
    ]);
  });
});
