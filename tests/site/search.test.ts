// Search works on the static build: the header's form leads to /search/, where Pagefind's index
// (written by `npm run build`, two bundles searched together: src/lib/search-bundles.ts) finds
// events, actors and sources by their words.
import { expect, test } from 'vitest';
import { sourceId } from '../../src/lib/extract-corpus.ts';
import { sourcePath } from '../../src/lib/views/page-paths.ts';
import { gotoOk, loadExport, pickActor, useBrowser } from './support/site.ts';

const data = loadExport();
const { newPage } = useBrowser();

test('a search from the header finds an actor’s page and the events that name them', async () => {
  const id = pickActor(data);
  const actor = data.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`events.json names ${id} in an event but does not list it among its actors`);
  const page = await newPage();
  await gotoOk(page, '/');
  await page.fill('form[role="search"] input[name="q"]', actor.name);
  await page.press('form[role="search"] input[name="q"]', 'Enter');
  await page.waitForURL(/\/search\/\?q=/);
  const links = page.locator('.pagefind-ui__result-link');
  await links.first().waitFor({ timeout: 20_000 });
  const targets = await links.evaluateAll((found) => found.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(targets).toContain(`/actors/${actor.id}/`);
  expect(targets.some((target) => target.startsWith('/events/'))).toBe(true);
});

test('the sources’ bundle is searched with the rest: an article’s page is found by its title', async () => {
  const source = data.events.flatMap((event) => event.sources).find((candidate) => candidate.title.split(' ').length >= 4);
  if (!source) throw new Error('events.json has no source with a title of four words or more');
  const page = await newPage();
  await gotoOk(page, `/search/?q=${encodeURIComponent(source.title)}`);
  const links = page.locator('.pagefind-ui__result-link');
  await links.first().waitFor({ timeout: 20_000 });
  const targets = await links.evaluateAll((found) => found.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(targets).toContain(sourcePath(sourceId(source.file)));
});
