import { describe, expect, it } from 'vitest';
import { timelineIndex } from '../../../src/lib/views/timeline-index.ts';
import { eventPage, type SourceSentences } from '../../../src/lib/views/event-page.ts';
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
  sources: [{ file, title: 'Article', outlet: 'Sputnik', url: null, published: '2018-02-20', language: 'en', reportedDate: null }],
});
const background = makeEvent({ id: 'bg', date: '2011', kind: 'background', actors: ['russia'], mentionedBy: ['visit'] });
const related = makeEvent({ id: 'later', date: '2021', actors: ['russia', 'haftar'] });
const events = [related, background, event];
const sources = new Map<string, SourceSentences>([
  [
    file,
    {
      id: '001-b035ea844ac36d91',
      sentences: [
        { start: 0, end: 20 },
        { start: 21, end: 120 },
        { start: 427, end: 574 },
      ],
      editor: { fields: ['published'], note: 'Dated from the wire copy.' },
    },
  ],
]);
const evidence = (span: { start: number; end: number } | null) => ({
  text: 'February 2011',
  source: file,
  explanation: 'A dated reference in the article: “February 2011”.',
  span,
});

describe('eventPage', () => {
  const page = eventPage(event, timelineIndex(events), actors, sources, 'https://site.example/events/visit/');

  it('resolves actors and speakers, leaving out ids with no record', () => {
    expect(page.actors.map((actor) => actor.id)).toEqual(['haftar', 'russia']);
    expect(page.claims.map((claim) => [claim.speaker?.name ?? null, claim.sentenceHref])).toEqual([
      ['Khalifa Haftar', '/sources/001-b035ea844ac36d91/#sentence-427'],
      [null, '/sources/001-b035ea844ac36d91/#sentence-0'],
    ]);
    expect(page.sources.map((source) => source.href)).toEqual(['/sources/001-b035ea844ac36d91/']);
  });

  it('says under each source of a merged event the date its report gave, and none for an event of one source', () => {
    expect(page.sources.map((source) => source.dateNote)).toEqual([null]);
    const reportedDate = {
      date: '2018-02-20',
      precision: 'day' as const,
      basis: 'inferred' as const,
      explanation: 'No date of its own; dated by its merge with Sputnik, “Article”.',
    };
    const merged = makeEvent({ ...event, sources: [...event.sources, { ...event.sources[0]!, file: 'content/articles/b.txt', title: 'B', reportedDate }] });
    expect(eventPage(merged, timelineIndex(events), actors, sources, '').sources.map((source) => [source.href, source.dateNote])).toEqual([
      ['/sources/001-b035ea844ac36d91/', null],
      ['/sources/b/', '20 February 2018: No date of its own; dated by its merge with Sputnik, “Article”.'],
    ]);
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
    expect(page.dateEvidenceLink).toBeNull();
    expect(JSON.parse(page.jsonLd)).toMatchObject({ '@type': 'Event', name: 'Title of visit', startDate: '2018-02-20' });
  });

  it('links the date to the sentence holding its words, and a background event to the sentence it comes from', () => {
    const eventSources = [{ file, title: 'Article', outlet: 'Sputnik', url: null, published: '2018-02-20', language: 'en', reportedDate: null }];
    const dated = makeEvent({ id: 'dated', dateBasis: 'explicit', sources: eventSources, dateEvidence: evidence({ start: 60, end: 73 }) });
    expect(eventPage(dated, timelineIndex(events), actors, sources, '').dateEvidenceLink).toEqual({
      href: '/sources/001-b035ea844ac36d91/#sentence-21',
      label: 'See the date in its sentence',
      detail: '“February 2011” in Article',
      origin: false,
    });
    const past = makeEvent({ id: 'past', kind: 'background', dateBasis: 'explicit', dateEvidence: evidence({ start: 0, end: 13 }) });
    expect(eventPage(past, timelineIndex(events), actors, sources, '').dateEvidenceLink).toEqual({
      href: '/sources/001-b035ea844ac36d91/#sentence-0',
      label: 'Read this sentence in the article',
      detail: '“February 2011” in the source article',
      origin: true,
    });
  });

  it('links nothing when the date has no span, no sentence holds it, or its source is unknown', () => {
    const link = (overrides: Parameters<typeof makeEvent>[0]) => eventPage(makeEvent(overrides), timelineIndex(events), actors, sources, '').dateEvidenceLink;
    expect(link({ id: 'caption', kind: 'background', dateBasis: 'explicit', dateEvidence: evidence(null) })).toBeNull();
    expect(link({ id: 'gap', dateBasis: 'explicit', dateEvidence: evidence({ start: 200, end: 210 }) })).toBeNull();
    expect(
      link({ id: 'elsewhere', dateBasis: 'explicit', dateEvidence: { ...evidence({ start: 0, end: 5 }), source: 'content/articles/gone.txt' } }),
    ).toBeNull();
  });

  it('follows a date the editor gave with the note of the source it came from', () => {
    const given = makeEvent({
      id: 'given',
      dateBasis: 'editor',
      dateEvidence: { ...evidence(null), explanation: '“2018-02-20” in the editor’s metadata gives 20 February 2018.' },
    });
    expect(eventPage(given, timelineIndex(events), actors, sources, '').dateBasis).toBe('Date given by the editor: Dated from the wire copy.');
  });
});
