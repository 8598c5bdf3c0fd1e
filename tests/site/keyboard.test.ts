// The filter chips from the keyboard alone: Tab reaches them, Space and Enter toggle them.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { filterState, gotoOk, loadExport, matchingIds, useBrowser, visibleEventIds } from './support/site.ts';

const data = loadExport();
const { newPage } = useBrowser();

/** Presses Tab until a filter chip has the focus; returns its actor id. */
async function tabToChip(page: Page, limit = 300): Promise<string> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const actor = await page.evaluate(() => {
      const focused = document.activeElement;
      return focused?.matches('nav#filters button[data-actor]') ? focused.getAttribute('data-actor') : null;
    });
    if (actor) return actor;
  }
  throw new Error(`no filter chip (nav#filters button[data-actor]) took the focus within ${limit} presses of Tab`);
}

/** The focused element's aria-pressed. */
function focusedPressed(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-pressed') ?? null);
}

test('Tab reaches a chip; Space and Enter toggle it and aria-pressed follows', async () => {
  const page = await newPage();
  await gotoOk(page, '/');
  await page.waitForSelector('nav#filters button[data-actor]', { timeout: 10_000 });

  const actor = await tabToChip(page);
  expect(await focusedPressed(page)).toBe('false');

  await page.keyboard.press('Space');
  await expect.poll(() => focusedPressed(page)).toBe('true');
  expect(filterState(page).actors).toEqual([actor]);
  await expect.poll(async () => (await visibleEventIds(page)).sort()).toEqual(matchingIds(data.events, [actor], 'any'));

  await page.keyboard.press('Enter');
  await expect.poll(() => focusedPressed(page)).toBe('false');
  expect(filterState(page).actors).toEqual([]);

  const next = await tabToChip(page);
  expect(next).not.toBe(actor);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedPressed(page)).toBe('true');
  expect(filterState(page).actors).toEqual([next]);
});
