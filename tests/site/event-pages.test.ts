// Every event in events.json has its own page, `/events/<id>/`, whose h1 is the event's title.
import { expect, test } from 'vitest';
import { acrossPages, gotoOk, loadExport, useBrowser } from './support/site.ts';

const data = loadExport();
const { newPage } = useBrowser();

test('every event in events.json has a page showing its title in the h1', async () => {
  const pages = await Promise.all(Array.from({ length: 4 }, () => newPage()));
  const problems = await acrossPages(pages, data.events, async (page, event) => {
    try {
      await gotoOk(page, `/events/${event.id}/`);
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)];
    }
    const headings = await page.$$eval('h1', (found) => found.map((h1) => (h1.textContent ?? '').replace(/\s+/g, ' ').trim()));
    const title = event.title.replace(/\s+/g, ' ').trim();
    return headings.length === 1 && headings[0] === title
      ? []
      : [`/events/${event.id}/: h1 ${JSON.stringify(headings)}, expected one h1 "${title}"`];
  });
  expect(problems.flat()).toEqual([]);
});
