// The public JSON contract, `events.json`, built the same way by the site and by `npm run extract`.
import type { Actor } from '../schemas/actor.ts';
import { EventsExportSchema, type EventsExport, type TimelineEvent } from '../schemas/event.ts';
import { orderEvents } from './order-events.ts';

/** The export, validated against its schema, events in timeline order and actors by id. */
export function toEventsExport(events: readonly TimelineEvent[], actors: readonly Actor[]): EventsExport {
  return EventsExportSchema.parse({
    events: orderEvents(events),
    actors: [...actors].sort((a, b) => a.id.localeCompare(b.id)),
  });
}
