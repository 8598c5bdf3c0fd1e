import { describe, expect, it } from 'vitest';
import { eventPage } from '../../../src/lib/views/event-page.ts';
import { makeActor, makeClaim, makeEvent } from './support/make-event.ts';

const haftar = makeActor('haftar', 'person', { name: 'Khalifa Haftar' });
const russia = makeActor('russia', 'state', { name: 'Russia' });
const actors = new Map([haftar, russia].map((actor) => [actor.id, actor]));
const file = 'content/articles/001_b035ea844ac36d91.txt';

const event = makeEvent({
  id: 'visit',
  date: '2018-02-20',
  datePrecision: 'day',
  dateBasis: 'publication',
  language: 'fr',
  actors: ['haftar', 'russia', 'unknown'],
  claims: [makeClaim(file, 427, 574, { speaker: 'haftar' }), makeClaim(file, 0, 20, { speaker: 'nobody-known' })],
  sources: [{ file, title: 'Article', outlet: 'Sputnik', url: null, published: '2018-02-20', language: 'en' }],
});
const background = makeEvent({ id: 'bg', date: '2011', kind: 'background', actors: ['russia'], mentionedBy: ['visit'] });
const related = makeEvent({ id: 'later', date: '2021', actors: ['russia', 'haftar'] });
const events = [related, background, event];

describe('eventPage', () => {
  const page = eventPage(event, events, actors, 'https://site.example/events/visit/');

  it('resolves actors and speakers, leaving out ids with no record', () => {
    expect(page.actors.map((actor) => actor.id)).toEqual(['haftar', 'russia']);
    expect(page.claims.map((claim) => [claim.speaker?.name ?? null, claim.sentenceHref])).toEqual([
      ['Khalifa Haftar', '/sources/001-b035ea844ac36d91/#sentence-427'],
      [null, '/sources/001-b035ea844ac36d91/#sentence-0'],
    ]);
    expect(page.sources.map((source) => source.href)).toEqual(['/sources/001-b035ea844ac36d91/']);
  });

  it('links mentions, related events (not repeating mentions) and neighbours', () => {
    expect(page.mentions.map((other) => other.id)).toEqual(['bg']);
    expect(page.related.map((other) => [other.event.id, other.shared.map((actor) => actor.id)])).toEqual([['later', ['russia', 'haftar']]]);
    expect([page.neighbours.previous?.id, page.neighbours.next?.id]).toEqual(['bg', 'later']);
  });

  it('carries the words for the page head and the date basis', () => {
    expect(page.url).toBe('https://site.example/events/visit/');
    expect(page.description).toBe('Summary of visit');
    expect(page.textLang).toBe('fr');
    expect(page.dateBasis).toBe('Date of publication.');
    expect(JSON.parse(page.jsonLd)).toMatchObject({ '@type': 'Event', name: 'Title of visit', startDate: '2018-02-20' });
  });
});
