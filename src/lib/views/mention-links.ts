// The link between a primary event and the background events its articles mention, both ways.
import { orderEvents } from '../order-events.ts';
import type { TimelineEvent } from '../../schemas/event.ts';

type Linkable = Pick<TimelineEvent, 'id' | 'date' | 'kind' | 'mentionedBy'>;

/**
 * For a primary event, the background events that name it in `mentionedBy`; for a background
 * event, the primary events listed in its own `mentionedBy`. In timeline order.
 */
export function mentionLinks<T extends Linkable>(event: T, events: readonly T[]): T[] {
  const linked =
    event.kind === 'background'
      ? events.filter((other) => event.mentionedBy?.includes(other.id))
      : events.filter((other) => other.mentionedBy?.includes(event.id));
  return orderEvents(linked);
}
