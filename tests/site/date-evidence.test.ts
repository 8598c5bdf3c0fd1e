// Every event whose date was read from the text links to the sentence holding those words, and the
// link lands: the source page has an element with that id, it is the page's :target, and it holds
// the date's words. Events whose date was not read from the text make no such link.
import { expect, test } from 'vitest';
import { sourceId } from '../../src/lib/extract-corpus.ts';
import { acrossPages, gotoOk, loadExport, useBrowser } from './support/site.ts';

const data = loadExport();
const { newPage } = useBrowser();

/** Whitespace as one space, as a reader sees it. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

test('every event’s date evidence links to the sentence holding it, and no other event links one', async () => {
  const pages = await Promise.all(Array.from({ length: 4 }, () => newPage()));
  const problems = await acrossPages(pages, data.events, async (page, event) => {
    const where = `/events/${event.id}/`;
    await gotoOk(page, where, 'domcontentloaded');
    const links = await page.$$eval('a[data-date-evidence]', (found) =>
      found.map((link) => ({ href: link.getAttribute('href') ?? '', origin: link.hasAttribute('data-event-origin') })),
    );
    const evidence = event.dateEvidence;
    if (!evidence?.span) return links.length === 0 ? [] : [`${where}: the date has no span in events.json, yet the page links ${links[0]?.href}`];
    const [link] = links;
    if (links.length !== 1 || !link) return [`${where}: expected one a[data-date-evidence], found ${links.length}`];
    const problems: string[] = [];
    if (link.origin !== (event.kind === 'background')) problems.push(`${where}: data-event-origin is ${link.origin} on a ${event.kind} event`);
    const match = /^\/sources\/([^/]+)\/#sentence-(\d+)$/.exec(link.href);
    if (!match || match[1] !== sourceId(evidence.source)) return [...problems, `${where}: ${link.href} is not a sentence of ${evidence.source}`];
    if (Number(match[2]) > evidence.span.start) problems.push(`${where}: ${link.href} starts after the date's words (offset ${evidence.span.start})`);
    await gotoOk(page, link.href, 'domcontentloaded');
    const target = await page.evaluate(() => {
      const found = document.querySelector(':target');
      return found ? { id: found.id, text: found.textContent ?? '' } : null;
    });
    const anchor = link.href.split('#')[1];
    if (!target || target.id !== anchor) return [...problems, `${link.href}: no element with id ${anchor} is the :target`];
    if (!squeeze(target.text).includes(squeeze(evidence.text))) problems.push(`${link.href}: the sentence does not hold “${evidence.text}”`);
    return problems;
  });
  expect(problems.flat()).toEqual([]);
  // The check above has something to check.
  expect(data.events.some((event) => event.dateEvidence?.span)).toBe(true);
});
