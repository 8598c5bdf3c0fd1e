// Expectations derived from dist/events.json, never hard-coded ids or counts: which events a filter
// shows, and which actors make informative filters. No test runner here, so scripts can use it too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EventsExportSchema, type EventsExport, type TimelineEvent } from '../../src/schemas/event.ts';

/** dist/events.json, validated by the same schema the site exports it with. */
export function loadExport(root: string = process.cwd()): EventsExport {
  const file = path.join(root, 'dist', 'events.json');
  return EventsExportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The events a filter for `actors` should leave visible, primary and background, as a sorted id list. */
export function matchingIds(events: readonly TimelineEvent[], actors: readonly string[], match: 'any' | 'all'): string[] {
  const names = (event: TimelineEvent) => (actor: string) => event.actors.includes(actor);
  return events
    .filter((event) => (match === 'all' ? actors.every(names(event)) : actors.some(names(event))))
    .map((event) => event.id)
    .sort();
}

/** The primary events only. */
export function primaryEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((event) => event.kind === 'primary');
}

/** Actors by how many events (of any kind) name them, most first; ties by id. */
export function actorsByEventCount(data: EventsExport): { id: string; count: number }[] {
  return data.actors
    .map((actor) => ({ id: actor.id, count: data.events.filter((event) => event.actors.includes(actor.id)).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/**
 * An actor whose filter is informative: it names at least one primary event but not every one.
 * Falls back to the most frequent actor when the data offers nothing better.
 */
export function pickActor(data: EventsExport): string {
  const primaries = primaryEvents(data.events);
  const counts = actorsByEventCount(data);
  const informative = counts.find((entry) => {
    const primaryCount = primaries.filter((event) => event.actors.includes(entry.id)).length;
    return primaryCount > 0 && primaryCount < primaries.length;
  });
  const chosen = informative ?? counts[0];
  if (!chosen) throw new Error('events.json names no actor in any event');
  return chosen.id;
}

/**
 * Two actors for which "any" and "all" differ and "all" is not empty, so both modes are tested
 * on real sets; falls back to the two most frequent actors.
 */
export function pickActorPair(data: EventsExport): [string, string] {
  const ids = actorsByEventCount(data).map((entry) => entry.id);
  for (const [i, a] of ids.entries()) {
    for (const b of ids.slice(i + 1)) {
      const all = matchingIds(data.events, [a, b], 'all');
      const any = matchingIds(data.events, [a, b], 'any');
      if (all.length > 0 && all.length < any.length && any.length < data.events.length) return [a, b];
    }
  }
  const [first, second] = ids;
  if (!first || !second) throw new Error('events.json has fewer than two actors with events');
  return [first, second];
}

/** The primary event with the most claims (any event if none is primary): its page has the most to show and links to a source. */
export function richestEvent(data: EventsExport): TimelineEvent {
  const candidates = primaryEvents(data.events).length > 0 ? primaryEvents(data.events) : data.events;
  const [richest] = [...candidates].sort((a, b) => b.claims.length - a.claims.length || a.id.localeCompare(b.id));
  if (!richest) throw new Error('events.json has no events');
  return richest;
}
