// The built site under its Content-Security-Policy, as a host would serve it: each page's own
// <meta> policy, and public/_headers (copied into dist/) applied to every response. The main pages
// load and work (search included, with Pagefind's WebAssembly) without one violation or one request
// leaving the site; and across every built file, no inline script, no external link that passes
// on the reader, and one cache policy per path.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../scripts/lib/static-headers.ts';
import { pageUrlOf, sitePath } from '../../scripts/lib/size-report.ts';
import { gotoOk, loadExport, pickActor, useBrowser } from './support/site.ts';

const DIST = path.resolve('dist');
const data = loadExport();
const rules = parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
const { newPage } = useBrowser();

/** Every file the build wrote, as paths relative to dist/ with `/` separators. */
const distFiles = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => sitePath(DIST, path.join(entry.parentPath, entry.name)))
  .sort();
const htmlFiles = distFiles.filter((file) => file.endsWith('.html'));

/** What a page did that the policy forbids or that left the site. */
interface Findings {
  violations: string[];
  offOrigin: string[];
}

/**
 * A page whose responses from the site carry the headers dist/_headers gives their path, and whose
 * CSP violations (reported to the page as events, or to the console, workers' included) and
 * requests to any other origin (answered with an error, never sent on) are recorded.
 */
async function guardedPage(): Promise<{ page: Page; findings: Findings }> {
  const origin = inject('siteUrl');
  const page = await newPage();
  const findings: Findings = { violations: [], offOrigin: [] };
  const context = page.context();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort('blockedbyclient');
    const response = await route.fetch();
    const added = Object.fromEntries([...headersFor(rules, url.pathname)].map(([name, values]) => [name, values.join(', ')]));
    return route.fulfill({ response, headers: { ...response.headers(), ...added } });
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) findings.offOrigin.push(request.url());
  });
  page.on('console', (message) => {
    if (/content.security.policy|refused to/i.test(message.text())) findings.violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => findings.violations.push(`page error: ${error.message}`));
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`));
  });
  return { page, findings };
}

/** What the guard heard since it was last asked, then the violations the page's document reported. */
async function allViolations(page: Page, findings: Findings): Promise<string[]> {
  const reported = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return [...findings.violations.splice(0), ...reported];
}

test('the timeline, an event, its source, the lanes and a search run with no CSP violation and no request off the site', async () => {
  const event = data.events.find((candidate) => candidate.sources.some((source) => source.url)) ?? data.events[0];
  if (!event) throw new Error('events.json has no event');
  const { page, findings } = await guardedPage();
  const violations: Record<string, string[]> = {};

  await gotoOk(page, '/');
  // The filter island runs: its chips became buttons.
  await page.locator('nav#filters button[data-actor]').first().waitFor();
  violations['/'] = await allViolations(page, findings);

  await gotoOk(page, `/events/${event.id}/`);
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  expect(() => JSON.parse(jsonLd ?? '')).not.toThrow();
  const sourceHref = await page.locator('main a[href^="/sources/"]').first().getAttribute('href');
  violations['event'] = await allViolations(page, findings);

  if (!sourceHref) throw new Error(`/events/${event.id}/ links to no source page`);
  await gotoOk(page, new URL(sourceHref, 'http://site.invalid').pathname);
  violations['source'] = await allViolations(page, findings);

  await gotoOk(page, '/lanes/');
  violations['/lanes/'] = await allViolations(page, findings);

  const actor = data.actors.find((candidate) => candidate.id === pickActor(data));
  if (!actor) throw new Error('events.json lists no actor its events name');
  await gotoOk(page, `/search/?q=${encodeURIComponent(actor.name)}`);
  const links = page.locator('.pagefind-ui__result-link');
  await links.first().waitFor({ timeout: 20_000 });
  const targets = await links.evaluateAll((found) => found.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(targets).toContain(`/actors/${actor.id}/`);
  violations['/search/'] = await allViolations(page, findings);

  expect(violations).toEqual({ '/': [], event: [], source: [], '/lanes/': [], '/search/': [] });
  expect(findings.offOrigin).toEqual([]);
});

test('every page carries a CSP <meta> that runs no inline script, and has no inline script or style attribute for it to refuse', () => {
  const problems: string[] = [];
  for (const file of htmlFiles) {
    const html = readFileSync(path.join(DIST, file), 'utf8');
    const policies = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)].map((match) => match[1] ?? '');
    if (policies.length !== 1) problems.push(`${file}: ${policies.length} CSP <meta> elements`);
    const scriptSources = /(?:^|;)\s*script-src ([^;]*)/.exec(policies[0] ?? '')?.[1] ?? '';
    if (!scriptSources.includes("'self'") || /'unsafe-(inline|eval)'/.test(scriptSources)) problems.push(`${file}: script-src ${scriptSources}`);
    for (const script of html.matchAll(/<script\b([^>]*)>/g)) {
      const attributes = script[1] ?? '';
      if (!/\ssrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes)) problems.push(`${file}: inline script <script${attributes}>`);
    }
    if (/<[a-z]+\b[^>]*\son[a-z]+=/i.test(html)) problems.push(`${file}: an event handler attribute`);
    // The policy pins inline styles to hashes, which style attributes cannot match.
    if (/<[a-z]+\b[^>]*\sstyle=/i.test(html)) problems.push(`${file}: a style attribute`);
  }
  expect(problems).toEqual([]);
});

test('every link to another site tells it nothing of the page it came from', () => {
  const site = new URL(inject('siteUrl'));
  const problems: string[] = [];
  for (const file of htmlFiles) {
    const html = readFileSync(path.join(DIST, file), 'utf8');
    for (const anchor of html.matchAll(/<a\b[^>]*>/g)) {
      const tag = anchor[0];
      const href = /\shref="([^"]*)"/.exec(tag)?.[1];
      if (!href) continue;
      const target = new URL(href.replaceAll('&amp;', '&'), new URL(pageUrlOf(file), site));
      if (!/^https?:$/.test(target.protocol) || target.origin === site.origin) continue;
      const rel = (/\srel="([^"]*)"/.exec(tag)?.[1] ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${file}: ${tag}`);
    }
  }
  expect(problems).toEqual([]);
});

/** What dist/_headers gives a built file as its cache policy, and every header it sets twice. */
function cachePolicy(allRules: readonly HeaderRule[], file: string): { cache: string[]; twice: string[] } {
  const headers = headersFor(allRules, pageUrlOf(file));
  return {
    cache: headers.get('cache-control') ?? [],
    twice: [...headers].filter(([, values]) => values.length > 1).map(([name]) => name),
  };
}

test('dist/_headers sets each header once per file: pages revalidate, content-named files are immutable', () => {
  const problems: string[] = [];
  for (const file of distFiles) {
    const { cache, twice } = cachePolicy(rules, file);
    if (twice.length > 0) problems.push(`${file}: ${twice.join(', ')} set by two rules`);
    const expected = file.endsWith('.html')
      ? 'public, max-age=0, must-revalidate'
      : /^(_astro|pagefind\/(fragment|index|filter))\//.test(file)
        ? 'public, max-age=31536000, immutable'
        : undefined;
    // A new kind of page (a new top-level folder) needs its rule in public/_headers.
    if (expected && cache[0] !== expected) problems.push(`${file}: Cache-Control ${cache.join(' + ') || 'not set'}, expected ${expected}`);
    if (headersFor(rules, pageUrlOf(file)).get('content-security-policy')?.length !== 1) problems.push(`${file}: no CSP header`);
  }
  expect(problems).toEqual([]);
});
