import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

export const GET: APIRoute = async () => {
  const report = await getEntry('report', 'build');
  return new Response(JSON.stringify(report?.data ?? null, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
