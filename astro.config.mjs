// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://russia-libya-timeline.example',
  trailingSlash: 'ignore',
  // Styles go inside each page: `/` then moves one gzip stream, whose class names its CSS shares.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    // Writes sitemap-index.xml and sitemap-0.xml; 404 is left out by the integration itself, and
    // the search page has nothing of its own to index.
    sitemap({
      filter: (page) => new URL(page).pathname !== '/search/',
      // Plain URLs only: no news, image, video or hreflang entries, so no unused namespaces.
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
  ],
  vite: { plugins: [tailwindcss()] },
});
