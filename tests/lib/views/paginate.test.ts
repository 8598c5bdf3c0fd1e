import { describe, expect, it } from 'vitest';
import { pageLabel, pageLinks, pagePath, paginate, pagedList } from '../../../src/lib/views/paginate.ts';

const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('cuts pages of the given size in order, the last one shorter', () => {
    expect(paginate(items(7), 3)).toEqual([
      { number: 1, count: 3, items: [1, 2, 3] },
      { number: 2, count: 3, items: [4, 5, 6] },
      { number: 3, count: 3, items: [7] },
    ]);
  });

  it('makes no empty last page when the list fills its pages exactly', () => {
    expect(paginate(items(200), 100).map((page) => page.items.length)).toEqual([100, 100]);
    expect(paginate(items(201), 100).map((page) => page.items.length)).toEqual([100, 100, 1]);
  });

  it('keeps a short list on one page and gives an empty list one empty page', () => {
    expect(paginate(items(2), 100)).toEqual([{ number: 1, count: 1, items: [1, 2] }]);
    expect(paginate([], 100)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items(3), 0)).toThrow(RangeError);
    expect(() => paginate(items(3), 1.5)).toThrow(RangeError);
  });
});

describe('page addresses and labels', () => {
  it('keeps the list’s own address for page 1 and adds the number after', () => {
    expect(pagePath('/years/2023/', 1)).toBe('/years/2023/');
    expect(pagePath('/years/2023/', 2)).toBe('/years/2023/2/');
    expect(pagePath('/actors/russia/', 12)).toBe('/actors/russia/12/');
  });

  it('labels a page among several, and a single page not at all', () => {
    expect(pageLabel(2, 5)).toBe('Page 2 of 5');
    expect(pageLabel(1, 1)).toBe('');
  });

  it('links every page and marks the current one', () => {
    expect(pageLinks('/actors/x/', 3, 2)).toEqual([
      { number: 1, path: '/actors/x/', current: false },
      { number: 2, path: '/actors/x/2/', current: true },
      { number: 3, path: '/actors/x/3/', current: false },
    ]);
  });
});

describe('pagedList', () => {
  it('gives each page its address, every page’s link and its neighbours', () => {
    const pages = pagedList('/actors/x/', items(5), 2);
    expect(pages.map(({ number, path, items: shown, prev, next }) => ({ number, path, shown, prev, next }))).toEqual([
      { number: 1, path: '/actors/x/', shown: [1, 2], prev: null, next: { path: '/actors/x/2/', title: 'Page 2' } },
      { number: 2, path: '/actors/x/2/', shown: [3, 4], prev: { path: '/actors/x/', title: 'Page 1' }, next: { path: '/actors/x/3/', title: 'Page 3' } },
      { number: 3, path: '/actors/x/3/', shown: [5], prev: { path: '/actors/x/2/', title: 'Page 2' }, next: null },
    ]);
    expect(pages[2]?.pages.map((link) => link.current)).toEqual([false, false, true]);
  });

  it('has one page without neighbours for a short list', () => {
    expect(pagedList('/actors/x/', items(1), 100).map(({ path, prev, next, pages }) => ({ path, prev, next, pages: pages.length }))).toEqual([
      { path: '/actors/x/', prev: null, next: null, pages: 1 },
    ]);
  });
});
