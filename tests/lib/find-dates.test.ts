import { describe, expect, it } from 'vitest';
import type { Article, PublicationDate } from '../../src/lib/article.ts';
import { findDates } from '../../src/lib/find-dates.ts';
import { articleFromText } from '../helpers/article.ts';

/** A publication date read from a meta line, as find-publication-date leaves it. */
const published = (value: string): PublicationDate => ({ value, precision: 'day', basis: 'publication', text: value });

/** The mentions found, as [text, value, precision, basis]. */
const found = (text: string, fields: Partial<Article> = {}) =>
  findDates(articleFromText(text, fields)).dates.map((d) => [d.text, d.value, d.precision, d.basis]);

describe('findDates: where a mention stands', () => {
  it('gives body mentions their sentence and their span in the text', () => {
    const text = 'Talks opened in Moscow.\n\nOn 20 February 2018, the two sides met. They met again on 22 February 2018.';
    const article = findDates(articleFromText(text));
    expect(article.dates).toEqual([
      {
        value: '2018-02-20',
        precision: 'day',
        basis: 'explicit',
        parts: { year: 'stated', month: 'stated', day: 'stated' },
        text: '20 February 2018',
        origin: 'body',
        originIndex: 1,
        span: { start: 28, end: 44 },
      },
      {
        value: '2018-02-22',
        precision: 'day',
        basis: 'explicit',
        parts: { year: 'stated', month: 'stated', day: 'stated' },
        text: '22 February 2018',
        origin: 'body',
        originIndex: 2,
        span: { start: 83, end: 99 },
      },
    ]);
    expect(text.slice(83, 99)).toBe('22 February 2018');
  });

  it('reads meta lines and captions, with spans within their line', () => {
    const article = findDates(
      articleFromText('Russia and Libya met.', {
        metaLines: ['(Sputnik)', 'date 2018-02-20 Register'],
        captions: ['Haftar in Moscow on November 29, 2016'],
      }),
    );
    expect(article.dates.map((d) => [d.origin, d.originIndex, d.text, d.value, d.span])).toEqual([
      ['meta', 1, '2018-02-20', '2018-02-20', { start: 5, end: 15 }],
      ['caption', 0, 'November 29, 2016', '2016-11-29', { start: 20, end: 37 }],
    ]);
  });
});

describe('findDates: relative dates', () => {
  // 25 October 2016 was a Tuesday.
  const publication = published('2016-10-25');

  it('resolves a weekday to the most recent such day on or before the publication date', () => {
    expect(found('It came in a Monday statement. Talks went on on Tuesday. On Wednesday they ended.', { publication })).toEqual([
      ['Monday', '2016-10-24', 'day', 'relative'],
      ['on Tuesday', '2016-10-25', 'day', 'relative'],
      ['On Wednesday', '2016-10-19', 'day', 'relative'],
    ]);
  });

  it('marks every part of a resolved weekday as implied', () => {
    const [mention] = findDates(articleFromText('в среду', { publication })).dates;
    expect(mention?.parts).toEqual({ year: 'implied', month: 'implied', day: 'implied' });
  });

  it('counts relative days and years from the publication date', () => {
    expect(found('Yesterday, hier, вчера; today; last year’s deal; Late last year; в прошлом году.', { publication })).toEqual([
      ['Yesterday', '2016-10-24', 'day', 'relative'],
      ['hier', '2016-10-24', 'day', 'relative'],
      ['вчера', '2016-10-24', 'day', 'relative'],
      ['today', '2016-10-25', 'day', 'relative'],
      ['last year', '2015', 'year', 'relative'],
      ['Late last year', '2015', 'year', 'relative'],
      ['в прошлом году', '2015', 'year', 'relative'],
    ]);
  });

  it('drops relative dates when there is no publication date', () => {
    expect(found('On Monday, yesterday and last year.')).toEqual([]);
  });

  it('resolves “last year” against a publication known only to the year, but not a weekday', () => {
    const yearOnly: PublicationDate = { value: '2016', precision: 'year', basis: 'editor', text: '2016' };
    expect(found('On Monday, as last year.', { publication: yearOnly })).toEqual([['last year', '2015', 'year', 'relative']]);
  });
});

describe('findDates: dates without a year', () => {
  it('takes the publication year, marked implied', () => {
    const [mention] = findDates(articleFromText('Russia said in June it would help.', { publication: published('2012-08-22') })).dates;
    expect(mention).toMatchObject({ text: 'in June', value: '2012-06', precision: 'month', basis: 'explicit', parts: { year: 'implied', month: 'stated', day: 'absent' } });
  });

  it('takes the year before when the date would follow the publication and its reading a year back is less than twice as far', () => {
    // Said on 10 January 2021: 28 December is 13 days back, not 352 ahead; March begins 50 days ahead, against 285 back.
    expect(found('The deal was signed on 28 December. Talks resume in March.', { publication: published('2021-01-10') })).toEqual([
      ['28 December', '2020-12-28', 'day', 'explicit'],
      ['in March', '2021-03', 'month', 'explicit'],
    ]);
    // Said on 7 November 2018: a conference on 12-13 November is five days ahead; "in May" ended 160 days back, the next begins 175 days ahead.
    expect(found('A conference opens on 12-13 November. They last met in May.', { publication: published('2018-11-07') })).toEqual([
      ['12-13 November', '2018-11-12', 'day', 'explicit'],
      ['in May', '2018-05', 'month', 'explicit'],
    ]);
    // Said on 12 January 2017: June ended 195 days back, against 140 ahead.
    expect(found('Il s’était rendu à Moscou en juin.', { publication: published('2017-01-12') })).toEqual([['en juin', '2016-06', 'month', 'explicit']]);
  });

  it('reads a date ahead only when its reading a year back lies more than twice as far', () => {
    // Published 2 May 2020: 1 September 2020 is 122 days ahead, 1 September 2019 exactly twice as far back (244): read back.
    expect(found('They meet on 1 September.', { publication: published('2020-05-02') })).toEqual([['1 September', '2019-09-01', 'day', 'explicit']]);
    // Published 3 May 2020: 121 days ahead against 245 back: read ahead.
    expect(found('They meet on 1 September.', { publication: published('2020-05-03') })).toEqual([['1 September', '2020-09-01', 'day', 'explicit']]);
  });

  it('keeps the publication year for forward-looking dates', () => {
    expect(found('Leaders will serve until December elections, and a deal is due by 28 December.', { publication: published('2021-04-16') })).toEqual([
      ['until December', '2021-12', 'month', 'explicit'],
      ['28 December', '2021-12-28', 'day', 'explicit'],
    ]);
  });

  it('with no publication date, takes the latest year the body states', () => {
    expect(found('La délégation est arrivée ce 22 août. Elle fait suite au forum Armée 2023. La crise dure depuis 2011.')).toEqual([
      ['22 août', '2023-08-22', 'day', 'explicit'],
      ['2023', '2023', 'year', 'explicit'],
      ['depuis 2011', '2011', 'year', 'explicit'],
    ]);
  });

  it('drops a date without a year when nothing gives one', () => {
    expect(found('The delegation arrived on 22 August.')).toEqual([]);
  });

  it('drops 29 February once the year it takes has none', () => {
    expect(found('Talks were held on 29 February.', { publication: published('2021-03-10') })).toEqual([]);
    expect(found('Talks were held on 29 February.', { publication: published('2020-03-10') })).toEqual([['29 February', '2020-02-29', 'day', 'explicit']]);
  });
});
