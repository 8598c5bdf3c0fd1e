import { describe, expect, it } from 'vitest';
import { EVENTS_PER_PAGE, timelineYears, yearPages, yearPageTitle, yearPath, yearPlaces } from '../../../src/lib/views/year-pages.ts';

/** `n` events dated in `year`, ids `<year>-<i>`, in timeline order. */
const inYear = (year: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${year}-${i + 1}`, date: `${year}-01-${String(i + 1).padStart(2, '0')}` }));
const undated = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `undated-${i + 1}`, date: null }));

describe('yearPath', () => {
  it('gives a year and the undated events their folder', () => {
    expect(yearPath('2023')).toBe('/years/2023/');
    expect(yearPath('undated')).toBe('/years/undated/');
  });
});

describe('yearPageTitle', () => {
  it('is the year alone for a year of one page, and names the page otherwise', () => {
    expect(yearPageTitle('2023', 1, 1)).toBe('2023');
    expect(yearPageTitle('2023', 2, 3)).toBe('2023, page 2 of 3');
    expect(yearPageTitle('Undated', 1, 2)).toBe('Undated, page 1 of 2');
  });
});

describe('yearPages', () => {
  const events = [...inYear('2019', 2), ...inYear('2023', 5), ...undated(1)];
  const pages = yearPages(events, 2);

  it('splits busy years into pages, in reading order, undated last', () => {
    expect(pages.map(({ slug, path, title, events: shown }) => [slug, path, title, shown.map((event) => event.id)])).toEqual([
      ['2019', '/years/2019/', '2019', ['2019-1', '2019-2']],
      ['2023', '/years/2023/', '2023, page 1 of 3', ['2023-1', '2023-2']],
      ['2023/2', '/years/2023/2/', '2023, page 2 of 3', ['2023-3', '2023-4']],
      ['2023/3', '/years/2023/3/', '2023, page 3 of 3', ['2023-5']],
      ['undated', '/years/undated/', 'Undated', ['undated-1']],
    ]);
  });

  it('puts every event on exactly one page', () => {
    expect(pages.flatMap((page) => page.events.map((event) => event.id))).toEqual(events.map((event) => event.id));
  });

  it('links each page to the one before and after, across years', () => {
    expect(pages.map(({ prev, next }) => [prev?.path ?? null, next?.path ?? null])).toEqual([
      [null, '/years/2023/'],
      ['/years/2019/', '/years/2023/2/'],
      ['/years/2023/', '/years/2023/3/'],
      ['/years/2023/2/', '/years/undated/'],
      ['/years/2023/3/', null],
    ]);
    expect(pages[3]?.next).toEqual({ path: '/years/undated/', title: 'Undated' });
  });

  it('lists the pages of its own year only, the current one marked', () => {
    expect(pages[2]?.pages).toEqual([
      { number: 1, path: '/years/2023/', current: false },
      { number: 2, path: '/years/2023/2/', current: true },
      { number: 3, path: '/years/2023/3/', current: false },
    ]);
    expect(pages[0]?.pages).toEqual([{ number: 1, path: '/years/2019/', current: true }]);
  });

  it('keeps the anchor and label of the year sections on /', () => {
    expect(pages.map(({ anchor, label }) => [anchor, label])).toEqual([
      ['y2019', '2019'],
      ['y2023', '2023'],
      ['y2023', '2023'],
      ['y2023', '2023'],
      ['undated', 'Undated'],
    ]);
  });

  it('has no page for no events', () => {
    expect(yearPages([], 2)).toEqual([]);
  });
});

describe('yearPlaces', () => {
  it('gives each event its page and fragment', () => {
    const places = yearPlaces(yearPages([...inYear('2023', 3), ...undated(1)], 2));
    expect([...places]).toEqual([
      ['2023-1', '/years/2023/#2023-1'],
      ['2023-2', '/years/2023/#2023-2'],
      ['2023-3', '/years/2023/2/#2023-3'],
      ['undated-1', '/years/undated/#undated-1'],
    ]);
  });
});

describe('timelineYears', () => {
  it('runs from 2008 to the build day’s year, then undated', () => {
    expect(timelineYears('2010-06-01')).toEqual(['2008', '2009', '2010', 'undated']);
  });

  it('gives every such year a page, empty or not, in reading order', () => {
    const pages = yearPages([{ date: '2009-03-01' }], EVENTS_PER_PAGE, timelineYears('2010-01-01'));
    expect(pages.map((page) => [page.path, page.events.length])).toEqual([
      ['/years/2008/', 0],
      ['/years/2009/', 1],
      ['/years/2010/', 0],
      ['/years/undated/', 0],
    ]);
  });
});
