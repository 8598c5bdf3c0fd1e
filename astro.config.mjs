// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readFileSync } from 'node:fs';
import { ID_LOCK_FILE, parseIdLock } from './src/lib/id-lock-file.ts';
import { POLICY_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/security-policy.ts';
import { eventPath, sourcePath } from './src/lib/views/page-paths.ts';

/** @type {Set<string> | undefined} */
let retiredPaths;
/**
 * Retired event addresses and the pages of removed sources keep answering, but only to send
 * readers on: they are not pages of their own, so the sitemap leaves them out. The lock is read
 * when the sitemap is written, after this build has brought it up to date.
 */
function isRetiredAddress(/** @type {string} */ pathname) {
  if (!retiredPaths) {
    let text = '';
    try {
      text = readFileSync(new URL(ID_LOCK_FILE, import.meta.url), 'utf-8');
    } catch {
      // No lock yet: a first build has retired nothing.
    }
    const { lock } = parseIdLock(ID_LOCK_FILE, text);
    const removedSources = Object.entries(lock.sources).filter(([, source]) => source.removed);
    retiredPaths = new Set([...Object.keys(lock.retired).map(eventPath), ...removedSources.map(([id]) => sourcePath(id))]);
  }
  return retiredPaths.has(pathname);
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://russia-libya-timeline.example',
  trailingSlash: 'ignore',
  // Styles go inside each page: `/` then moves one gzip stream, whose class names its CSS shares.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    // Writes sitemap-index.xml and sitemap-0.xml; 404 is left out by the integration itself, the
    // search page has nothing of its own to index, and retired addresses only send readers on.
    sitemap({
      filter: (page) => new URL(page).pathname !== '/search/' && !isRetiredAddress(new URL(page).pathname),
      // Plain URLs only: no news, image, video or hreflang entries, so no unused namespaces.
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
  ],
  // A Content-Security-Policy <meta> on every page, with the hashes of its inline styles; no inline
  // script runs (src/lib/security-policy.ts, and public/_headers for the same as a header).
  security: { csp: { directives: [...POLICY_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] } } },
  // No page renders Markdown through Astro, and Shiki's highlighting would need inline style attributes.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    // Scripts are always files in /_astro/, never inlined however small: the site-wide CSP header
    // then allows them by origin ('self') and needs no per-page hash.
    build: { assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined) },
  },
});
