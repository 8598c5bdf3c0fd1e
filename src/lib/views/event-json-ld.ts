// An event as schema.org JSON-LD: an `Event` whose sources are `NewsArticle` citations, so search
// engines and other readers of structured data can see where every event comes from.
import type { Actor } from '../../schemas/actor.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import { cutDateToPrecision } from './cut-date-to-precision.ts';

/** schema.org types for the actor types: states are places, groups and outlets organisations. */
const SCHEMA_TYPE: Record<Actor['type'], string> = {
  person: 'Person',
  state: 'Country',
  organization: 'Organization',
  'armed-group': 'Organization',
  media: 'NewsMediaOrganization',
};

/** The JSON-LD object for `event` at the absolute `url`; `actors` are the event's actors, in its order. */
export function eventJsonLd(
  event: Pick<TimelineEvent, 'title' | 'summary' | 'date' | 'datePrecision' | 'sources'>,
  actors: readonly Pick<Actor, 'name' | 'type'>[],
  url: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url,
    // ISO 8601 allows reduced precision ("2012-08", "2011"), so the date is cut, never padded.
    ...(event.date === null ? {} : { startDate: cutDateToPrecision(event.date, event.datePrecision) }),
    ...(actors.length === 0 ? {} : { about: actors.map((actor) => ({ '@type': SCHEMA_TYPE[actor.type], name: actor.name })) }),
    citation: event.sources.map((source) => ({
      '@type': 'NewsArticle',
      headline: source.title,
      inLanguage: source.language,
      ...(source.published === null ? {} : { datePublished: source.published }),
      ...(source.outlet === null ? {} : { publisher: { '@type': 'Organization', name: source.outlet } }),
      ...(source.url === null ? {} : { url: source.url }),
    })),
  };
}
