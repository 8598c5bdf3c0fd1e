// Pages that stay light: a copy of the project with a few hundred generated articles (and a busy
// year of extra reports, so that a year needs several pages) is built once; `/` lists only the
// latest events, the year pages hold every event exactly once and lead from one to the next,
// actor pages are paged the same way, and no page of these is over the size budget.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '../../src/lib/calendar-days.ts';
import { generateCorpus } from '../../scripts/lib/corpus/generate-corpus.ts';
import { writeCorpus } from '../../scripts/lib/corpus/write-corpus.ts';
import { measureSite, sitePath } from '../../scripts/lib/size-report.ts';
import { loadRegistry } from '../../src/lib/load-registry.ts';
import { COMPLETE_TIMELINE_LIMIT, LATEST_EVENTS } from '../../src/lib/views/home-timeline.ts';
import { SOURCES_PER_PAGE } from '../../src/lib/views/source-list.ts';
import { EVENTS_PER_PAGE } from '../../src/lib/views/year-pages.ts';
import type { EventsExport } from '../../src/schemas/event.ts';
import { astroCommand, useProjectCopy } from './support/project-copy.ts';

/**
 * Generated articles: with the busy year's reports, enough events that `/` lists only the latest, and well over
 * the articles one page of /sources/ holds (`SOURCES_PER_PAGE`).
 */
const ARTICLES = 450;
/** Extra reports in 2019, one a day apart, so that 2019 holds more than a page of events. */
const BUSY_YEAR_REPORTS = EVENTS_PER_PAGE + 10;
/** The budget of `npm run size` for any page, HTML + CSS + JS gzipped. */
const PAGE_BUDGET = 60_000;

const copy = useProjectCopy('timeline-light-');
let dist = '';
let data: EventsExport;

/** A short report of its own happening on day `index` of 2019. */
function busyYearReport(index: number): string {
  const day = addDays('2019-01-01', 3 * index);
  return `---
title: Russian inspectors visit Libyan depot number ${index + 1}
published: ${day}
outlet: Test Wire
language: en
---
Russian military inspectors visited depot number ${index + 1} near Tobruk on ${day}, the Libyan National Army said.

The inspection of depot ${index + 1} lasted one day, officers said.
`;
}

beforeAll(async () => {
  const site = copy.root();
  const registryText = readFileSync(path.join(site, 'content/actors.yaml'), 'utf-8');
  const { actors } = loadRegistry('content/actors.yaml', registryText);
  const corpus = generateCorpus({ n: ARTICLES, seed: 'light-pages', until: '2026-11-30', registry: actors });
  const articles = path.join(site, 'content/articles');
  rmSync(articles, { recursive: true, force: true });
  rmSync(path.join(site, 'content/id-lock.yaml'), { force: true });
  await writeCorpus(site, corpus, registryText);
  for (let index = 0; index < BUSY_YEAR_REPORTS; index++) writeFileSync(path.join(articles, `busy-2019-${index}.md`), busyYearReport(index));
  execFileSync(...astroCommand(site, ['build']), { cwd: site, stdio: 'ignore' });
  dist = path.join(site, 'dist');
  data = JSON.parse(readFileSync(path.join(dist, 'events.json'), 'utf-8')) as EventsExport;
}, 240_000);

/** The HTML served at a page path (`/years/2019/2/`). */
const html = (page: string) => readFileSync(path.join(dist, page, 'index.html'), 'utf-8');

/** Ids of the `article[data-event]` entries of a page, in order. */
function entryIds(page: string): string[] {
  return [...html(page).matchAll(/<article\b[^>]*>/g)].flatMap(([tag]) => (/\bdata-event\b/.test(tag) ? [/\bid="([^"]+)"/.exec(tag)?.[1] ?? ''] : []));
}

/** The page a page's `rel="next"` link leads to, if any. */
function nextOf(page: string): string | null {
  return /<a href="([^"]+)" rel="next"/.exec(html(page))?.[1] ?? null;
}

/** Follows `rel="next"` from `first` to the end, every page on the way. */
function walk(first: string): string[] {
  const pages = [first];
  for (let next = nextOf(first); next !== null; next = nextOf(next)) {
    if (pages.includes(next) || pages.length > 1000) throw new Error(`the pages loop back at ${next}`);
    pages.push(next);
  }
  return pages;
}

/** Every built page under `folder` of dist/, as paths: `/years/2019/`, `/years/2019/2/`. */
function pagesUnder(folder: string): string[] {
  return readdirSync(path.join(dist, folder), { recursive: true, encoding: 'utf-8' })
    .filter((file) => file === 'index.html' || file.endsWith(`${path.sep}index.html`))
    .map((file) => `/${folder}/${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`);
}

describe('a large archive', () => {
  test('is larger than / lists whole, and has a year of several pages', () => {
    expect(data.events.length).toBeGreaterThan(COMPLETE_TIMELINE_LIMIT);
    expect(pagesUnder('years')).toContain('/years/2019/2/');
  });

  test('/ lists the latest dated events and links every year page', () => {
    const dated = data.events.filter((event) => event.date !== null);
    const latest = dated.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : (a.date ?? '') < (b.date ?? '') ? -1 : 1)).slice(-LATEST_EVENTS);
    expect(entryIds('/')).toEqual(latest.map((event) => event.id));
    const home = html('/');
    const firstPages = pagesUnder('years').filter((page) => /^\/years\/(\d{4}|undated)\/$/.test(page));
    for (const page of firstPages) expect(home).toContain(`href="${page}"`);
  });

  test('/, every year page, actor page and page of sources, and /lanes/, stay within the size budget', async () => {
    const files = new Map<string, Uint8Array>();
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf-8' })) {
      const full = path.join(dist, file);
      const relative = sitePath(dist, full);
      if (/^(index\.html|(years|actors|sources\/page)\/.*\.html|sources\/index\.html|lanes\/index\.html|_astro\/.*\.(css|m?js))$/.test(relative))
        files.set(relative, readFileSync(full));
    }
    const heavy = measureSite(files)
      .pages.filter((page) => page.total > PAGE_BUDGET)
      .map((page) => `${page.url}: ${page.total} B`);
    expect(heavy).toEqual([]);
  });

  test('every event is on exactly one year page, and rel=next walks all of them in order', () => {
    const walked = walk(pagesUnder('years').sort()[0] ?? '');
    expect([...walked].sort()).toEqual(pagesUnder('years').sort());
    const listed = walked.flatMap(entryIds);
    expect(listed).toEqual([...new Set(listed)]);
    expect([...listed].sort()).toEqual(data.events.map((event) => event.id).sort());
    expect(listed.length).toBe(data.events.length);
  });

  test('a busy year’s pager links each of its pages, and each page holds at most a page of events', () => {
    const busy = pagesUnder('years').filter((page) => page.startsWith('/years/2019/'));
    for (const page of busy) {
      for (const other of busy) expect(html(page)).toContain(`href="${other}"`);
      expect(entryIds(page).length).toBeLessThanOrEqual(EVENTS_PER_PAGE);
    }
  });

  test('every event page is reachable by links from / through the year pages', () => {
    const seen = new Set<string>(['/']);
    const linked = new Set<string>();
    const queue = ['/'];
    for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
      for (const [, href = ''] of html(page).matchAll(/href="([^"#?]+)[^"]*"/g)) {
        if (href.startsWith('/events/')) linked.add(href);
        if (href.startsWith('/years/') && !seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    expect(data.events.map((event) => `/events/${event.id}/`).filter((page) => !linked.has(page))).toEqual([]);
  });

  test('the busiest actor’s pages list exactly its events, once each, in timeline order', () => {
    const counts = new Map<string, number>();
    for (const event of data.events) for (const id of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [busiest = ''] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    const pages = walk(`/actors/${busiest}/`);
    expect(pages.length).toBe(Math.ceil((counts.get(busiest) ?? 0) / EVENTS_PER_PAGE));
    expect(pages.slice(1)).toEqual(pages.slice(1).map((_, index) => `/actors/${busiest}/${index + 2}/`));
    const expected = data.events.filter((event) => event.actors.includes(busiest)).map((event) => event.id);
    expect(pages.flatMap(entryIds)).toEqual(expected);
  });

  test('the pages of /sources/ list every article once, newest first, and rel=next walks them', () => {
    const articlePages = readdirSync(path.join(dist, 'sources')).filter((entry) => entry !== 'page' && entry !== 'index.html');
    const pages = walk('/sources/');
    expect(pages.length).toBe(Math.ceil(articlePages.length / SOURCES_PER_PAGE));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(['/sources/', ...pages.slice(1).map((_, index) => `/sources/page/${index + 2}/`)]);
    const listed = pages.flatMap((page) => [...html(page).matchAll(/<li data-source="([^"]+)"/g)].map(([, id]) => id));
    expect(listed.sort()).toEqual(articlePages.sort());
  });
});
