import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toEventsExport } from '../lib/export-events.ts';

export const GET: APIRoute = async () => {
  const events = (await getCollection('events')).map((entry) => entry.data);
  const actors = (await getCollection('actors')).map((entry) => entry.data);
  return new Response(JSON.stringify(toEventsExport(events, actors), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
