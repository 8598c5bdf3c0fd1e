// Reports of one happening by several outlets, in several languages (tests/fixtures/merge/), through
// the whole extraction: which reports become one event, and what the event says of their dates.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus, type Corpus } from '../../src/lib/extract-corpus.ts';
import type { TimelineEvent } from '../../src/schemas/event.ts';

interface Group {
  date: string | null;
  kind: 'primary' | 'background';
  articles: string[];
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/merge');
const REGISTRY = readFileSync(path.join(ROOT, 'content/actors.yaml'), 'utf-8');
const names = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const article = (file: string) => path.basename(file, '.txt');

let corpus: Corpus;
beforeAll(() => {
  corpus = extractCorpus(
    names.map((name) => ({ file: `content/articles/${name}`, role: 'article' as const, bytes: readFileSync(path.join(FIXTURES, name)) })),
    REGISTRY,
  );
});

/** The primary event whose sources include the article and that is dated `date`. */
const primaryOf = (name: string, date?: string): TimelineEvent => {
  const event = corpus.events.find((e) => e.kind === 'primary' && e.sources.some((s) => article(s.file) === name) && (date === undefined || e.date === date));
  if (!event) throw new Error(`no primary event holds ${name}`);
  return event;
};
/** The articles an event is made of. */
const articlesOf = (event: TimelineEvent) => event.sources.map((source) => article(source.file));

describe('reports of one happening (tests/fixtures/merge/)', () => {
  it('merge into exactly the groups an annotator reads, and no other', () => {
    const expected = parse(readFileSync(path.join(FIXTURES, 'groups.expect.yaml'), 'utf-8')) as Group[];
    const groups = corpus.events
      .filter((event) => event.sources.length > 1)
      .map((event) => ({ date: event.date, kind: event.kind, articles: event.sources.map((source) => article(source.file)) }));
    expect(groups).toEqual(expected);
  });

  it('merges an English and a French report of one visit, and a report dated by its month only', () => {
    const event = primaryOf('en-wire-saddam-haftar-belousov-moscow-2025-03-12');
    expect(event.sources.map((s) => [article(s.file), s.language, s.reportedDate?.date, s.reportedDate?.precision])).toEqual([
      ['en-wire-saddam-haftar-belousov-moscow-2025-03-12', 'en', '2025-03-12', 'day'],
      ['fr-blog-saddam-haftar-moscou-mars-2025', 'fr', '2025-03', 'month'],
      ['fr-broadsheet-saddam-haftar-belooussov-moscou-2025-03-13', 'fr', '2025-03-12', 'day'],
    ]);
    expect([event.date, event.datePrecision]).toEqual(['2025-03-12', 'day']);
  });

  it('merges an English and a Russian report of one signing, their claims kept per source', () => {
    const event = primaryOf('ru-news-evkurov-khaftar-memorandum-2025-06-03');
    expect(event.sources.map((s) => s.language)).toEqual(['en', 'ru']);
    expect([...new Set(event.claims.map((claim) => article(claim.source)))].sort()).toEqual([
      'en-statemedia-yevkurov-haftar-memorandum-benghazi-2025-06-03',
      'ru-news-evkurov-khaftar-memorandum-2025-06-03',
    ]);
  });

  it('keeps apart a meeting in Moscow and a statement in Tripoli on one day, naming Haftar both', () => {
    const meeting = primaryOf('en-broadsheet-lavrov-haftar-moscow-2025-10-20');
    const statement = primaryOf('fr-wire-tripoli-denonce-haftar-russie-2025-10-20');
    expect([articlesOf(meeting), articlesOf(statement)]).toEqual([
      ['en-broadsheet-lavrov-haftar-moscow-2025-10-20'],
      ['fr-wire-tripoli-denonce-haftar-russie-2025-10-20'],
    ]);
    expect([meeting.date, statement.date]).toEqual(['2025-10-20', '2025-10-20']);
    expect([meeting.actors.includes('khalifa-haftar'), statement.actors.includes('khalifa-haftar')]).toEqual([true, true]);
  });

  it('keeps apart two visits of Haftar to Moscow months apart, and two unloadings at Tobruk a week apart', () => {
    expect(articlesOf(primaryOf('ru-statemedia-khaftar-belousov-moskva-2025-06-17', '2025-06-17'))).toEqual([
      'ru-statemedia-khaftar-belousov-moskva-2025-06-17',
    ]);
    expect(articlesOf(primaryOf('en-broadsheet-haftar-belousov-moscow-2025-01-21', '2025-01-21'))).toEqual([
      'en-broadsheet-haftar-belousov-moscow-2025-01-21',
      // Its reference to the January visit, not its own news.
      'ru-statemedia-khaftar-belousov-moskva-2025-06-17',
    ]);
    expect(articlesOf(primaryOf('fr-wire-second-cargo-tobrouk-2025-04-14', '2025-04-14'))).toEqual(['fr-wire-second-cargo-tobrouk-2025-04-14']);
  });

  it('dates an undated report by the report it merged with, basis inferred, and says which', () => {
    const event = primaryOf('en-blog-undated-s300-al-jufra');
    const blog = event.sources.find((s) => article(s.file) === 'en-blog-undated-s300-al-jufra');
    expect(blog?.reportedDate).toEqual({
      date: '2025-02-18',
      precision: 'day',
      basis: 'inferred',
      explanation: "No date of its own; dated by its merge with Reuters, “Russia deploys S-300 air defence systems at Libya's al-Jufra base, sources say”.",
    });
    expect([event.date, event.dateBasis]).toEqual(['2025-02-18', 'relative']);
  });

  it('lists a merged event among the events of every article it holds a report of', () => {
    const id = primaryOf('en-news-tobruk-armour-unloaded-2025-04-07').id;
    const holding = corpus.sources.filter((source) => source.events.includes(id)).map((source) => article(source.file));
    expect(holding).toEqual(['en-news-tobruk-armour-unloaded-2025-04-07', 'fr-wire-second-cargo-tobrouk-2025-04-14']);
  });
});
