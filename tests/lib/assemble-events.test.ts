import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble-events.ts';
import type { DateMention } from '../../src/lib/article.ts';
import { truncate } from '../../src/lib/truncate.ts';
import { articleFromText } from '../helpers/article.ts';

const text = 'MOSCOW (Sputnik) - Russia and Libya signed a deal on Monday. Haftar welcomed it.\n\nMoscow froze contracts in February 2011.';

function article() {
  const base = articleFromText(text, { file: 'content/articles/deal.txt', title: 'Russia and Libya sign a deal', outlet: 'Sputnik' });
  const frozen = base.text.indexOf('February 2011');
  return {
    ...base,
    publication: { value: '2018-02-20', precision: 'day' as const, basis: 'publication' as const, text: '20 February 2018' },
    eventDate: { value: '2018-02-19', precision: 'day' as const, basis: 'relative' as const, text: 'Monday', span: { start: 53, end: 59 }, explanation: 'Monday before 20 February 2018.' },
    dates: [
      { value: '2011-02', precision: 'month' as const, basis: 'explicit' as const, parts: { year: 'stated' as const, month: 'stated' as const, day: 'absent' as const }, text: 'February 2011', origin: 'body' as const, originIndex: 2, span: { start: frozen, end: frozen + 13 } },
    ],
    actorMentions: [
      { actorId: 'russia', text: 'Russia', span: { start: 19, end: 25 }, sentence: 0 },
      { actorId: 'libya', text: 'Libya', span: { start: 30, end: 35 }, sentence: 0 },
      { actorId: 'khalifa-haftar', text: 'Haftar', span: { start: 61, end: 67 }, sentence: 1 },
    ],
  };
}

describe('assembleEvents', () => {
  it('leaves the names in the wire dateline out of the actors: the agency filed the story, it did not act in it', () => {
    const base = article();
    const credit = { actorId: 'sputnik', text: 'Sputnik', span: { start: 8, end: 15 }, sentence: 0 };
    const [primary] = assembleEvents({ ...base, actorMentions: [credit, ...base.actorMentions] });
    expect(primary?.actors).toEqual(['russia', 'libya', 'khalifa-haftar']);
  });

  it('makes a primary event with a readable id, the lead as summary and the actors in order', () => {
    const [primary] = assembleEvents(article());
    expect(primary).toMatchObject({
      id: '2018-02-19-russia-and-libya-sign-a-deal',
      date: '2018-02-19',
      datePrecision: 'day',
      dateBasis: 'relative',
      kind: 'primary',
      summary: 'Russia and Libya signed a deal on Monday. Haftar welcomed it.',
      actors: ['russia', 'libya', 'khalifa-haftar'],
      sources: [{ file: 'content/articles/deal.txt', title: 'Russia and Libya sign a deal', outlet: 'Sputnik', url: null, published: '2018-02-20', language: 'en' }],
    });
  });

  it('makes a background event for an earlier dated reference', () => {
    const [, background] = assembleEvents(article());
    expect(background).toMatchObject({
      id: '2011-02-moscow-froze-contracts-in-february-2011',
      date: '2011-02',
      datePrecision: 'month',
      kind: 'background',
      title: 'Moscow froze contracts in February 2011.',
      mentionedBy: ['2018-02-19-russia-and-libya-sign-a-deal'],
    });
  });

  it('gives each source the date its own report gives the event, or null when it gives none', () => {
    const [primary, background] = assembleEvents(article());
    expect(primary?.sources.map((source) => source.reportedDate)).toEqual([
      { date: '2018-02-19', precision: 'day', basis: 'relative', explanation: 'Monday before 20 February 2018.' },
    ]);
    expect(background?.sources.map((source) => source.reportedDate)).toEqual([
      { date: '2011-02', precision: 'month', basis: 'explicit', explanation: 'A dated reference in the article: “February 2011”.' },
    ]);
    expect(assembleEvents({ ...article(), eventDate: null, dates: [] })[0]?.sources[0]?.reportedDate).toBeNull();
  });

  it('names an undated article undated-…', () => {
    const [primary, ...background] = assembleEvents({ ...article(), eventDate: null, dates: [] });
    expect(primary?.id).toBe('undated-russia-and-libya-sign-a-deal');
    expect(background).toEqual([]);
  });

  it('says how a background date was completed: the year from the publication date, from a date beside it, or counted back', () => {
    const base = article();
    const [february] = base.dates;
    if (!february) throw new Error('the test article dates February 2011');
    const implied: DateMention = { ...february, value: '2017-06', text: 'in June', parts: { ...february.parts, year: 'implied' as const } };
    const explanations = (mention: DateMention) =>
      assembleEvents({ ...base, dates: [mention] })
        .filter((event) => event.kind === 'background')
        .map((event) => event.dateEvidence?.explanation);
    expect(explanations(february)).toEqual(['A dated reference in the article: “February 2011”.']);
    expect(explanations(implied)).toEqual(['A dated reference in the article: “in June”, its year from the publication date, 20 February 2018.']);
    expect(explanations({ ...implied, yearFrom: 'November 2017' })).toEqual(['A dated reference in the article: “in June”, its year from “November 2017” beside it.']);
    expect(explanations({ ...implied, value: '2017', precision: 'year', basis: 'relative', text: 'last year' })).toEqual([
      'A dated reference in the article: “last year”, counted from the publication date, 20 February 2018.',
    ]);
  });
});

describe('truncate', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncate('Russia may soon resume military-technical cooperation with Libya', 30)).toBe('Russia may soon resume…');
    expect(truncate('short', 30)).toBe('short');
  });

});
