// Links never break: an article dropped into content/ (here another outlet's report of a visit the
// timeline already has) and an article removed must leave every address of the build before
// answering, with its page or with a page that sends the reader on. Three builds of a copy of the
// project, each served as a static host would serve it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { formatIdLock, ID_LOCK_FILE, parseIdLock } from '../../src/lib/id-lock-file.ts';
import type { EventsExport } from '../../src/schemas/event.ts';
import { astroCommand, useProjectCopy } from './support/project-copy.ts';

/** Another outlet's report of the Russian defence delegation's arrival in Benghazi on 22 August 2023 (seed 002 reports it in French). */
const NEW_REPORT = `Russian defence delegation arrives in eastern Libya

August 22, 2023 1:41 PM GMT+3

BENGHAZI, Aug 22 (Wire) - A Russian Defence Ministry delegation led by Deputy Defence Minister Yunus-Bek Yevkurov arrived in Benghazi on Tuesday for talks with eastern commander Khalifa Haftar, the Libyan National Army said.

The delegation was received at Benina airport by officers of Haftar's forces, LNA spokesman Ahmed al-Mismari said in a statement.

"The visit is at the invitation of the general command to discuss joint cooperation in fighting terrorism," al-Mismari said.

Russia has backed Haftar since 2019, when fighters of the Wagner Group joined his offensive on Tripoli.
`;
const NEW_FILE = 'content/articles/wire-2023-08-22-benghazi.txt';
const REMOVED_SEED = 'content/articles/004_a498c142cf5f3b81.txt';
/** An id as an earlier merge would have retired it, sending readers to the event of seed 000. */
const MERGED_ID = '2012-08-22-russia-may-resume-arms-sales-to-libya';
const MERGED_INTO = '2012-08-22-russia-may-resume-military-cooperation-with-libya';

const copy = useProjectCopy('timeline-links-');
/** dist/ of each build, in order: before the new article, with it, after a seed was removed. */
const builds: string[] = [];

function build(label: string): string {
  const site = copy.root();
  execFileSync(...astroCommand(site, ['build']), { cwd: site, stdio: 'ignore' });
  const kept = path.join(site, `dist-${label}`);
  renameSync(path.join(site, 'dist'), kept);
  return kept;
}

beforeAll(() => {
  const site = copy.root();
  builds.push(build('before'));
  writeFileSync(path.join(site, NEW_FILE), NEW_REPORT);
  builds.push(build('added'));
  rmSync(path.join(site, REMOVED_SEED));
  rmSync(path.join(site, `${REMOVED_SEED}.meta.yaml`), { force: true });
  const lockFile = path.join(site, ID_LOCK_FILE);
  const { lock } = parseIdLock(ID_LOCK_FILE, readFileSync(lockFile, 'utf-8'));
  const retired = { added: '2026-01-05', order: 1000, reports: ['content/articles/gone.txt'], retired: '2026-01-06', to: MERGED_INTO, reason: 'merged into another event reporting the same happening' };
  writeFileSync(lockFile, formatIdLock({ ...lock, retired: { ...lock.retired, [MERGED_ID]: retired } }));
  builds.push(build('removed'));
}, 300_000);

/** Every address a build serves: pages as `/x/`, other files as `/x.ext`; hashed assets left out, as pages name them anew. */
function addresses(dist: string, prefix = ''): string[] {
  return readdirSync(path.join(dist, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' ? [] : addresses(dist, relative);
    if (entry.name === 'index.html') return [`/${prefix}${prefix ? '/' : ''}`];
    return [`/${relative}`];
  });
}

/** The address a page sends its reader to with a meta refresh, if it does. */
function refreshTarget(html: string): string | null {
  return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1] ?? null;
}

/** Fetches every address of `before` from a server of `after`: each must answer, and a redirect page must lead to a page that answers itself. */
async function brokenAddresses(before: string, after: string): Promise<string[]> {
  const server = await serveStatic({ mounts: [{ prefix: '/', dir: after }], gzip: false });
  const broken: string[] = [];
  try {
    for (const address of addresses(before)) {
      const response = await fetch(new URL(address, server.origin));
      if (response.status !== 200) {
        broken.push(`${address}: ${response.status}`);
        continue;
      }
      const target = address.endsWith('/') ? refreshTarget(await response.text()) : null;
      if (target === null) continue;
      const landed = await fetch(new URL(target, server.origin));
      const landedHtml = await landed.text();
      if (landed.status !== 200 || refreshTarget(landedHtml) !== null) broken.push(`${address} → ${target}: ${landed.status}, not a page of its own`);
    }
  } finally {
    await server.close();
  }
  return broken;
}

const exported = (dist: string) => JSON.parse(readFileSync(path.join(dist, 'events.json'), 'utf-8')) as EventsExport;

describe('after an article is added', () => {
  test('every address of the build before still answers', async () => {
    const [before = '', added = ''] = builds;
    expect(await brokenAddresses(before, added)).toEqual([]);
  });

  test('every event keeps its id, and the new report joins the event of its happening', () => {
    const [before = '', added = ''] = builds;
    const ids = new Set(exported(added).events.map((event) => event.id));
    expect(exported(before).events.filter((event) => !ids.has(event.id)).map((event) => event.id)).toEqual([]);
    const visit = exported(added).events.find((event) => event.sources.some((source) => source.file === NEW_FILE) && event.kind === 'primary');
    expect(visit?.sources.map((source) => source.file).sort()).toEqual(['content/articles/002_8bf08bbf60da036d.txt', NEW_FILE]);
    expect(exported(before).events.some((event) => event.id === visit?.id)).toBe(true);
  });
});

describe('after an article is removed', () => {
  test('every address of the build before still answers', async () => {
    const [, added = '', removed = ''] = builds;
    expect(await brokenAddresses(added, removed)).toEqual([]);
  });

  test('the events only it reported answer with a page saying they left the timeline, kept out of the sitemap', () => {
    const [, added = '', removed = ''] = builds;
    const gone = exported(added).events.filter((event) => event.sources.every((source) => source.file === REMOVED_SEED));
    expect(gone.length).toBeGreaterThan(0);
    const sitemap = readFileSync(path.join(removed, 'sitemap-0.xml'), 'utf-8');
    for (const event of gone) {
      const html = readFileSync(path.join(removed, 'events', event.id, 'index.html'), 'utf-8');
      expect(html).toContain('This event is no longer on the timeline');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(sitemap).not.toContain(`/events/${event.id}/`);
    }
  });

  test('an id retired by a merge sends its readers to the event it joined', () => {
    const [, , removed = ''] = builds;
    const html = readFileSync(path.join(removed, 'events', MERGED_ID, 'index.html'), 'utf-8');
    expect(refreshTarget(html)).toBe(`/events/${MERGED_INTO}/`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]+/events/${MERGED_INTO}/">`));
    expect(html).toContain('This event has moved');
    expect(html).toContain('merged into another event reporting the same happening');
    expect(readFileSync(path.join(removed, '_redirects'), 'utf-8')).toContain(`/events/${MERGED_ID}/ /events/${MERGED_INTO}/ 301\n`);
  });

  test('its source page answers, saying the article left the timeline', () => {
    const [, , removed = ''] = builds;
    const html = readFileSync(path.join(removed, 'sources', '004-a498c142cf5f3b81', 'index.html'), 'utf-8');
    expect(html).toContain('This source is no longer on the timeline');
    expect(html).toContain(REMOVED_SEED);
    expect(readFileSync(path.join(removed, 'sitemap-0.xml'), 'utf-8')).not.toContain('/sources/004-a498c142cf5f3b81/');
  });
});
