import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/lib/read-dates.ts';

/** The readings of a text, without offsets: [text, value or relative reference, precision]. */
const read = (text: string) => readDates(text).map((date) => [date.text, date.value ?? date.relative, date.precision]);

describe('readDates: full dates', () => {
  it.each([
    ['2018-02-20', '2018-02-20'],
    ['2020-01-14T09:30:00Z', '2020-01-14'],
    ['2012-08-22 16:33', '2012-08-22'],
    ['20 February 2018', '2018-02-20'],
    ['February 20, 2018', '2018-02-20'],
    ['Thursday 12 January 2017', '2017-01-12'],
    ['Thu, 12 Jan 2017', '2017-01-12'],
    ['Aug. 22, 2023', '2023-08-22'],
    ['Sept 3 2019', '2019-09-03'],
    ['29/09/2023', '2023-09-29'],
    ['29.09.2023', '2023-09-29'],
    ['14.01.2020 09:30', '2020-01-14'],
    ['1er mars 2019', '2019-03-01'],
    ['7 ноября 2018 года', '2018-11-07'],
    ['Среда, 7 ноября 2018', '2018-11-07'],
    ['22-23 August 2023', '2023-08-22'],
  ])('reads “%s” as %s, stated to the day', (text, value) => {
    expect(readDates(text)).toEqual([
      {
        value,
        precision: 'day',
        parts: { year: 'stated', month: 'stated', day: 'stated' },
        relative: null,
        forward: false,
        text,
        start: 0,
        end: text.length,
      },
    ]);
  });

  it('leaves the time words out of “October 25, 2016 at 9:00 pm”', () => {
    expect(read('October 25, 2016 at 9:00 pm')).toEqual([['October 25, 2016', '2016-10-25', 'day']]);
  });

  it('gives offsets into the text read', () => {
    const text = 'Talks were held on 20 February 2018 in Moscow.';
    const [date] = readDates(text);
    expect([date?.start, date?.end, text.slice(date?.start, date?.end)]).toEqual([19, 35, '20 February 2018']);
  });

  it('reads numeric dates day first, month first only when day first cannot be', () => {
    expect(read('04/05/2019 and 09/29/2023')).toEqual([
      ['04/05/2019', '2019-05-04', 'day'],
      ['09/29/2023', '2023-09-29', 'day'],
    ]);
  });

  it('rejects days that are not in the month', () => {
    expect(read('31 February 2018, 31/04/2019, 2019-02-29')).toEqual([['February 2018', '2018-02', 'month']]);
  });

  it('drops a lower-case weekday before a date, keeping the date', () => {
    expect(read('sun 12 May 2019')).toEqual([['12 May 2019', '2019-05-12', 'day']]);
  });
});

describe('readDates: partial dates', () => {
  it('reads a day and month with the year absent, as ISO year-less values', () => {
    expect(readDates('ce 22 août')).toEqual([
      {
        value: '--08-22',
        precision: 'day',
        parts: { year: 'absent', month: 'stated', day: 'stated' },
        relative: null,
        forward: false,
        text: '22 août',
        start: 3,
        end: 10,
      },
    ]);
    expect(read('22 августа, August 22, Monday, August 22')).toEqual([
      ['22 августа', '--08-22', 'day'],
      ['August 22', '--08-22', 'day'],
      ['Monday, August 22', '--08-22', 'day'],
    ]);
  });

  it('reads a lone month only after a preposition, keeping the preposition', () => {
    expect(read('in June, en juin, в июне, since March, mid-June, late May, in May 2 talks')).toEqual([
      ['in June', '--06', 'month'],
      ['en juin', '--06', 'month'],
      ['в июне', '--06', 'month'],
      ['since March', '--03', 'month'],
      ['mid-June', '--06', 'month'],
      ['late May', '--05', 'month'],
      ['May 2', '--05-02', 'day'],
    ]);
  });

  it('marks dates after a forward-looking word', () => {
    expect(readDates('until December elections, by 28 December, d’ici le 28 décembre, до декабря, in December').map((d) => [d.text, d.forward])).toEqual([
      ['until December', true],
      ['28 December', true],
      ['28 décembre', true],
      ['до декабря', true],
      ['in December', false],
    ]);
  });
});

describe('readDates: months and years', () => {
  it('reads a month and a year in each language', () => {
    expect(read('June 2012, juin 2012, в июне 2012 года, in February 2011')).toEqual([
      ['June 2012', '2012-06', 'month'],
      ['juin 2012', '2012-06', 'month'],
      ['в июне 2012 года', '2012-06', 'month'],
      ['in February 2011', '2011-02', 'month'],
    ]);
  });

  it('reads a year that stands as one, with or without a preposition', () => {
    expect(read('in 2011, en 2011, в 2011 году, since 2011, a 2011 uprising, the forum Armée 2023, mid-2011, since early 2011')).toEqual([
      ['in 2011', '2011', 'year'],
      ['en 2011', '2011', 'year'],
      ['в 2011 году', '2011', 'year'],
      ['since 2011', '2011', 'year'],
      ['2011', '2011', 'year'],
      ['2023', '2023', 'year'],
      ['mid-2011', '2011', 'year'],
      ['since early 2011', '2011', 'year'],
    ]);
  });

  it('reads both years of a range, and a list of years', () => {
    expect(read('2011–2014, and in 2015, 2016')).toEqual([
      ['2011', '2011', 'year'],
      ['2014', '2014', 'year'],
      ['in 2015', '2015', 'year'],
      ['2016', '2016', 'year'],
    ]);
  });

  it('takes a year after a preposition even before a count noun', () => {
    expect(read('Since 2011 people have fled.')).toEqual([['Since 2011', '2011', 'year']]);
  });
});

describe('readDates: years used as adjectives', () => {
  it('reads a year from 1900 on after a determiner, without the determiner', () => {
    expect(read('the 1988 bombing of Pan Am Flight 103, its 1969 coup, l’attentat de 1988')).toEqual([
      ['1988', '1988', 'year'],
      ['1969', '1969', 'year'],
      ['1988', '1988', 'year'],
    ]);
  });

  it('still wants a bare number to look like a recent year', () => {
    expect(read('1988 bombing, Lockerbie 1988')).toEqual([]);
  });

  it('does not take an older number before a label or an amount for a year', () => {
    expect(read('the 1973 resolution, the 1970 resolutions, the 1950 troops, a 1200 km border, the 1899 treaty')).toEqual([]);
  });
});

describe('readDates: dates that share a year', () => {
  it('lends the year of a date to the one written before it with a coordinator', () => {
    expect(readDates('en juin puis en novembre 2016')).toEqual([
      {
        value: '2016-06',
        precision: 'month',
        parts: { year: 'implied', month: 'stated', day: 'absent' },
        relative: null,
        forward: false,
        text: 'en juin',
        start: 0,
        end: 7,
        yearFrom: 'en novembre 2016',
      },
      {
        value: '2016-11',
        precision: 'month',
        parts: { year: 'stated', month: 'stated', day: 'absent' },
        relative: null,
        forward: false,
        text: 'en novembre 2016',
        start: 13,
        end: 29,
      },
    ]);
  });

  it('passes the year along a list, in each language', () => {
    expect(read('in June, July and August 2016; в июне и ноябре 2016 года; du 12 mars au 3 avril 2019; 3 May – 2 June 2021')).toEqual([
      ['in June', '2016-06', 'month'],
      ['August 2016', '2016-08', 'month'],
      ['в июне', '2016-06', 'month'],
      ['ноябре 2016 года', '2016-11', 'month'],
      ['12 mars', '2019-03-12', 'day'],
      ['3 avril 2019', '2019-04-03', 'day'],
      ['3 May', '2021-05-03', 'day'],
      ['2 June 2021', '2021-06-02', 'day'],
    ]);
  });

  it('gives the year before to a date later in the calendar than its lender', () => {
    expect(read('between 28 December and 2 January 2021, in December and January 2021')).toEqual([
      ['28 December', '2020-12-28', 'day'],
      ['2 January 2021', '2021-01-02', 'day'],
      ['in December', '2020-12', 'month'],
      ['January 2021', '2021-01', 'month'],
    ]);
  });

  it('lends no year across other words, a full stop or a line break, nor from a lone year', () => {
    expect(read('in June, when November 2016 came. In March. April 2019. on 3 May\nand 4 June 2020. in June and 2016')).toEqual([
      ['in June', '--06', 'month'],
      ['November 2016', '2016-11', 'month'],
      ['In March', '--03', 'month'],
      ['April 2019', '2019-04', 'month'],
      ['3 May', '--05-03', 'day'],
      ['4 June 2020', '2020-06-04', 'day'],
      ['in June', '--06', 'month'],
      ['2016', '2016', 'year'],
    ]);
  });
});

describe('readDates: relative dates', () => {
  it('reads weekdays with their preposition, in each language', () => {
    expect(read('on Wednesday, a Monday statement, jeudi, в среду, во вторник')).toEqual([
      ['on Wednesday', { kind: 'weekday', weekday: 3 }, 'day'],
      ['Monday', { kind: 'weekday', weekday: 1 }, 'day'],
      ['jeudi', { kind: 'weekday', weekday: 4 }, 'day'],
      ['в среду', { kind: 'weekday', weekday: 3 }, 'day'],
      ['во вторник', { kind: 'weekday', weekday: 2 }, 'day'],
    ]);
  });

  it('reads relative days', () => {
    expect(read('yesterday, hier, вчера, today, aujourd’hui, сегодня')).toEqual([
      ['yesterday', { kind: 'day', offset: -1 }, 'day'],
      ['hier', { kind: 'day', offset: -1 }, 'day'],
      ['вчера', { kind: 'day', offset: -1 }, 'day'],
      ['today', { kind: 'day', offset: 0 }, 'day'],
      ['aujourd’hui', { kind: 'day', offset: 0 }, 'day'],
      ['сегодня', { kind: 'day', offset: 0 }, 'day'],
    ]);
  });

  it('reads relative years, with a period word before them', () => {
    expect(read('last year’s deal; l’an dernier; l’année dernière; в прошлом году; Late last year; в конце прошлого года')).toEqual([
      ['last year', { kind: 'year', offset: -1 }, 'year'],
      ['l’an dernier', { kind: 'year', offset: -1 }, 'year'],
      ['l’année dernière', { kind: 'year', offset: -1 }, 'year'],
      ['в прошлом году', { kind: 'year', offset: -1 }, 'year'],
      ['Late last year', { kind: 'year', offset: -1 }, 'year'],
      ['в конце прошлого года', { kind: 'year', offset: -1 }, 'year'],
    ]);
  });

  it('leaves relative dates without a value and with every part absent', () => {
    expect(readDates('on Friday')).toEqual([
      {
        value: null,
        precision: 'day',
        parts: { year: 'absent', month: 'absent', day: 'absent' },
        relative: { kind: 'weekday', weekday: 5 },
        forward: false,
        text: 'on Friday',
        start: 0,
        end: 9,
      },
    ]);
  });
});

describe('readDates: mixed languages and lines', () => {
  it('reads English, French and Russian dates in one text', () => {
    expect(read('MOSCOW, 7 ноября. /ТАСС/ Talks on 22 août 2023 followed those of August 1, 2023.')).toEqual([
      ['7 ноября', '--11-07', 'day'],
      ['22 août 2023', '2023-08-22', 'day'],
      ['August 1, 2023', '2023-08-01', 'day'],
    ]);
  });

  it('never joins the parts of a date across a line break', () => {
    expect(read('signed on 22\nAugust 2023')).toEqual([['August 2023', '2023-08', 'month']]);
  });
});
