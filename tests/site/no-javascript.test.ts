// With JavaScript off the site is complete: the timeline lists every event, every event page and
// every actor page carries what events.json says.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/schemas/event.ts';
import { acrossPages, gotoOk, loadExport, renderServedHtml, useBrowser, visibleEventIds } from './support/site.ts';

const data = loadExport();
const { newPage } = useBrowser();

/** A page in a context with JavaScript disabled. */
function staticPage(): Promise<Page> {
  return newPage({ javaScriptEnabled: false });
}

/** What a listed entry shows: its heading link and its date. */
interface Entry {
  id: string;
  link: string | null;
  heading: string;
  datetime: string | null;
}

/** The `article[data-event]` on the page, as `Entry`s. */
function entries(page: Page): Promise<Entry[]> {
  return page.$$eval('article[data-event]', (articles) =>
    articles.map((article) => {
      const link = article.querySelector('h3 a');
      return {
        id: article.id,
        link: link?.getAttribute('href') ?? null,
        heading: (link?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        datetime: article.querySelector('time')?.getAttribute('datetime') ?? null,
      };
    }),
  );
}

/** The entry events.json implies for an event. */
function expectedEntry(event: TimelineEvent): Entry {
  return { id: event.id, link: `/events/${event.id}/`, heading: event.title.replace(/\s+/g, ' ').trim(), datetime: event.date };
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('without JavaScript', () => {
  test('the timeline lists every event with its title, link and date', async () => {
    const page = await staticPage();
    await gotoOk(page, '/');
    expect((await entries(page)).sort(byId)).toEqual(data.events.map(expectedEntry).sort(byId));
    expect((await visibleEventIds(page)).sort()).toEqual(data.events.map((event) => event.id).sort());
  });

  test('the filter chips are links to the actor pages', async () => {
    const page = await staticPage();
    await gotoOk(page, '/');
    const chips = await page.$$eval('nav#filters[aria-label="Filter by actor"] [data-actor]', (found) =>
      found.map((chip) => ({ tag: chip.tagName.toLowerCase(), actor: chip.getAttribute('data-actor'), href: chip.getAttribute('href') })),
    );
    const named = new Set(data.events.flatMap((event) => event.actors));
    expect(chips.map((chip) => chip.actor).sort()).toEqual([...named].sort());
    for (const chip of chips) expect(chip).toEqual({ tag: 'a', actor: chip.actor, href: `/actors/${chip.actor}/` });
  });

  test.each(data.events.map((event) => [event.id, event] as const))('event page %s is complete', async (id, event) => {
    const page = await staticPage();
    await gotoOk(page, `/events/${id}/`, 'domcontentloaded');
    const shown = await page.evaluate(() => {
      const main = document.querySelector('main');
      return {
        h1: (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        datetimes: [...(main?.querySelectorAll('time[datetime]') ?? [])].map((time) => time.getAttribute('datetime')),
        text: main?.textContent ?? '',
        claims: main?.querySelectorAll('figure[data-claim]').length ?? 0,
        actorLinks: [...(main?.querySelectorAll('a[href^="/actors/"]') ?? [])].map((link) => link.getAttribute('href')),
      };
    });
    expect(shown.h1).toBe(event.title.replace(/\s+/g, ' ').trim());
    if (event.date) expect(shown.datetimes).toContain(event.date);
    else expect(shown.text).toContain('Undated');
    expect(shown.claims).toBe(event.claims.length);
    for (const actor of event.actors) expect(shown.actorLinks).toContain(`/actors/${actor}/`);
  });

  test('every actor page names the actor and lists exactly its events', async () => {
    // Hundreds of pages: their served HTML is rendered in place, several at a time.
    const pages = await Promise.all(Array.from({ length: 4 }, () => staticPage()));
    const problems = await acrossPages(pages, data.actors, async (page, actor) => {
      try {
        await renderServedHtml(page, `/actors/${actor.id}/`);
      } catch (error) {
        return [error instanceof Error ? error.message : String(error)];
      }
      const found: string[] = [];
      const h1 = ((await page.textContent('h1')) ?? '').replace(/\s+/g, ' ').trim();
      if (h1 !== actor.name) found.push(`/actors/${actor.id}/: h1 is "${h1}", not "${actor.name}"`);
      const listed = (await entries(page)).sort(byId);
      const expected = data.events.filter((event) => event.actors.includes(actor.id)).map(expectedEntry).sort(byId);
      if (JSON.stringify(listed) !== JSON.stringify(expected)) {
        found.push(
          `/actors/${actor.id}/: lists ${JSON.stringify(listed)}, expected ${JSON.stringify(expected)}`,
        );
      }
      return found;
    });
    expect(problems.flat()).toEqual([]);
  }, 150_000);
});
