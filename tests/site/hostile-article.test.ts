// An article carrying markup and script (in its front matter, its body and its links) must come out
// as text on every page it reaches: the timeline, its event, its source, actor pages, JSON-LD.
// So must a handful of real articles mutated with planted markup (tests/fuzz/arbitraries.ts), the
// same ones for a seed. The site is built from one copy of the project with all of them added, and
// each page is parsed by the browser, which sees markup exactly as a reader's would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, expect, test } from 'vitest';
import { mutatedArticle } from '../fuzz/arbitraries.ts';
import { astroCommand, useProjectCopy } from './support/project-copy.ts';
import { useBrowser } from './support/site.ts';

/** The marker every planted payload carries: any live element holding it is a failure. */
const MARK = 'pwned';

const HOSTILE_ARTICLE = `---
title: "Haftar </script><script>alert('${MARK}-title')</script> visits Moscow"
outlet: "<b onmouseover=alert('${MARK}-outlet')>Wire</b>"
url: "https://example.org/a?<script>alert('${MARK}-url')</script>"
---
MOSCOW, March 3 (Wire) - Libyan commander Khalifa Haftar met Russian officials on Tuesday, the Russian Defence Ministry said. <script>alert('${MARK}-body')</script>

"We discussed <img src=x onerror=alert('${MARK}-img')> military cooperation," Haftar told reporters after the meeting in Moscow.

<iframe src="https://example.org/${MARK}-frame"></iframe> Russia and Libya signed the first contracts in February 2011, before the sanctions.

Read more: [the agreement](javascript:alert('${MARK}-link')) and <a href="javascript:alert('${MARK}-anchor')">the annex</a>.
`;

/** How many mutated articles join the hand-written one; FUZZ_SEED picks other ones. */
const MUTATED_COUNT = 6;

/** Mutated real articles, each still carrying planted markup somewhere. */
const MUTATED = fc.sample(
  mutatedArticle(MARK).filter((article) => new TextDecoder().decode(article.bytes).includes(MARK)),
  { seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_240_601, numRuns: MUTATED_COUNT },
);

const copy = useProjectCopy('timeline-hostile-');
const { newPage } = useBrowser();

beforeAll(() => {
  const site = copy.root();
  mkdirSync(path.join(site, 'content/articles/hostile'), { recursive: true });
  writeFileSync(path.join(site, 'content/articles/hostile/markup & script #1.md'), HOSTILE_ARTICLE);
  MUTATED.forEach((article, index) => writeFileSync(path.join(site, `content/articles/hostile/mutated-${index}-${article.name}`), article.bytes));
  execFileSync(...astroCommand(site, ['build']), { cwd: site, stdio: 'ignore' });
}, 180_000);

/** Every HTML file the build wrote, relative to dist/. */
function htmlFiles(folder: string, prefix = ''): string[] {
  return readdirSync(path.join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) return htmlFiles(folder, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

test('no page carries live markup from the articles, and its JSON-LD still parses', async () => {
  const dist = path.join(copy.root(), 'dist');
  const page = await newPage({ javaScriptEnabled: false });
  const problems: string[] = [];
  let pagesWithTheArticle = 0;
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    if (!html.includes(MARK)) continue;
    pagesWithTheArticle += 1;
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    const found = await page.evaluate((mark) => {
      const live: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        // Tag and attribute names are never text: one holding the mark was planted, and is live.
        if (element.tagName.toLowerCase().includes(mark)) live.push(element.outerHTML.slice(0, 80));
        for (const attribute of element.attributes) {
          const value = attribute.value.trim().toLowerCase();
          if (attribute.name.startsWith('on') || attribute.name.includes(mark) || value.startsWith('javascript:') || value.startsWith('data:text/html')) {
            live.push(`${element.tagName} ${attribute.name}="${attribute.value}"`);
          }
        }
      }
      for (const element of document.querySelectorAll('iframe, img[src="x"], b[onmouseover]')) live.push(element.outerHTML.slice(0, 80));
      const jsonLd: string[] = [];
      for (const script of document.querySelectorAll('script')) {
        if (script.type === 'application/ld+json') jsonLd.push(script.textContent ?? '');
        else if ((script.textContent ?? '').includes(mark)) live.push(`script: ${(script.textContent ?? '').slice(0, 80)}`);
      }
      return { live, jsonLd };
    }, MARK);
    for (const item of found.live) problems.push(`${file}: ${item}`);
    for (const json of found.jsonLd) {
      try {
        JSON.parse(json);
      } catch {
        problems.push(`${file}: JSON-LD does not parse: ${json.slice(0, 80)}`);
      }
    }
  }
  expect(problems).toEqual([]);
  // The timeline, the event, the source and the actors' pages at least: the payloads did reach pages.
  expect(pagesWithTheArticle).toBeGreaterThanOrEqual(4);
});
