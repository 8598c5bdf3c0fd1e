// The link between a primary event and the background events its articles mention, both ways.
import type { TimelineEvent } from '../../schemas/event.ts';
import type { TimelineIndex } from './timeline-index.ts';

type Linkable = Pick<TimelineEvent, 'id' | 'date' | 'kind' | 'mentionedBy'>;

/**
 * For a primary event, the events that name it in `mentionedBy`; for a background event, the
 * events listed in its own `mentionedBy`. In timeline order.
 */
export function mentionLinks<T extends Linkable>(event: T, index: TimelineIndex<T>): T[] {
  if (event.kind !== 'background') return [...(index.mentioning.get(event.id) ?? [])];
  const places = [...new Set(event.mentionedBy ?? [])].flatMap((id) => index.rank.get(id) ?? []);
  return places.sort((a, b) => a - b).flatMap((place) => index.ordered[place] ?? []);
}
