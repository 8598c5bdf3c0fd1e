// Keeps every source address the site ever published: an article removed from content/ leaves
// its page behind, saying so, because readers cite sources (and their sentences) by address.
import type { LockedSource } from '../schemas/id-lock.ts';
import { byId } from './id-lock-file.ts';

/**
 * The lock's sources after this build: the pages of the articles read now, and every page
 * published before whose article is gone, marked with the day it was first found gone.
 * An article that comes back gets its page back.
 */
export function trackSources(known: Readonly<Record<string, LockedSource>>, current: ReadonlyArray<{ id: string; file: string }>, today: string): Record<string, LockedSource> {
  const sources: Record<string, LockedSource> = {};
  for (const [id, source] of Object.entries(known)) sources[id] = { file: source.file, removed: source.removed ?? today };
  for (const { id, file } of current) sources[id] = { file };
  return byId(sources);
}
