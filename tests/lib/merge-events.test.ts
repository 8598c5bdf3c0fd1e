import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorType } from '../../src/schemas/actor.ts';
import type { DraftEvent } from '../../src/schemas/event.ts';
import { mergeEvents, reportKey } from '../../src/lib/merge-events.ts';
import { draft } from './merge/support/reports.ts';

const types = new Map<string, ActorType>([
  ['khalifa-haftar', 'person'],
  ['andrei-belousov', 'person'],
  ['muammar-gaddafi', 'person'],
  ['russia', 'state'],
  ['libya', 'state'],
  ['tass', 'media'],
]);

const file = (name: string) => `content/articles/${name}.txt`;
const visit = { actors: ['russia', 'khalifa-haftar', 'andrei-belousov'], summary: 'Khalifa Haftar held talks in Moscow with Andrei Belousov.' };

/** A dated reference in `name`, mentioned by that article's primary event. */
function reference(name: string, date: string, summary: string, actors: string[], dateText: string): DraftEvent {
  return draft(file(name), {
    id: `${date}-reference-in-${name}`,
    kind: 'background',
    date,
    datePrecision: date.length === 4 ? 'year' : 'month',
    title: summary,
    summary,
    actors,
    dateEvidence: { text: dateText, source: file(name), explanation: `“${dateText}”.`, span: null },
    mentionedBy: [`2025-06-17-${name}`],
  });
}

const corpus: DraftEvent[] = [
  draft(file('en-wire'), { ...visit, title: 'Haftar holds talks with Russian defence minister', dateBasis: 'relative' }),
  draft(file('fr-paper'), {
    ...visit,
    title: 'Le maréchal Haftar reçu à Moscou',
    summary: 'Khalifa Haftar a été reçu mercredi à Moscou par Andreï Belooussov.',
    language: 'fr',
  }),
  draft(file('ru-agency'), {
    actors: ['russia', 'khalifa-haftar', 'andrei-belousov', 'tass'],
    title: 'Хафтар вновь прибыл в Москву',
    summary: 'Белоусов провел в Москве переговоры с Хафтаром.',
    date: '2025-06-17',
    language: 'ru',
  }),
  reference('ru-agency', '2025-03', 'В марте Хафтар уже приезжал в Москву и встречался с Белоусовым.', ['khalifa-haftar', 'andrei-belousov'], 'В марте'),
  reference('ru-agency', '2011', 'Ливия расколота после свержения Муаммара Каддафи в 2011 году.', ['libya', 'muammar-gaddafi'], 'в 2011 году'),
  reference('fr-paper', '2011', 'La Libye est divisée depuis la chute de Mouammar Kadhafi en 2011.', ['libya', 'muammar-gaddafi'], 'en 2011'),
];

describe('reportKey', () => {
  it('is the article for a primary event, and the article with the date for a background one', () => {
    expect(corpus.map(reportKey)).toEqual([
      'content/articles/en-wire.txt',
      'content/articles/fr-paper.txt',
      'content/articles/ru-agency.txt',
      'content/articles/ru-agency.txt#2025-03',
      'content/articles/ru-agency.txt#2011',
      'content/articles/fr-paper.txt#2011',
    ]);
  });
});

describe('mergeEvents', () => {
  const merged = mergeEvents(corpus, types);

  it('makes one event of the reports of one happening, in any language, and keeps other happenings apart', () => {
    expect(merged.map(({ event, reports }) => [event.id, reports])).toEqual([
      ['2011-reference-in-fr-paper', ['content/articles/fr-paper.txt#2011', 'content/articles/ru-agency.txt#2011']],
      ['2025-03-12-fr-paper', ['content/articles/en-wire.txt', 'content/articles/fr-paper.txt', 'content/articles/ru-agency.txt#2025-03']],
      ['2025-06-17-ru-agency', ['content/articles/ru-agency.txt']],
    ]);
  });

  it('points a background event at the merged events that hold the primary reports of the articles mentioning it', () => {
    expect(merged.map(({ event }) => event.mentionedBy)).toEqual([['2025-03-12-fr-paper', '2025-06-17-ru-agency'], ['2025-06-17-ru-agency'], undefined]);
  });

  it('keeps every source, each with the date its own report gave', () => {
    expect(merged[1]?.event.sources.map((source) => [source.file, source.reportedDate?.date, source.reportedDate?.basis])).toEqual([
      ['content/articles/en-wire.txt', '2025-03-12', 'relative'],
      ['content/articles/fr-paper.txt', '2025-03-12', 'explicit'],
      ['content/articles/ru-agency.txt', '2025-03', 'explicit'],
    ]);
  });

  it('makes the ids unique when two happenings propose one', () => {
    const twin = (name: string, actors: string[]) => draft(file(name), { id: '2025-03-12-same-headline', actors, summary: 'Talks in Moscow.' });
    const ids = mergeEvents([twin('b', ['andrei-belousov']), twin('a', ['khalifa-haftar'])], types).map(({ event, reports }) => [event.id, reports[0]]);
    expect(ids).toEqual([
      ['2025-03-12-same-headline', 'content/articles/a.txt'],
      ['2025-03-12-same-headline-2', 'content/articles/b.txt'],
    ]);
  });

  it('gives the same output whatever the order of its input, for any reports', () => {
    const dates = [null, '2025-03', '2025-03-11', '2025-03-12', '2025-03-13', '2025-06-17'] as const;
    const bases = ['explicit', 'relative', 'publication'] as const;
    const summaries = [
      'Khalifa Haftar held talks in Moscow with Andrei Belousov.',
      'Le maréchal Haftar a signé un accord à Benghazi.',
      'Российские корабли выгрузили технику в Тобруке.',
      'The Kremlin said Russia had no troops in Libya.',
      'Ливия расколота после свержения Каддафи.',
    ];
    const report = fc.record({
      date: fc.constantFrom(...dates),
      basis: fc.constantFrom(...bases),
      summary: fc.constantFrom(...summaries),
      actors: fc.subarray(['khalifa-haftar', 'andrei-belousov', 'muammar-gaddafi', 'russia', 'libya']),
      references: fc.uniqueArray(fc.constantFrom('2011', '2025-01', '2025-03'), { maxLength: 2 }),
    });
    const articles = fc.array(report, { minLength: 1, maxLength: 8 }).map((drawn) =>
      drawn.flatMap(({ date, basis, summary, actors, references }, index) => {
        const name = `article-${index}`;
        const precision = date === null ? null : date.length === 7 ? 'month' : 'day';
        const primary = draft(file(name), { date, datePrecision: precision, dateBasis: date === null ? null : basis, summary, actors });
        return [primary, ...references.map((when) => ({ ...reference(name, when, summary, actors, when), mentionedBy: [primary.id] }))];
      }),
    );
    fc.assert(
      fc.property(
        articles.chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }))),
        ([events, shuffled]) => {
          expect(mergeEvents(shuffled, types)).toEqual(mergeEvents(events, types));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same output whatever the order of its input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(corpus, { minLength: corpus.length, maxLength: corpus.length }), (shuffled) => {
        expect(mergeEvents(shuffled, types)).toEqual(merged);
      }),
      { numRuns: 50 },
    );
  });
});
