import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, PublicationDate } from '../../src/lib/article.ts';
import { chooseEventDate } from '../../src/lib/choose-event-date.ts';
import { findDates } from '../../src/lib/find-dates.ts';
import { findPublicationDate } from '../../src/lib/find-publication-date.ts';
import { EditorMetaSchema } from '../../src/schemas/editor-meta.ts';
import { articleFromText } from '../helpers/article.ts';

/** Editor metadata as read-editor-meta leaves it. */
const editor = (published: string) => EditorMetaSchema.parse({ published });

/** The three date stages, in pipeline order, over an article built by hand. */
const dated = (text: string, fields: Partial<Article> = {}): Article =>
  chooseEventDate(findDates(findPublicationDate(articleFromText(text, fields))));

/** A publication date read from a meta line. */
const published = (value: string): PublicationDate => ({ value, precision: 'day', basis: 'publication', text: value });

describe('chooseEventDate: the rules in order', () => {
  it('takes the editor’s date first', () => {
    const article = dated('Russia on Friday welcomed the prospect of cooperation. On 2 April 2021 talks began.', { editor: editor('2021-04-16') });
    expect(article.eventDate).toEqual({
      value: '2021-04-16',
      precision: 'day',
      basis: 'editor',
      text: '2021-04-16',
      span: null,
      explanation: '“2021-04-16” in the editor’s metadata gives 16 April 2021.',
    });
  });

  it('takes the first body date within two weeks before the publication date', () => {
    const text = 'Russia and Libya signed a deal on 20 October 2016. Talks had begun on 1 October 2016.';
    const article = chooseEventDate(findDates(articleFromText(text, { publication: published('2016-10-25') })));
    expect(article.eventDate).toEqual({
      value: '2016-10-20',
      precision: 'day',
      basis: 'explicit',
      text: '20 October 2016',
      span: { start: 34, end: 49 },
      explanation: '“20 October 2016” in the body gives 20 October 2016, within two weeks before the publication date, 25 October 2016.',
    });
  });

  it('skips body dates outside the window, and accepts one day after the publication', () => {
    const text = 'Talks began on 1 October 2016. The deal is signed on 26 October 2016.';
    const article = chooseEventDate(findDates(articleFromText(text, { publication: published('2016-10-25') })));
    expect([article.eventDate?.value, article.eventDate?.text]).toEqual(['2016-10-26', '26 October 2016']);
  });

  it('explains a resolved relative day', () => {
    const article = chooseEventDate(findDates(articleFromText('The minister said yesterday that talks would resume.', { publication: published('2016-10-25') })));
    expect(article.eventDate).toMatchObject({
      value: '2016-10-24',
      basis: 'relative',
      explanation: '“yesterday” resolved to the day before the publication date, 25 October 2016: 24 October 2016.',
    });
  });

  it('does not take “today” for the event: it falls back to the publication date', () => {
    const article = chooseEventDate(findDates(articleFromText('Today, Libya is divided.', { publication: published('2018-02-20') })));
    expect(article.eventDate).toEqual({
      value: '2018-02-20',
      precision: 'day',
      basis: 'publication',
      text: '2018-02-20',
      span: null,
      explanation: 'No date in the body falls within two weeks before the publication date, 20 February 2018 (read from “2018-02-20”), which stands for the event.',
    });
  });

  it('never takes a caption’s or a meta line’s date, except through the publication date', () => {
    const article = dated('Russia and Libya held talks.', {
      metaLines: ['20 February 2018'],
      captions: ['Haftar in Moscow on 19 February 2018'],
    });
    expect([article.eventDate?.value, article.eventDate?.basis]).toEqual(['2018-02-20', 'publication']);
  });

  it('with no publication date, takes an explicit day in the first three sentences only', () => {
    expect(dated('One. Two. Talks began on 3 May 2019.').eventDate).toMatchObject({
      value: '2019-05-03',
      basis: 'explicit',
      explanation: '“3 May 2019” in the article’s opening sentences gives 3 May 2019; the article carries no publication date.',
    });
    const late = dated('One. Two. Three. Talks began on 3 May 2019.');
    expect(late.eventDate).toBeNull();
  });

  it('with no publication date, falls back to a month in the first sentence', () => {
    const article = dated('In June 2019, Russia sent advisers to Libya. More followed. They stayed. They left on 3 May 2020.');
    expect(article.eventDate).toEqual({
      value: '2019-06',
      precision: 'month',
      basis: 'explicit',
      text: 'In June 2019',
      span: { start: 0, end: 12 },
      explanation: '“In June 2019” opens the article, which carries no publication date: the event is dated to the month, June 2019.',
    });
  });

  it('leaves the article undated, with a warning, when nothing dates it', () => {
    const article = dated('Libya has been gripped by chaos since a 2011 uprising. On Thursday, talks began.');
    expect([article.eventDate, article.messages]).toEqual([null, [{ severity: 'warning', text: 'no date found: the article is listed as undated' }]]);
  });
});

describe('chooseEventDate: the wire dateline dates the report, not the event', () => {
  const event = (text: string, metaLines: string[] = []) => {
    const { eventDate } = dated(text, { metaLines });
    return eventDate && [eventDate.value, eventDate.basis, eventDate.text];
  };

  it('takes the body’s own words over the dateline’s date', () => {
    expect(event('МОСКВА, 7 ноября. /ТАСС/. Министр обороны провел в среду переговоры с Хафтаром.', ['7 ноября 2018, 14:02'])).toEqual([
      '2018-11-07',
      'relative',
      'в среду',
    ]);
    expect(event('МОСКВА, 14 янв — РИА Новости. Саррадж подписал в понедельник соглашение.', ['14.01.2020 09:30'])).toEqual([
      '2020-01-13',
      'relative',
      'в понедельник',
    ]);
    expect(event('BENGHAZI, Libya, Sept 17 (Reuters) - Yevkurov arrived in Benghazi on Sunday.', ['September 17, 2023 4:12 PM'])).toEqual([
      '2023-09-17',
      'relative',
      'on Sunday',
    ]);
  });

  it('falls back to the publication date when the dateline holds the body’s only date', () => {
    expect(event('МОСКВА, 10 марта. /ИТАР-ТАСС/. Президент РФ подписал указ.', ['10.03.2011 14:27'])).toEqual(['2011-03-10', 'publication', '10.03.2011 14:27']);
  });

  it('with no meta line, lets the dateline give the publication date that the body’s weekday resolves against', () => {
    const article = dated('Москва. 29 ноября. INTERFAX.RU - Хафтар во вторник провел переговоры. Эмбарго ввели в 2016 году.', { language: 'ru' });
    expect(article.publication).toEqual({ value: '2016-11-29', precision: 'day', basis: 'publication', text: '29 ноября' });
    expect([article.eventDate?.value, article.eventDate?.basis, article.eventDate?.text]).toEqual(['2016-11-29', 'relative', 'во вторник']);
  });
});

describe('chooseEventDate: a year lent by a date written beside it', () => {
  it('says where the year came from', () => {
    const article = dated('Переговоры прошли 28 декабря и 2 января 2021 года.', { language: 'ru', metaLines: ['03.01.2021 10:00'] });
    expect(article.eventDate).toMatchObject({
      value: '2020-12-28',
      basis: 'explicit',
      explanation: '“28 декабря” in the body gives 28 December 2020, its year taken from “2 января 2021 года”, written with it.',
    });
  });
});

describe('chooseEventDate: with no publication date, a date that sets the scene does not date the event', () => {
  const undatedValue = (text: string) => dated(text).eventDate?.value ?? null;

  it.each([
    'Depuis la mort d’Evgueni Prigojine en août 2023, le ministère russe a repris en main les réseaux de Wagner.',
    'Since June 2019, Russia has kept advisers in Libya.',
    'After the death of Yevgeny Prigozhin in August 2023, the ministry took over the network.',
    'Following talks in Moscow in January 2020, the two sides stopped fighting.',
    'С августа 2023 года корпус действует в Ливии.',
    'После гибели Пригожина в августе 2023 года министерство взяло сети под контроль.',
    'Après la chute de Kadhafi le 20 octobre 2011, la Libye a sombré.',
  ])('leaves “%s” undated', (text) => {
    expect(undatedValue(text)).toBeNull();
  });

  it.each([
    ['In June 2019, Russia delivered fighter jets to Libya.', '2019-06'],
    ['En août 2023, après la mort de Prigojine, le ministère a repris les réseaux.', '2023-08'],
    ['Переговоры с Хафтаром прошли в июне 2019 года.', '2019-06'],
    ['After talks on 3 May 2019, Russia sent advisers on 5 May 2019.', '2019-05-05'],
    ['Russia, which had backed Haftar since 2015, delivered jets in June 2019.', '2019-06'],
  ])('dates “%s” by the happening: %s', (text, value) => {
    expect(undatedValue(text)).toBe(value);
  });
});

// The five seed articles, built as the cleaner leaves them: white space folded (001 has no-break
// spaces), body lines joined as paragraphs, meta lines and captions set aside, editor metadata
// where a sidecar gives it.
const seedLines = (name: string, lines: number[]): string[] => {
  const all = readFileSync(path.resolve(import.meta.dirname, '../../content/articles', name), 'utf8').split('\n');
  return lines.map((n) => (all[n - 1] ?? '').replace(/\s+/gu, ' ').trim());
};
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const seedBody = (name: string, lines: number[]): string => seedLines(name, lines).filter((line) => line !== '').join('\n\n');
const mentions = (article: Article) => article.dates.map((d) => [d.origin, d.text, d.value, d.precision, d.basis]);

describe('chooseEventDate: seed 000 (Xinhua, “Updated: 2012-08-22 16:33”)', () => {
  const name = '000_8790f98fbe18f818.txt';
  const article = dated(seedBody(name, range(6, 15)), { metaLines: ['Updated: 2012-08-22 16:33', '(Xinhua)'] });

  it('is published 22 August 2012 and dated by “on Wednesday”', () => {
    expect(article.publication).toEqual({ value: '2012-08-22', precision: 'day', basis: 'publication', text: '2012-08-22 16:33' });
    expect(article.eventDate).toMatchObject({ value: '2012-08-22', precision: 'day', basis: 'relative', text: 'on Wednesday' });
    expect(article.eventDate?.explanation).toBe('“on Wednesday” resolved to the most recent Wednesday on or before the publication date, 22 August 2012.');
  });

  it('mentions June 2012 and February 2011, and nothing from the removed related list', () => {
    expect(mentions(article)).toEqual([
      ['body', 'on Wednesday', '2012-08-22', 'day', 'relative'],
      ['body', 'in June', '2012-06', 'month', 'explicit'],
      ['body', 'in February 2011', '2011-02', 'month', 'explicit'],
      ['meta', '2012-08-22 16:33', '2012-08-22', 'day', 'explicit'],
    ]);
  });
});

describe('chooseEventDate: seed 001 (Sputnik, meta lines and a dated caption)', () => {
  const name = '001_b035ea844ac36d91.txt';
  const [caption = ''] = seedLines(name, [3]);
  const article = dated(seedBody(name, range(7, 15)), { metaLines: ['date 2018-02-20 Register', '20 February 2018'], captions: [caption] });

  it('is published 20 February 2018 and dated by the publication date', () => {
    expect(article.publication?.value).toBe('2018-02-20');
    expect(article.eventDate).toMatchObject({ value: '2018-02-20', precision: 'day', basis: 'publication' });
  });

  it('keeps the caption’s 29 November 2016 as a caption mention, and the body’s 2011', () => {
    expect(mentions(article).filter(([origin, text]) => origin === 'caption' || text === 'in 2011')).toEqual([
      ['body', 'in 2011', '2011', 'year', 'explicit'],
      ['caption', 'November 29, 2016', '2016-11-29', 'day', 'explicit'],
    ]);
  });
});

describe('chooseEventDate: seed 002 (RT France, no publication date)', () => {
  const name = '002_8bf08bbf60da036d.txt';
  const article = dated(seedBody(name, range(1, 5)), { language: 'fr' });

  it('dates “ce 22 août” to 2023, the latest year the body states (“Armée 2023”)', () => {
    expect(article.publication).toBeNull();
    expect(article.eventDate).toMatchObject({ value: '2023-08-22', precision: 'day', basis: 'explicit', text: '22 août' });
    expect(article.eventDate?.explanation).toBe('“22 août” in the body gives 22 August 2023, its year taken from the latest year the body states.');
    expect(article.dates[0]?.parts).toEqual({ year: 'implied', month: 'stated', day: 'stated' });
  });

  it('mentions 2011 as a year', () => {
    expect(mentions(article)).toContainEqual(['body', 'en 2011', '2011', 'year', 'explicit']);
  });
});

describe('chooseEventDate: seed 003 (Moscow Times, undated but for the editor)', () => {
  const name = '003_d4fe8bf4671f7d50.txt';
  const body = seedBody(name, [5, 7, 9, 11, 13, 15, 20, 22, 24, 26, 28, 30]);
  const captions = [seedLines(name, [17, 18]).join(' ')];

  it('with the editor’s 16 April 2021, resolves the weekdays and the months around it', () => {
    const article = dated(body, { editor: editor('2021-04-16'), captions });
    expect(article.eventDate).toMatchObject({ value: '2021-04-16', precision: 'day', basis: 'editor' });
    expect(mentions(article)).toEqual([
      ['body', 'on Friday', '2021-04-16', 'day', 'relative'],
      ['body', '2011', '2011', 'year', 'explicit'],
      ['body', 'In February', '2021-02', 'month', 'explicit'],
      ['body', 'until December', '2021-12', 'month', 'explicit'],
      ['body', 'in February', '2021-02', 'month', 'explicit'],
      ['body', 'On Thursday', '2021-04-15', 'day', 'relative'],
    ]);
  });

  it('without editor metadata, drops the weekdays and is undated, with the warning', () => {
    const article = dated(body, { captions });
    expect(article.publication).toBeNull();
    expect(article.dates.filter((d) => d.basis === 'relative')).toEqual([]);
    expect([article.eventDate, article.messages]).toEqual([null, [{ severity: 'warning', text: 'no date found: the article is listed as undated' }]]);
  });
});

describe('chooseEventDate: seed 004 (Middle East Monitor, “a Monday statement”)', () => {
  const name = '004_a498c142cf5f3b81.txt';
  const article = dated(seedBody(name, range(9, 29)), { metaLines: ['Creating new perspectives since 2009', 'October 25, 2016 at 9:00 pm'] });

  it('is published 25 October 2016 and dated Monday 24 October 2016', () => {
    expect(article.publication?.value).toBe('2016-10-25');
    expect(article.eventDate).toMatchObject({
      value: '2016-10-24',
      precision: 'day',
      basis: 'relative',
      text: 'Monday',
      explanation: '“Monday” resolved to the most recent Monday on or before the publication date, 25 October 2016.',
    });
  });

  it('resolves “last year” and “Late last year” to 2015, and reads “since 2011”', () => {
    expect(mentions(article).filter(([origin]) => origin === 'body')).toEqual([
      ['body', 'Monday', '2016-10-24', 'day', 'relative'],
      ['body', 'last year', '2015', 'year', 'relative'],
      ['body', 'since 2011', '2011', 'year', 'explicit'],
      ['body', 'Late last year', '2015', 'year', 'relative'],
    ]);
  });
});
