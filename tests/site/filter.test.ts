// The actor filter with JavaScript on: `?actors=…&match=…` shows exactly the matching entries,
// the live region counts primary events, and history entries restore earlier filters.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  filterState,
  gotoOk,
  loadExport,
  matchingIds,
  pickActor,
  pickActorPair,
  primaryEvents,
  useBrowser,
  visibleEventIds,
} from './support/site.ts';

const data = loadExport();
const allIds = data.events.map((event) => event.id).sort();
const primaryTotal = primaryEvents(data.events).length;
const { newPage } = useBrowser();

/** Opens a timeline URL and waits for the filter island to turn the chips into buttons. */
async function openTimeline(page: Page, sitePath: string): Promise<void> {
  await gotoOk(page, sitePath);
  await page.waitForSelector('nav#filters button[data-actor]', { timeout: 10_000 });
}

/** Waits until the visible entries are exactly `expected` (sorted ids). */
async function expectShown(page: Page, expected: readonly string[]): Promise<void> {
  await expect.poll(async () => (await visibleEventIds(page)).sort(), { timeout: 5_000 }).toEqual(expected);
}

/** The live region's text, whitespace collapsed. */
async function statusText(page: Page): Promise<string> {
  const status = page.locator('[data-filter-status][aria-live="polite"]');
  return ((await status.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** "N of M events" for a filter, N and M counting primary events. */
function countLine(actors: readonly string[], match: 'any' | 'all'): string {
  const shown = matchingIds(primaryEvents(data.events), actors, match).length;
  return `${shown} of ${primaryTotal} events`;
}

/** The chips whose aria-pressed is "true", sorted. */
function pressedChips(page: Page): Promise<string[]> {
  return page.$$eval('nav#filters button[data-actor][aria-pressed="true"]', (chips) =>
    chips.map((chip) => chip.getAttribute('data-actor') ?? '').sort(),
  );
}

describe('one actor', () => {
  const actor = pickActor(data);

  test(`/?actors=<actor> shows exactly that actor's events and says "N of M events"`, async () => {
    const page = await newPage();
    await openTimeline(page, `/?actors=${actor}`);
    await expectShown(page, matchingIds(data.events, [actor], 'any'));
    await expect.poll(() => statusText(page)).toContain(countLine([actor], 'any'));
    expect(await pressedChips(page)).toEqual([actor]);
  });

  test('the status is empty while no filter is set, and the clear button empties the filter', async () => {
    const page = await newPage();
    await openTimeline(page, '/');
    expect(await statusText(page)).toBe('');
    await page.locator(`nav#filters button[data-actor="${actor}"]`).click();
    await expectShown(page, matchingIds(data.events, [actor], 'any'));
    await page.locator('button[data-clear]').click();
    await expectShown(page, allIds);
    await expect.poll(() => statusText(page)).toBe('');
    expect(filterState(page).actors).toEqual([]);
    expect(await pressedChips(page)).toEqual([]);
  });
});

describe('beyond the page', () => {
  const [first, second] = pickActorPair(data);

  test('the filter says it covers this page, and links each selected actor’s page of all its events', async () => {
    const page = await newPage();
    await openTimeline(page, '/');
    expect(await page.locator('[data-filter-scope]').isHidden()).toBe(false);
    expect(await page.locator('[data-actor-pages]').isHidden()).toBe(true);
    await page.locator(`nav#filters button[data-actor="${first}"]`).click();
    await page.locator(`nav#filters button[data-actor="${second}"]`).click();
    const links = () => page.$$eval('[data-actor-pages] a', (found) => found.map((link) => link.getAttribute('href')));
    await expect.poll(links).toEqual([`/actors/${first}/`, `/actors/${second}/`]);
    await page.locator('button[data-clear]').click();
    await expect.poll(() => page.locator('[data-actor-pages]').isHidden()).toBe(true);
  });
});

describe('two actors', () => {
  const pair = pickActorPair(data);

  test.each(['all', 'any'] as const)('match=%s shows the right set', async (match) => {
    const page = await newPage();
    await openTimeline(page, `/?actors=${pair.join(',')}&match=${match}`);
    await expectShown(page, matchingIds(data.events, pair, match));
    await expect.poll(() => statusText(page)).toContain(countLine(pair, match));
    expect(await pressedChips(page)).toEqual([...pair].sort());
    expect(await page.isChecked(`fieldset[data-match] input[name="match"][value="${match}"]`)).toBe(true);
  });

  test('switching the match control from any to all narrows the set and updates the URL', async () => {
    const page = await newPage();
    await openTimeline(page, `/?actors=${pair.join(',')}`);
    await expectShown(page, matchingIds(data.events, pair, 'any'));
    await page.check('fieldset[data-match] input[name="match"][value="all"]');
    await expectShown(page, matchingIds(data.events, pair, 'all'));
    expect(filterState(page)).toEqual({ actors: pair, match: 'all' });
  });
});

describe('history', () => {
  const [first, second] = pickActorPair(data);

  test('back and forward restore each filter', async () => {
    const page = await newPage();
    await openTimeline(page, '/');
    const chip = (id: string) => page.locator(`nav#filters button[data-actor="${id}"]`);

    await chip(first).click();
    await expectShown(page, matchingIds(data.events, [first], 'any'));
    expect(filterState(page).actors).toEqual([first]);
    await chip(second).click();
    await expectShown(page, matchingIds(data.events, [first, second], 'any'));
    expect(filterState(page).actors).toEqual([first, second]);

    await page.goBack();
    await expectShown(page, matchingIds(data.events, [first], 'any'));
    expect(filterState(page).actors).toEqual([first]);
    expect(await pressedChips(page)).toEqual([first]);
    await expect.poll(() => statusText(page)).toContain(countLine([first], 'any'));

    await page.goBack();
    await expectShown(page, allIds);
    expect(filterState(page).actors).toEqual([]);
    expect(await pressedChips(page)).toEqual([]);

    await page.goForward();
    await expectShown(page, matchingIds(data.events, [first], 'any'));
    await page.goForward();
    await expectShown(page, matchingIds(data.events, [first, second], 'any'));
    expect(await pressedChips(page)).toEqual([first, second].sort());
  });
});

describe('ids the page cannot filter by', () => {
  // Deliberately unknown: no actor has this id.
  const unknown = 'no-such-actor-xyz';
  const named = new Set(data.events.flatMap((event) => event.actors));
  const registryOnly = data.actors.find((actor) => !named.has(actor.id))?.id;
  const actor = pickActor(data);

  test('an unknown id alone leaves the whole timeline shown, says so, and offers the clear button', async () => {
    const page = await newPage();
    await openTimeline(page, `/?actors=${unknown}`);
    await expectShown(page, allIds);
    await expect.poll(() => statusText(page)).toBe(`No event names “${unknown}”.`);
    expect(await pressedChips(page)).toEqual([]);
    await page.locator('button[data-clear]').click();
    await expect.poll(() => statusText(page)).toBe('');
    expect(filterState(page).actors).toEqual([]);
    expect(await page.isHidden('button[data-clear]')).toBe(true);
  });

  test('an unknown id beside a known one filters by the known one and names the other', async () => {
    const page = await newPage();
    await openTimeline(page, `/?actors=${actor},${unknown}`);
    await expectShown(page, matchingIds(data.events, [actor], 'any'));
    await expect.poll(() => statusText(page)).toBe(`${countLine([actor], 'any')}. No event names “${unknown}”.`);
    expect(await pressedChips(page)).toEqual([actor]);
  });

  test.skipIf(registryOnly === undefined)('an actor no event names is treated like an unknown id', async () => {
    const page = await newPage();
    await openTimeline(page, `/?actors=${registryOnly}`);
    await expectShown(page, allIds);
    await expect.poll(() => statusText(page)).toBe(`No event names “${registryOnly}”.`);
  });
});

describe('the clear button and the year index', () => {
  const actor = pickActor(data);

  test('the clear button is hidden until a chip is pressed, and hidden again once cleared', async () => {
    const page = await newPage();
    await openTimeline(page, '/');
    expect(await page.isHidden('button[data-clear]')).toBe(true);
    await page.locator(`nav#filters button[data-actor="${actor}"]`).click();
    await expect.poll(() => page.isVisible('button[data-clear]')).toBe(true);
    await page.locator('button[data-clear]').click();
    await expect.poll(() => page.isHidden('button[data-clear]')).toBe(true);
  });

  test('while a filter is set, the year index links only to years with a shown entry', async () => {
    const page = await newPage();
    const yearLinks = () =>
      page.$$eval('nav[aria-label="Years"] a', (links) =>
        links.filter((link) => link.checkVisibility()).map((link) => link.getAttribute('href') ?? ''),
      );
    const anchor = (date: string | null) => (date === null ? '#undated' : `#y${date.slice(0, 4)}`);
    const shownIds = new Set(matchingIds(data.events, [actor], 'any'));
    const expected = [...new Set(data.events.filter((event) => shownIds.has(event.id)).map((event) => anchor(event.date)))].sort();
    const every = [...new Set(data.events.map((event) => anchor(event.date)))].sort();

    await openTimeline(page, `/?actors=${actor}`);
    await expect.poll(async () => (await yearLinks()).sort()).toEqual(expected);
    await page.locator('button[data-clear]').click();
    await expect.poll(async () => (await yearLinks()).sort()).toEqual(every);
  });
});
