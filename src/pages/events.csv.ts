import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { eventsCsv } from '../lib/views/events-csv.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('events.csv needs `site` in astro.config.mjs for its absolute event URLs');
  const events = (await getCollection('events')).map((entry) => entry.data);
  const actors = (await getCollection('actors')).map((entry) => entry.data);
  return new Response(eventsCsv(events, actors, site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
