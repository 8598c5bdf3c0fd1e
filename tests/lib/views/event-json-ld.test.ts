import { describe, expect, it } from 'vitest';
import { eventJsonLd } from '../../../src/lib/views/event-json-ld.ts';
import { makeEvent } from './support/make-event.ts';

describe('eventJsonLd', () => {
  it('describes the event with its date at its precision, its actors and its sources as NewsArticle citations', () => {
    const event = makeEvent({
      id: 'e',
      title: 'Russia may resume military cooperation with Libya',
      summary: 'Moscow said it may resume arms deliveries.',
      date: '2012-08-22',
      datePrecision: 'month',
      sources: [
        { file: 'a.txt', title: 'Russia may resume', outlet: 'RIA Novosti', url: 'https://example.org/a', published: '2012-08-22', language: 'en', reportedDate: null },
        { file: 'b.txt', title: 'Une délégation', outlet: null, url: null, published: null, language: 'fr', reportedDate: null },
      ],
    });
    expect(
      eventJsonLd(
        event,
        [
          { name: 'Russia', type: 'state' },
          { name: 'Vladimir Putin', type: 'person' },
          { name: 'Wagner Group', type: 'armed-group' },
          { name: 'TASS', type: 'media' },
        ],
        'https://site.example/events/e/',
      ),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Russia may resume military cooperation with Libya',
      description: 'Moscow said it may resume arms deliveries.',
      url: 'https://site.example/events/e/',
      startDate: '2012-08',
      about: [
        { '@type': 'Country', name: 'Russia' },
        { '@type': 'Person', name: 'Vladimir Putin' },
        { '@type': 'Organization', name: 'Wagner Group' },
        { '@type': 'NewsMediaOrganization', name: 'TASS' },
      ],
      citation: [
        {
          '@type': 'NewsArticle',
          headline: 'Russia may resume',
          inLanguage: 'en',
          datePublished: '2012-08-22',
          publisher: { '@type': 'Organization', name: 'RIA Novosti' },
          url: 'https://example.org/a',
        },
        { '@type': 'NewsArticle', headline: 'Une délégation', inLanguage: 'fr' },
      ],
    });
  });

  it('leaves out the date and the actors when there are none', () => {
    const jsonLd = eventJsonLd(makeEvent({ id: 'u' }), [], 'https://site.example/events/u/');
    expect(Object.keys(jsonLd)).toEqual(['@context', '@type', 'name', 'description', 'url', 'citation']);
  });
});
