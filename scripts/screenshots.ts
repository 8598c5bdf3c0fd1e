// `npm run screenshots`: full-page PNGs of the main pages at phone and desktop widths, in the light
// and the dark theme, to tests/site/screenshots/. Builds the site first when dist/ is stale.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './lib/find-chromium.ts';
import { loadExport, pickActor, richestEvent } from './lib/site-data.ts';
import { ensureBuilt, serveDist } from './lib/site-server.ts';

const root = process.cwd();
const outDir = path.join(root, 'tests', 'site', 'screenshots');
const widths = [390, 1280] as const;
const schemes = ['light', 'dark'] as const;

/** The first `/sources/<id>/` an event page links to: source ids are the site's, so they are read from its HTML. */
async function sourcePath(origin: string, eventPath: string): Promise<string | null> {
  const html = await (await fetch(`${origin}${eventPath}`)).text();
  return /href="(\/sources\/[^"#?]+)/.exec(html)?.[1] ?? null;
}

await ensureBuilt(root);
const server = await serveDist(root);
const browser = await launchChromium();
try {
  const data = loadExport(root);
  const eventPath = `/events/${richestEvent(data).id}/`;
  const source = await sourcePath(server.url, eventPath);
  if (!source) console.warn(`screenshots: ${eventPath} links to no source page; skipping it`);
  const pages: readonly (readonly [name: string, sitePath: string | null])[] = [
    ['timeline', '/'],
    ['event', eventPath],
    ['actor', `/actors/${pickActor(data)}/`],
    ['source', source],
    ['lanes', '/lanes/'],
    ['about', '/about/'],
  ];
  await mkdir(outDir, { recursive: true });
  for (const scheme of schemes) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, sitePath] of pages) {
        if (!sitePath) continue;
        const response = await page.goto(`${server.url}${sitePath}`, { waitUntil: 'load' });
        if (response?.status() !== 200) console.warn(`screenshots: ${sitePath} answered ${response?.status()}`);
        const file = path.join(outDir, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(path.relative(root, file));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
