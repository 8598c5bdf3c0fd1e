import { describe, expect, it } from 'vitest';
import { findPublicationDate } from '../../src/lib/find-publication-date.ts';
import { EditorMetaSchema } from '../../src/schemas/editor-meta.ts';
import { articleFromText } from '../helpers/article.ts';

/** Editor metadata as read-editor-meta leaves it. */
const editor = (published: string) => EditorMetaSchema.parse({ published });

const BODY = 'Russia and Libya discussed military cooperation on Monday.';

describe('findPublicationDate: the editor first', () => {
  it('takes the editor’s date over any meta line, with its precision from its length', () => {
    const dated = (published: string) =>
      findPublicationDate(articleFromText(BODY, { editor: editor(published), metaLines: ['Updated: 2012-08-22 16:33'] })).publication;
    expect(dated('2021-04-16')).toEqual({ value: '2021-04-16', precision: 'day', basis: 'editor', text: '2021-04-16' });
    expect(dated('2021-04')).toEqual({ value: '2021-04', precision: 'month', basis: 'editor', text: '2021-04' });
    expect(dated('2021')).toEqual({ value: '2021', precision: 'year', basis: 'editor', text: '2021' });
  });

  it('warns about an editor’s date that is not on the calendar and falls back to the meta lines', () => {
    const article = findPublicationDate(articleFromText(BODY, { editor: editor('2021-02-30'), metaLines: ['20 February 2018'] }));
    expect(article.publication).toEqual({ value: '2018-02-20', precision: 'day', basis: 'publication', text: '20 February 2018' });
    expect(article.messages).toEqual([{ severity: 'warning', text: 'editor\'s published date "2021-02-30" is not a calendar date; ignored' }]);
  });
});

describe('findPublicationDate: meta lines', () => {
  it('reads the first full date on the meta lines', () => {
    const article = findPublicationDate(articleFromText(BODY, { metaLines: ['(Xinhua)', 'date 2018-02-20 Register', '20 February 2018'] }));
    expect(article.publication).toEqual({ value: '2018-02-20', precision: 'day', basis: 'publication', text: '2018-02-20' });
  });

  it('reads a date with a time: “October 25, 2016 at 9:00 pm”', () => {
    const article = findPublicationDate(articleFromText(BODY, { metaLines: ['October 25, 2016 at 9:00 pm'] }));
    expect(article.publication?.value).toBe('2016-10-25');
  });

  it('prefers a labelled date to an unlabelled one', () => {
    const article = findPublicationDate(articleFromText(BODY, { metaLines: ['Events of 3 March 2019', 'Publié le 5 mars 2019 à 14h30'] }));
    expect(article.publication).toEqual({ value: '2019-03-05', precision: 'day', basis: 'publication', text: '5 mars 2019' });
  });

  it('prefers the published date when one line gives both', () => {
    const publication = (line: string) => findPublicationDate(articleFromText(BODY, { metaLines: [line] })).publication?.value;
    expect(publication('Published 12 March 2019, Updated 14 March 2019')).toBe('2019-03-12');
    expect(publication('Updated 14 March 2019 (first published 12 March 2019)')).toBe('2019-03-12');
    expect(publication('Опубликовано: 07.11.2018 12:05 Обновлено: 08.11.2018 09:00')).toBe('2018-11-07');
  });

  it('prefers an unlabelled date line to a revision: the bare line is the stamp of first publication', () => {
    const publication = (lines: string[]) => findPublicationDate(articleFromText(BODY, { metaLines: lines })).publication;
    expect(publication(['Wed 7 Nov 2018 17.38 GMT', 'Last modified on Thu 8 Nov 2018 09.12 GMT'])).toEqual({
      value: '2018-11-07',
      precision: 'day',
      basis: 'publication',
      text: 'Wed 7 Nov 2018',
    });
    expect(publication(['14.01.2020 09:30 (обновлено: 15.01.2020 09:58)'])?.value).toBe('2020-01-14');
    expect(publication(['Modifié mardi 22 mars 2011 à 08:15', '21 mars 2011'])?.value).toBe('2011-03-21');
    expect(publication(['Updated 3 hours ago', 'Last updated: 9 April 2024'])?.value).toBe('2024-04-09');
  });

  it('still prefers a publication label to an unlabelled line', () => {
    const article = findPublicationDate(articleFromText(BODY, { metaLines: ['12 March 2019', 'Published 11 March 2019', 'Updated 14 March 2019'] }));
    expect(article.publication?.value).toBe('2019-03-11');
  });

  it('skips dates without a year or relative ones on the meta lines', () => {
    const article = findPublicationDate(articleFromText(BODY, { metaLines: ['Thursday', '22 August', 'Updated: 2012-08-22 16:33'] }));
    expect(article.publication?.value).toBe('2012-08-22');
  });
});

describe('findPublicationDate: wire datelines', () => {
  it('reads a full date in a dateline opening the body', () => {
    const article = findPublicationDate(articleFromText('TRIPOLI, 22 August 2023 (Reuters) - A Russian delegation arrived in Benghazi.'));
    expect(article.publication).toEqual({ value: '2023-08-22', precision: 'day', basis: 'publication', text: '22 August 2023' });
  });

  it('leaves a dateline without a year when the body states none', () => {
    const article = findPublicationDate(articleFromText('МОСКВА, 7 ноября. /ТАСС/. Министр обороны России принял делегацию Ливии.'));
    expect(article.publication).toBeNull();
  });

  it('completes a dateline without a year with the latest year the body states', () => {
    const text = 'МОСКВА, 7 ноября. /ТАСС/. Хафтар приезжал в Москву в ноябре 2016 года и 11 января 2017 года посетил крейсер.';
    expect(findPublicationDate(articleFromText(text, { language: 'ru' })).publication).toEqual({
      value: '2017-11-07',
      precision: 'day',
      basis: 'publication',
      text: '7 ноября',
    });
  });

  it('reads every dateline shape, below a standfirst too', () => {
    const publication = (text: string) => findPublicationDate(articleFromText(text)).publication;
    expect(publication('МОСКВА, 14 янв — РИА Новости. Переговоры начались в 2020 году.')?.value).toBe('2020-01-14');
    expect(publication('Москва. 29 ноября. INTERFAX.RU - Эмбарго ввели в 2016 году.')?.value).toBe('2016-11-29');
    expect(publication('BENGHAZI, Libya, Sept 17 (Reuters) - Wagner has been there since 2023.')?.value).toBe('2023-09-17');
    expect(publication('Стороны обсудили ситуацию\n\nМОСКВА, 7 ноября. /ТАСС/. Это было в 2018 году.')?.value).toBe('2018-11-07');
  });

  it('drops a completed day the year does not have', () => {
    expect(findPublicationDate(articleFromText('МОСКВА, 29 февраля. /ТАСС/. Это было в 2019 году.')).publication).toBeNull();
  });

  it('prefers a meta line’s date to the dateline’s', () => {
    const article = findPublicationDate(articleFromText('МОСКВА, 14 янв — РИА Новости. Глава ПНС подписал соглашение.', { metaLines: ['15.01.2020 00:10'] }));
    expect(article.publication?.value).toBe('2020-01-15');
  });

  it('does not take a date inside the first sentence for a dateline', () => {
    expect(findPublicationDate(articleFromText('Russia signed the deal on 20 February 2018 in Moscow.')).publication).toBeNull();
    expect(findPublicationDate(articleFromText('On 20 February 2018, Russia signed the deal.')).publication).toBeNull();
  });
});

describe('findPublicationDate: nothing to read', () => {
  it('never takes a caption’s date', () => {
    const article = findPublicationDate(
      articleFromText(BODY, { captions: ['Khalifa Haftar leaves the Foreign Ministry in Moscow on November 29, 2016'] }),
    );
    expect(article.publication).toBeNull();
  });

  it('is null, without a message, when nothing gives a date', () => {
    const article = findPublicationDate(articleFromText(BODY));
    expect([article.publication, article.messages]).toEqual([null, []]);
  });
});
