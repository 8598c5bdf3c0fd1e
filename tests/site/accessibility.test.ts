// axe-core finds no violations on the main kinds of page, in the light and the dark theme.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { gotoOk, loadExport, pickActor, richestEvent, useBrowser } from './support/site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const data = loadExport();
const { newPage } = useBrowser();

const event = richestEvent(data);

/** The first source page an event page links to (the source id is the site's, so it is read from the page). */
async function sourcePath(page: Page): Promise<string> {
  await gotoOk(page, `/events/${event.id}/`);
  const href = await page.getAttribute('main a[href^="/sources/"]', 'href', { timeout: 2_000 }).catch(() => null);
  if (!href) throw new Error(`/events/${event.id}/ links to no /sources/<id>/ page (claims' sentence links)`);
  return new URL(href, 'http://site').pathname;
}

/** A violation as the failure message shows it. */
interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page and returns its violations. */
async function axeViolations(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
}

const pages: readonly { name: string; path: (page: Page) => Promise<string> }[] = [
  { name: 'the timeline', path: async () => '/' },
  { name: 'an event page', path: async () => `/events/${event.id}/` },
  { name: 'an actor page', path: async () => `/actors/${pickActor(data)}/` },
  { name: 'a source page', path: sourcePath },
  { name: 'the lanes', path: async () => '/lanes/' },
];

const cases = pages.flatMap((entry) => (['light', 'dark'] as const).map((scheme) => ({ ...entry, scheme })));

test.each(cases)('$name in the $scheme theme has no axe violations', async ({ path, scheme }) => {
  // axe is added to the page as an inline script, which the pages' Content-Security-Policy refuses.
  const page = await newPage({ bypassCSP: true });
  await page.emulateMedia({ colorScheme: scheme });
  const target = await path(page);
  await gotoOk(page, target);
  expect(await axeViolations(page), `axe on ${target} (${scheme})`).toEqual([]);
});
