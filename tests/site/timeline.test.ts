// The timeline at `/`: every primary event, oldest first (undated last), grouped by year, and
// `/#<event id>` landing on its entry.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { gotoOk, loadExport, primaryEvents, useBrowser, visibleEventIds } from './support/site.ts';

const data = loadExport();
const dateOf = new Map(data.events.map((event) => [event.id, event.date]));
const { newPage } = useBrowser();

/** Oldest first, undated last; `Array.prototype.sort` is stable, so equal dates keep the page's order. */
function byDate(a: string, b: string): number {
  const [da, db] = [dateOf.get(a) ?? null, dateOf.get(b) ?? null];
  if (da === db) return 0;
  if (da === null) return 1;
  if (db === null) return -1;
  return da < db ? -1 : 1;
}

describe('the timeline', () => {
  test('shows every primary event, in chronological order, undated last', async () => {
    const page = await newPage();
    await gotoOk(page, '/');
    const shown = await page.$$eval('article[data-event][data-kind="primary"]', (articles) =>
      articles.filter((article) => article.checkVisibility()).map((article) => article.id),
    );
    expect([...shown].sort()).toEqual(primaryEvents(data.events).map((event) => event.id).sort());
    expect(shown).toEqual([...shown].sort(byDate));
  });

  test('every entry carries its kind, actors and date as in events.json', async () => {
    const page = await newPage();
    await gotoOk(page, '/');
    const entries = await page.$$eval('article[data-event]', (articles) =>
      articles.map((article) => ({
        id: article.id,
        kind: article.getAttribute('data-kind'),
        actors: (article.getAttribute('data-actors') ?? '').split(' ').filter(Boolean).sort(),
        date: article.getAttribute('data-date'),
      })),
    );
    const expected = data.events.map((event) => ({
      id: event.id,
      kind: event.kind,
      actors: [...event.actors].sort(),
      date: event.date ?? '',
    }));
    expect([...entries].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      expected.sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  test('entries sit in their year section, and the year index links to every section', async () => {
    const page = await newPage();
    await gotoOk(page, '/');
    const placed = await page.$$eval('article[data-event]', (articles) =>
      articles.map((article) => ({ id: article.id, year: article.closest('section[data-year]')?.getAttribute('data-year') })),
    );
    expect(placed).toEqual(
      placed.map(({ id }) => ({ id, year: dateOf.get(id)?.slice(0, 4) ?? 'undated' })),
    );
    const years = [...new Set(data.events.map((event) => event.date?.slice(0, 4) ?? 'undated'))];
    const sections = await page.$$eval('section[data-year]', (found) =>
      found.map((section) => ({
        year: section.getAttribute('data-year'),
        id: section.id,
        heading: section.querySelector('h2')?.textContent?.trim() ?? null,
      })),
    );
    expect(sections.map((section) => section.year).sort()).toEqual(years.sort());
    for (const section of sections) {
      const year = section.year ?? '';
      expect(section.id).toBe(year === 'undated' ? 'undated' : `y${year}`);
      if (year !== 'undated') expect(section.heading).toContain(year);
    }
    const indexLinks = await page.$$eval('nav[aria-label="Years"] a', (links) => links.map((link) => link.getAttribute('href')));
    expect([...indexLinks].sort()).toEqual(sections.map((section) => `#${section.id}`).sort());
  });
});

describe('permalinks', () => {
  // The last entry, the middle one and the last primary event: far enough down to need a scroll.
  const last = data.events.at(-1);
  const middle = data.events[Math.floor(data.events.length / 2)];
  const lastPrimary = primaryEvents(data.events).at(-1);
  const targets = [...new Set([last, middle, lastPrimary].flatMap((event) => (event ? [event.id] : [])))];

  test.each(targets)('/#%s scrolls that entry into the viewport', async (id) => {
    const page = await newPage({ viewport: { width: 390, height: 700 } });
    await gotoOk(page, `/#${id}`);
    await expect
      .poll(() =>
        page.evaluate((target) => {
          const rect = document.getElementById(target)?.getBoundingClientRect();
          return rect !== undefined && rect.bottom > 0 && rect.top < window.innerHeight;
        }, id),
      )
      .toBe(true);
    expect(await visibleEventIds(page)).toContain(id);
  });
});

describe('newest first', () => {
  /** Ids of the entries in DOM order, and whether they also come in that order on screen. */
  const readOrder = (page: Page) =>
    page.$$eval('article[data-event]', (articles) => {
      const tops = articles.map((article) => article.getBoundingClientRect().top);
      return { ids: articles.map((article) => article.id), visualMatchesDom: tops.every((top, i) => i === 0 || top > (tops[i - 1] ?? 0)) };
    });

  test('with JavaScript the box reorders the DOM, so Tab and screen readers follow the order on screen', async () => {
    const page = await newPage();
    await gotoOk(page, '/');
    await page.waitForSelector('input#order-newest[data-reorders]', { state: 'attached', timeout: 10_000 });
    const oldestFirst = await readOrder(page);
    expect(oldestFirst.ids).toEqual([...oldestFirst.ids].sort(byDate));

    await page.check('input#order-newest');
    const newestFirst = await readOrder(page);
    expect(newestFirst.ids).toEqual([...oldestFirst.ids].reverse());
    expect(newestFirst.visualMatchesDom).toBe(true);

    await page.uncheck('input#order-newest');
    const restored = await readOrder(page);
    expect(restored.ids).toEqual(oldestFirst.ids);
    expect(restored.visualMatchesDom).toBe(true);
  });

  test('without JavaScript the box reverses the order on screen only', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await gotoOk(page, '/');
    const before = await readOrder(page);
    await page.check('input#order-newest');
    const after = await readOrder(page);
    expect(after.ids).toEqual(before.ids);
    expect(after.visualMatchesDom).toBe(false);
  });
});
