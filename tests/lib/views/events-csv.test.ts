import { describe, expect, it } from 'vitest';
import { csvCell, csvRecord, eventsCsv, guardFormula } from '../../../src/lib/views/events-csv.ts';
import { makeActor, makeClaim, makeEvent } from './support/make-event.ts';

const SITE = 'https://timeline.example';

const actors = [makeActor('russia', 'state', { name: 'Russia' }), makeActor('khalifa-haftar', 'person', { name: 'Khalifa Haftar' })];

const claim = makeClaim('content/articles/a.txt', 0, 18, { speaker: 'russia', text: 'We will cooperate.' });

describe('csvCell', () => {
  it('leaves plain text bare', () => {
    expect(csvCell('Russia')).toBe('Russia');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('He said "yes"')).toBe('"He said ""yes"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });
});

describe('guardFormula', () => {
  it('prefixes an apostrophe to cells a spreadsheet would run as a formula', () => {
    expect(guardFormula('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(guardFormula('+7 495')).toBe(`'+7 495`);
    expect(guardFormula('-1')).toBe(`'-1`);
    expect(guardFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(guardFormula('\t=1')).toBe(`'\t=1`);
  });

  it('leaves other text alone, including those characters further in', () => {
    expect(guardFormula('Russia = ally?')).toBe('Russia = ally?');
    expect(guardFormula('2012-08-22')).toBe('2012-08-22');
    expect(guardFormula('')).toBe('');
  });
});

describe('csvRecord', () => {
  it('guards before quoting, so the apostrophe sits inside the quotes', () => {
    expect(csvRecord(['=1+1, really', 'ok'])).toBe(`"'=1+1, really",ok`);
  });
});

describe('eventsCsv', () => {
  it('writes a BOM, the header, one CRLF-ended row per event in timeline order', () => {
    const csv = eventsCsv(
      [
        makeEvent({
          id: '2023-08-22-delegation',
          date: '2023-08-22',
          datePrecision: 'day',
          dateBasis: 'explicit',
          title: 'Delegation, in Benghazi',
          summary: 'Yevkurov met "the marshal".',
          actors: ['russia', 'khalifa-haftar'],
          claims: [claim, claim],
        }),
        makeEvent({
          id: 'undated-thing',
          kind: 'background',
          title: '-minus first',
          summary: 'Summary',
          language: 'fr',
          actors: ['unknown-actor'],
          sources: [
            { file: 'content/articles/b.txt', title: 'B', outlet: null, url: null, published: null, language: 'fr', reportedDate: null },
            { file: 'content/articles/c.txt', title: 'C', outlet: 'AFP', url: null, published: null, language: 'fr', reportedDate: null },
          ],
        }),
        makeEvent({ id: '2012-06-rosoboronexport', date: '2012-06', datePrecision: 'month', dateBasis: 'explicit', title: 'Рособоронэкспорт' }),
      ],
      actors,
      SITE,
    );
    expect(csv).toBe(
      '\uFEFF' +
        'id,date,datePrecision,dateBasis,kind,title,summary,language,actors,actor_ids,claims,sources,source_files,url\r\n' +
        '2012-06-rosoboronexport,2012-06,month,explicit,primary,Рособоронэкспорт,Summary of 2012-06-rosoboronexport,en,,,0,Outlet,content/articles/a.txt,https://timeline.example/events/2012-06-rosoboronexport/\r\n' +
        '2023-08-22-delegation,2023-08-22,day,explicit,primary,"Delegation, in Benghazi","Yevkurov met ""the marshal"".",en,Russia; Khalifa Haftar,russia; khalifa-haftar,2,Outlet,content/articles/a.txt,https://timeline.example/events/2023-08-22-delegation/\r\n' +
        "undated-thing,,,,background,'-minus first,Summary,fr,unknown-actor,unknown-actor,0,; AFP,content/articles/b.txt; content/articles/c.txt,https://timeline.example/events/undated-thing/\r\n",
    );
  });

  it('writes only the header for no events', () => {
    expect(eventsCsv([], actors, new URL(SITE))).toBe(
      '\uFEFFid,date,datePrecision,dateBasis,kind,title,summary,language,actors,actor_ids,claims,sources,source_files,url\r\n',
    );
  });
});
