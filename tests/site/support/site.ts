// What the browser tests share: the served site's address, one browser per test file, and page
// helpers. The expectations come from dist/events.json, through scripts/lib/site-data.ts.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../../scripts/lib/find-chromium.ts';

export * from '../../../scripts/lib/site-data.ts';

/** An absolute URL on the preview server for a site path such as `/events/x/`. */
export function siteUrl(sitePath: string): string {
  return `${inject('siteUrl')}${sitePath}`;
}

/** Launches one browser for the file's tests and closes it after them; call at the top of a test file. */
export function useBrowser(): { newPage: (options?: BrowserContextOptions) => Promise<Page> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    // A fresh context per page, so no state (history, storage, JS setting) leaks between tests.
    newPage: async (options = {}) => {
      if (!browser) throw new Error('useBrowser: the browser is not launched yet');
      const context = await browser.newContext(options);
      return context.newPage();
    },
  };
}

/** Ids of the `article[data-event]` on the page that a reader can see, in DOM order. */
export function visibleEventIds(page: Page): Promise<string[]> {
  return page.$$eval('article[data-event]', (articles) =>
    articles.filter((article) => article.checkVisibility()).map((article) => article.id),
  );
}

/**
 * Opens a site path and fails unless the server answered 200, so no test passes on a 404 page.
 * `domcontentloaded` suits checks of the markup alone, which need not wait for styles and images.
 */
export async function gotoOk(page: Page, sitePath: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<void> {
  const response = await page.goto(siteUrl(sitePath), { waitUntil });
  const status = response?.status();
  if (status !== 200) throw new Error(`GET ${sitePath} answered ${status ?? 'nothing'}: the page is not built`);
}

/** The `actors` and `match` parameters of the page's current URL. */
export function filterState(page: Page): { actors: string[]; match: string | null } {
  const params = new URL(page.url()).searchParams;
  const actors = params.get('actors');
  return { actors: actors ? actors.split(',') : [], match: params.get('match') };
}

/** Runs `task` over `items` on `pages`, one item per page at a time; collects what each returns. */
export async function acrossPages<T, R>(pages: readonly Page[], items: readonly T[], task: (page: Page, item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      for (let index = next++; index < items.length; index = next++) {
        const item = items[index] as T;
        results[index] = await task(page, item);
      }
    }),
  );
  return results;
}

/**
 * Fetches a site path (failing unless it answers 200) and renders its HTML in `page` without
 * loading styles or images: two to three times faster than a navigation, for checks of the
 * markup across hundreds of pages. Use it in a context with JavaScript disabled.
 */
export async function renderServedHtml(page: Page, sitePath: string): Promise<void> {
  const response = await fetch(siteUrl(sitePath));
  if (response.status !== 200) throw new Error(`GET ${sitePath} answered ${response.status}: the page is not built`);
  await page.setContent(await response.text(), { waitUntil: 'domcontentloaded' });
}
