import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { feedItems } from '../lib/views/feed-items.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('rss.xml needs `site` in astro.config.mjs for its absolute links');
  const events = (await getCollection('events')).map((entry) => entry.data);
  return rss({
    title: 'Russia–Libya military cooperation',
    description: 'Events of a sourced timeline of Russia–Libya military cooperation, in the order they were added, latest first.',
    site,
    items: feedItems(events),
    // Event URLs end in a slash (`build.format: 'directory'`); keep them as the pages are served.
    trailingSlash: true,
  });
};
