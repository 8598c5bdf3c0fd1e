// The five seed articles as a careful annotator reads them (issue 3's table), end to end through
// the corpus extraction over the real content/ folder.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schemas/event.ts';
import { loadCorpus, type Corpus } from '../../src/lib/extract-corpus.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus({ root: path.resolve(import.meta.dirname, '../..') });
});

const file = (name: string) => `content/articles/${name}`;
const primaryOf = (name: string): TimelineEvent => {
  const event = corpus.events.find((e) => e.kind === 'primary' && e.sources.some((s) => s.file === file(name)));
  if (!event) throw new Error(`no primary event for ${name}`);
  return event;
};
const backgroundOf = (name: string) => corpus.events.filter((e) => e.kind === 'background' && e.sources.some((s) => s.file === file(name)));
const speakers = (event: TimelineEvent) => new Set(event.claims.map((claim) => claim.speaker));
const backgroundDates = (name: string) => backgroundOf(name).map((e) => [e.date, e.datePrecision]);

describe('000 (Xinhua, 2012)', () => {
  const name = '000_8790f98fbe18f818.txt';

  it('is dated 22 August 2012 to the day, in English', () => {
    const event = primaryOf(name);
    expect([event.date, event.datePrecision, event.language]).toEqual(['2012-08-22', 'day', 'en']);
    expect(['relative', 'publication']).toContain(event.dateBasis);
    expect(event.title).toBe('Russia may resume military cooperation with Libya');
  });

  it('names the actors of the article and none of the site furniture', () => {
    const { actors } = primaryOf(name);
    expect(actors).toEqual(expect.arrayContaining(['russia', 'libya', 'vyacheslav-dzirkaln', 'federal-service-for-military-technical-cooperation', 'rosoboronexport', 'igor-sevastyanov']));
    for (const furniture of ['barack-obama', 'xi-jinping', 'china', 'japan', 'vladimir-putin']) expect(actors).not.toContain(furniture);
    expect(corpus.report.unknownNames.filter((entry) => entry.files.includes(file(name))).map((entry) => entry.name)).not.toEqual(
      expect.arrayContaining(['Obama', 'Guan', 'Boston', 'Diaoyu']),
    );
  });

  it('attributes claims to Dzirkaln (quoted and reported) and Sevastyanov (reported)', () => {
    const event = primaryOf(name);
    const dzirkaln = event.claims.filter((c) => c.speaker === 'vyacheslav-dzirkaln');
    expect(dzirkaln.some((c) => c.quoted)).toBe(true);
    expect(dzirkaln.some((c) => !c.quoted)).toBe(true);
    expect(event.claims.some((c) => c.speaker === 'igor-sevastyanov' && !c.quoted)).toBe(true);
  });

  it('dates two background events: June 2012 and February 2011', () => {
    expect(backgroundDates(name)).toEqual(expect.arrayContaining([['2012-06', 'month'], ['2011-02', 'month']]));
  });
});

describe('001 (Sputnik, 2018)', () => {
  const name = '001_b035ea844ac36d91.txt';

  it('is dated 20 February 2018 from its dateline, not from the photo caption', () => {
    const event = primaryOf(name);
    expect([event.date, event.datePrecision, event.language]).toEqual(['2018-02-20', 'day', 'en']);
  });

  it('names Dengov, the Contact Group, the GNA, the LNA, Haftar and Russia', () => {
    expect(primaryOf(name).actors).toEqual(
      expect.arrayContaining(['lev-dengov', 'russian-contact-group', 'government-of-national-accord', 'libyan-national-army', 'khalifa-haftar', 'russia']),
    );
  });

  it('gives Dengov two direct quotes and reported speech', () => {
    const claims = primaryOf(name).claims.filter((c) => c.speaker === 'lev-dengov');
    expect(claims.filter((c) => c.quoted)).toHaveLength(2);
    expect(claims.some((c) => !c.quoted)).toBe(true);
  });

  it('makes the caption date and 2011 background events', () => {
    expect(backgroundDates(name)).toEqual(expect.arrayContaining([['2016-11-29', 'day'], ['2011', 'year']]));
  });

  it('gives the caption’s background event the actors the caption names, not the photo credit', () => {
    const actors = backgroundOf(name).find((event) => event.date === '2016-11-29')?.actors;
    expect(actors).toEqual(expect.arrayContaining(['khalifa-haftar', 'libyan-national-army']));
    expect(actors).not.toContain('sputnik');
  });
});

describe('002 (RT France, 2023)', () => {
  const name = '002_8bf08bbf60da036d.txt';

  it('is dated 22 August 2023, in French', () => {
    const event = primaryOf(name);
    expect([event.date, event.datePrecision, event.language]).toEqual(['2023-08-22', 'day', 'fr']);
  });

  it('names the ministry, Yevkurov, Haftar, the LNA and al-Mesmari', () => {
    expect(primaryOf(name).actors).toEqual(
      expect.arrayContaining(['russian-ministry-of-defence', 'yunus-bek-yevkurov', 'khalifa-haftar', 'libyan-national-army', 'ahmed-al-mismari']),
    );
  });

  it('keeps each claim of the repeated paragraphs once', () => {
    const claims = primaryOf(name).claims;
    expect(claims.filter((c) => c.speaker === 'russian-ministry-of-defence' && c.quoted)).toHaveLength(1);
    expect(claims.filter((c) => c.speaker === 'ahmed-al-mismari')).toHaveLength(1);
  });

  it('dates the 2011 background', () => {
    expect(backgroundDates(name)).toEqual(expect.arrayContaining([['2011', 'year']]));
  });
});

describe('003 (The Moscow Times, 2021, dated by its sidecar)', () => {
  const name = '003_d4fe8bf4671f7d50.txt';

  it('takes 16 April 2021 from the editor', () => {
    const event = primaryOf(name);
    expect([event.date, event.datePrecision, event.dateBasis, event.language]).toEqual(['2021-04-16', 'day', 'editor', 'en']);
  });

  it('names Shoigu, Dbeibah, Russia and Libya, and no furniture', () => {
    const event = primaryOf(name);
    expect(event.actors).toEqual(expect.arrayContaining(['sergei-shoigu', 'abdulhamid-dbeibah', 'russia', 'libya']));
    expect(event.title).toBe('Russia Calls for Deeper Military Ties With Libya');
  });

  it('gives Shoigu two quotes and Dbeibah a quote and reported speech', () => {
    const claims = primaryOf(name).claims;
    expect(claims.filter((c) => c.speaker === 'sergei-shoigu' && c.quoted)).toHaveLength(2);
    expect(claims.some((c) => c.speaker === 'abdulhamid-dbeibah' && c.quoted)).toBe(true);
    expect(claims.some((c) => c.speaker === 'abdulhamid-dbeibah' && !c.quoted)).toBe(true);
  });

  it('dates 2011, February 2021 and Thursday 15 April 2021 as background', () => {
    expect(backgroundDates(name)).toEqual(expect.arrayContaining([['2011', 'year'], ['2021-02', 'month'], ['2021-04-15', 'day']]));
  });
});

describe('004 (Middle East Monitor, 2016)', () => {
  const name = '004_a498c142cf5f3b81.txt';

  it('resolves “a Monday statement” to 24 October 2016', () => {
    const event = primaryOf(name);
    expect([event.date, event.datePrecision, event.dateBasis, event.language]).toEqual(['2016-10-24', 'day', 'relative', 'en']);
  });

  it('names Sarraj, Molotkov and Russia', () => {
    expect(primaryOf(name).actors).toEqual(expect.arrayContaining(['fayez-al-sarraj', 'ivan-molotkov', 'russia']));
  });

  it('reports Sarraj and Molotkov', () => {
    const claims = primaryOf(name).claims;
    expect(speakers(primaryOf(name))).toEqual(new Set(['fayez-al-sarraj', 'ivan-molotkov']));
    expect(claims.every((c) => !c.quoted)).toBe(true);
  });

  it('dates “last year” to 2015 and makes no 2009 event from the tagline', () => {
    expect(backgroundDates(name)).toEqual(expect.arrayContaining([['2015', 'year']]));
    expect(corpus.events.some((e) => e.date?.startsWith('2009'))).toBe(false);
  });
});

describe('the build report', () => {
  it('accounts for every file under content/ exactly once', () => {
    const files = corpus.report.files.map((entry) => entry.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files).toEqual(expect.arrayContaining([file('000_8790f98fbe18f818.txt'), file('003_d4fe8bf4671f7d50.txt.meta.yaml'), 'content/actors.yaml']));
  });
});
