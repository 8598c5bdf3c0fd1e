// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { ID_LOCK_FILE, parseIdLock } from './src/lib/id-lock-file.ts';
import { POLICY_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/security-policy.ts';
import { retiredPaths, staticRedirects } from './src/lib/static-redirects.ts';

/** @type {import('./src/schemas/id-lock.ts').IdLock | undefined} */
let lock;
/** @type {Set<string> | undefined} */
let retired;
/**
 * The id lock as this build left it. It is read when the build is done (the sitemap's filter, the
 * redirects file), after the content sync has brought it up to date.
 */
function builtLock() {
  if (!lock) {
    let text = '';
    try {
      text = readFileSync(new URL(ID_LOCK_FILE, import.meta.url), 'utf-8');
    } catch {
      // No lock yet: a first build has retired nothing.
    }
    lock = parseIdLock(ID_LOCK_FILE, text).lock;
  }
  return lock;
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://russia-libya-timeline.example',
  trailingSlash: 'ignore',
  // Styles stay one file in /_astro/, cached for good after the first page: inlined, the same 20 KB
  // would ride in every page (450 MB of a 10,000-article archive's build) and on every page a reader opens.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // Writes sitemap-index.xml and sitemap-0.xml; 404 is left out by the integration itself, the
    // search page has nothing of its own to index, and retired addresses only send readers on.
    sitemap({
      filter: (page) => new URL(page).pathname !== '/search/' && !(retired ??= retiredPaths(builtLock())).has(new URL(page).pathname),
      // Plain URLs only: no news, image, video or hreflang entries, so no unused namespaces.
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
    // `_redirects` for hosts that read it: retired event ids answer with a 301 (src/lib/static-redirects.ts).
    {
      name: 'timeline-redirects',
      hooks: { 'astro:build:done': ({ dir }) => writeFileSync(new URL('_redirects', dir), staticRedirects(builtLock())) },
    },
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
