import { describe, expect, it } from 'vitest';
import { sameHappening } from '../../../src/lib/merge/same-happening.ts';
import { features, weights } from './support/reports.ts';

const { person, armedGroup, organization, state } = weights;
const haftarInMoscow = {
  actors: new Map([
    ['khalifa-haftar', person],
    ['andrei-belousov', person],
    ['russia', state],
    ['libya', state],
  ]),
  kinds: new Set(['meeting'] as const),
  seats: new Set(['russia']),
};

describe('sameHappening', () => {
  it('merges two reports of one visit on one day: the actors, the kind and the place agree', () => {
    const english = features({ key: 'en.txt', ...haftarInMoscow, basis: 'relative' });
    const french = features({ key: 'fr.txt', ...haftarInMoscow, date: '2025-03-13' });
    expect(sameHappening(english, french)).toEqual({
      same: true,
      score: 15 + 20 + 10 + 10,
      because: 'date day 15, actors 20, kind 10, place 10, numbers 0, wording 0: 55 ≥ 25',
    });
  });

  it('keeps apart a meeting in Moscow and a statement in Tripoli the same day, whoever they name', () => {
    const meeting = features({ key: 'meeting.txt', ...haftarInMoscow });
    const statement = features({ key: 'statement.txt', ...haftarInMoscow, kinds: new Set(['statement'] as const), seats: new Set(['libya']) });
    expect(sameHappening(meeting, statement)).toEqual({ same: false, score: 0, because: 'different kinds of happening' });
  });

  it('keeps apart two visits months apart, and two reports of one article', () => {
    expect(sameHappening(features({ key: 'a.txt', ...haftarInMoscow }), features({ key: 'b.txt', ...haftarInMoscow, date: '2025-06-17' })).because).toBe(
      'dates apart',
    );
    expect(
      sameHappening(features({ key: 'a.txt', ...haftarInMoscow }), features({ key: 'a.txt#2025-03', ...haftarInMoscow, precision: 'month', date: '2025-03' }))
        .because,
    ).toBe('one article');
  });

  it('joins a report dated by its month to the day it holds, on a particular actor, kind and place', () => {
    const month = features({ key: 'blog.txt', ...haftarInMoscow, date: '2025-03', precision: 'month' });
    expect(sameHappening(month, features({ key: 'wire.txt', ...haftarInMoscow }))).toEqual({
      same: true,
      score: 8 + 20 + 10 + 10,
      because: 'date month 8, actors 20, kind 10, place 10, numbers 0, wording 0: 48 ≥ 25',
    });
  });

  it('does not join a month to a day through states alone', () => {
    const states = {
      actors: new Map([
        ['russia', state],
        ['libya', state],
      ]),
      kinds: new Set(['agreement'] as const),
    };
    const month = features({ key: 'a.txt#2020-01', date: '2020-01', precision: 'month', ...states });
    const day = features({ key: 'b.txt#2020-01-08', date: '2020-01-08', ...states });
    expect(sameHappening(month, day)).toEqual({ same: false, score: 8 + 2 + 15, because: 'date month, and no one in particular in common' });
  });

  it('keeps apart two reports that each name people, none in common', () => {
    const sarraj = features({
      key: 'a.txt',
      actors: new Map([
        ['fayez-al-sarraj', person],
        ['sergey-lavrov', person],
        ['russia', state],
      ]),
      kinds: new Set(['meeting'] as const),
    });
    const haftar = features({
      key: 'b.txt',
      actors: new Map([
        ['khalifa-haftar', person],
        ['sergei-shoigu', person],
        ['russia', state],
      ]),
      kinds: new Set(['meeting'] as const),
    });
    expect(sameHappening(sarraj, haftar)).toEqual({ same: false, score: 15 + 1 + 10, because: 'no one in particular in common' });
  });

  it('lets a reference naming no one in particular join a report of the same day, kind and place', () => {
    const reference = features({
      key: 'fr.txt#2025-04-07',
      date: '2025-04-07',
      actors: new Map([['libya', state]]),
      kinds: new Set(['delivery'] as const),
      places: new Set(['tobruk']),
    });
    const report = features({
      key: 'en.txt',
      date: '2025-04-07',
      basis: 'relative',
      actors: new Map([
        ['khalifa-haftar', person],
        ['russia', state],
      ]),
      kinds: new Set(['delivery'] as const),
      places: new Set(['tobruk']),
    });
    expect(sameHappening(reference, report)).toEqual({
      same: true,
      score: 15 + 15 + 10,
      because: 'date day 15, actors 0, kind 15, place 10, numbers 0, wording 0: 40 ≥ 25',
    });
    expect(sameHappening(reference, features({ ...report, key: 'de.txt', places: new Set() })).because).toBe('no actor in common, nor kind and place');
  });

  it('asks more of an undated report: a kind of happening in common, and more evidence', () => {
    const deployment = {
      actors: new Map([
        ['africa-corps', armedGroup],
        ['khalifa-haftar', person],
        ['russia', state],
      ]),
      kinds: new Set(['deployment'] as const),
      places: new Set(['al-jufra']),
    };
    const undated = features({ key: 'blog.txt', date: null, precision: null, basis: null, ...deployment, numbers: new Set(['300']) });
    const dated = features({ key: 'wire.txt', ...deployment, numbers: new Set(['300', '76']) });
    expect(sameHappening(undated, dated)).toEqual({
      same: true,
      score: 20 + 15 + 10 + 5,
      because: 'date undated 0, actors 20, kind 15, place 10, numbers 5, wording 0: 50 ≥ 40',
    });
    const vaguer = features({ ...undated, places: new Set(), numbers: new Set() });
    expect(sameHappening(vaguer, dated)).toEqual({
      same: false,
      score: 35,
      because: 'date undated 0, actors 20, kind 15, place 0, numbers 0, wording 0: 35 < 40',
    });
    const statement = features({ ...undated, kinds: new Set(['statement'] as const) });
    expect(sameHappening(statement, features({ ...dated, kinds: new Set(['statement'] as const) })).because).toBe(
      'undated, and no kind of happening in common',
    );
  });

  it('weighs an organisation half a person, a state a tenth, and caps the actors at two people', () => {
    const un = features({
      key: 'a.txt#2011',
      date: '2011',
      precision: 'year',
      actors: new Map([
        ['united-nations', organization],
        ['libya', state],
      ]),
      kinds: new Set(['sanctions'] as const),
      numbers: new Set(['1970']),
    });
    expect(sameHappening(un, features({ ...un, key: 'b.txt#2011', file: 'b.txt' }))).toEqual({
      same: true,
      score: 5 + 6 + 15 + 5,
      because: 'date year 5, actors 6, kind 15, place 0, numbers 5, wording 0: 31 ≥ 25',
    });
    // Without the resolution's number, the UN and sanctions fit both of the year's resolutions on Libya (1970 and 1973).
    expect(sameHappening(features({ ...un, numbers: new Set() }), features({ ...un, key: 'b.txt#2011', file: 'b.txt', numbers: new Set() }))).toEqual({
      same: false,
      score: 5 + 6 + 15,
      because: 'date year, and only one of an actor in particular, a place of the gazetteer or a number in common',
    });
    const crowd = features({ key: 'a.txt', actors: new Map(['p', 'q', 'r', 's'].map((id) => [id, person])) });
    expect(sameHappening(crowd, features({ ...crowd, key: 'b.txt', file: 'b.txt' })).score).toBe(15 + 20);
  });

  it('asks a date of a year for two particular signals in common: one actor and a kind fit several visits that year', () => {
    const visit = {
      date: '2017',
      precision: 'year' as const,
      actors: new Map([
        ['khalifa-haftar', person],
        ['russia', state],
      ]),
      kinds: new Set(['meeting'] as const),
    };
    const first = features({ key: 'a.txt#2017', ...visit });
    const second = features({ key: 'b.txt#2017', ...visit });
    expect(sameHappening(first, second)).toEqual({
      same: false,
      score: 5 + 11 + 10,
      because: 'date year, and only one of an actor in particular, a place of the gazetteer or a number in common',
    });
    // A seat of government is no second signal: every visit to Moscow names Moscow.
    expect(sameHappening(features({ ...first, seats: new Set(['russia']) }), features({ ...second, seats: new Set(['russia']) }))).toMatchObject({
      same: false,
      score: 5 + 11 + 10 + 10,
    });
    const withAide = { actors: new Map([...visit.actors, ['mikhail-bogdanov', person]]) };
    expect(sameHappening(features({ ...first, ...withAide }), features({ ...second, ...withAide }))).toEqual({
      same: true,
      score: 5 + 20 + 10,
      because: 'date year 5, actors 20, kind 10, place 0, numbers 0, wording 0: 35 ≥ 25',
    });
    const inBenghazi = { places: new Set(['benghazi']) };
    expect(sameHappening(features({ ...first, ...inBenghazi }), features({ ...second, ...inBenghazi }))).toEqual({
      same: true,
      score: 5 + 11 + 10 + 10,
      because: 'date year 5, actors 11, kind 10, place 10, numbers 0, wording 0: 36 ≥ 25',
    });
    const sameSum = { numbers: new Set(['4.5']) };
    expect(sameHappening(features({ ...first, ...sameSum }), features({ ...second, ...sameSum }))).toEqual({
      same: true,
      score: 5 + 11 + 10 + 5,
      because: 'date year 5, actors 11, kind 10, place 0, numbers 5, wording 0: 31 ≥ 25',
    });
  });

  it('asks a month the same of visits, talks, statements and deliveries, which come in series, not of a rarer kind', () => {
    const delivery = {
      actors: new Map([
        ['khalifa-haftar', person],
        ['russia', state],
      ]),
      kinds: new Set(['delivery'] as const),
    };
    const month = features({ key: 'a.txt#2025-03', date: '2025-03', precision: 'month', ...delivery });
    const day = features({ key: 'b.txt', ...delivery });
    expect(sameHappening(month, day)).toEqual({
      same: false,
      score: 8 + 11 + 15,
      because: 'date month, and only one of an actor in particular, a place of the gazetteer or a number in common',
    });
    const offensive = { kinds: new Set(['strike'] as const) };
    expect(sameHappening(features({ ...month, ...offensive }), features({ ...day, ...offensive }))).toEqual({
      same: true,
      score: 8 + 11 + 15,
      because: 'date month 8, actors 11, kind 15, place 0, numbers 0, wording 0: 34 ≥ 25',
    });
  });

  it('lets a year and one person tell a happening that befalls its subject once: a fall, a death', () => {
    const fall = {
      date: '2011',
      precision: 'year' as const,
      actors: new Map([
        ['muammar-gaddafi', person],
        ['libya', state],
      ]),
      kinds: new Set(['uprising', 'death'] as const),
    };
    expect(sameHappening(features({ key: 'a.txt#2011', ...fall }), features({ key: 'b.txt#2011', ...fall, kinds: new Set(['uprising'] as const) }))).toEqual({
      same: true,
      score: 5 + 11 + 15,
      because: 'date year 5, actors 11, kind 15, place 0, numbers 0, wording 0: 31 ≥ 25',
    });
    // Strikes that killed come in series: a death beside a strike is no fall.
    const raid = { ...fall, actors: new Map([['wagner-group', armedGroup]]), kinds: new Set(['strike', 'death'] as const) };
    expect(sameHappening(features({ key: 'a.txt#2011', ...raid }), features({ key: 'b.txt#2011', ...raid }))).toEqual({
      same: false,
      score: 5 + 10 + 15,
      because: 'date year, and only one of an actor in particular, a place of the gazetteer or a number in common',
    });
  });

  it('lends a loose date its day of slack only on a kind of happening in common or strong evidence', () => {
    const published = features({
      key: 'a.txt',
      basis: 'publication',
      actors: new Map([['khalifa-haftar', person]]),
    });
    const strike = features({
      key: 'b.txt',
      date: '2025-03-11',
      actors: new Map([['khalifa-haftar', person]]),
      kinds: new Set(['strike'] as const),
    });
    expect(sameHappening(published, strike)).toEqual({
      same: false,
      score: 15 + 10,
      because: 'a day apart, no kind of happening in common, and not two actors in particular, a place of the gazetteer or a number',
    });
    // The same day needs no slack.
    expect(sameHappening(published, features({ ...strike, date: '2025-03-12' }))).toEqual({
      same: true,
      score: 15 + 10,
      because: 'date day 15, actors 10, kind 0, place 0, numbers 0, wording 0: 25 ≥ 25',
    });
    const inSirte = { places: new Set(['sirte']) };
    expect(sameHappening(features({ ...published, ...inSirte }), features({ ...strike, ...inSirte }))).toEqual({
      same: true,
      score: 15 + 10 + 10,
      because: 'date day 15, actors 10, kind 0, place 10, numbers 0, wording 0: 35 ≥ 25',
    });
    const two = {
      actors: new Map([
        ['khalifa-haftar', person],
        ['libyan-national-army', armedGroup],
      ]),
    };
    expect(sameHappening(features({ ...published, ...two }), features({ ...strike, ...two }))).toEqual({
      same: true,
      score: 15 + 20,
      because: 'date day 15, actors 20, kind 0, place 0, numbers 0, wording 0: 35 ≥ 25',
    });
    // A kind in common needs no more: a visit reported the next day.
    const visit = { kinds: new Set(['meeting'] as const) };
    expect(sameHappening(features({ ...published, ...visit }), features({ ...strike, ...visit }))).toEqual({
      same: true,
      score: 15 + 10 + 10,
      because: 'date day 15, actors 10, kind 10, place 0, numbers 0, wording 0: 35 ≥ 25',
    });
  });

  it('never joins an undated report without a kind of happening in common, however much else agrees', () => {
    const much = {
      actors: new Map([
        ['africa-corps', armedGroup],
        ['khalifa-haftar', person],
      ]),
      places: new Set(['al-jufra']),
      numbers: new Set(['14', '48312']),
    };
    const undated = features({ key: 'blog.txt', date: null, precision: null, basis: null, ...much });
    expect(sameHappening(undated, features({ key: 'wire.txt', ...much, kinds: new Set(['deployment'] as const) }))).toEqual({
      same: false,
      score: 20 + 10 + 10,
      because: 'undated, and no kind of happening in common',
    });
  });

  it('is symmetric', () => {
    const a = features({ key: 'a.txt', ...haftarInMoscow, basis: 'relative' });
    const b = features({ key: 'b.txt#2025-03', ...haftarInMoscow, date: '2025-03', precision: 'month' });
    expect(sameHappening(b, a)).toEqual(sameHappening(a, b));
  });

  it('takes a dated reference in the same words as another for the same happening: a reused background paragraph', () => {
    const formed = {
      date: '2021-03',
      precision: 'month' as const,
      actors: new Map([
        ['government-of-national-unity', organization],
        ['united-nations', organization],
      ]),
    };
    const wording = 'the government of national unity was formed in march 2021 under a un led process';
    const a = features({ key: 'a.txt#2021-03', ...formed, wording });
    expect(sameHappening(a, features({ key: 'b.txt#2021-03', ...formed, wording }))).toEqual({
      same: true,
      score: 10 + 10 + 15,
      because: 'date month 10, actors 10, kind 0, place 0, numbers 0, wording 15: 35 ≥ 25',
    });
    // Other words on the same two organisations in the same month: nothing says it is one happening.
    expect(
      sameHappening(a, features({ key: 'c.txt#2021-03', ...formed, wording: 'the un named envoys to the government of national unity in march 2021' })),
    ).toEqual({
      same: false,
      score: 20,
      because: 'date month 10, actors 10, kind 0, place 0, numbers 0, wording 0: 20 < 25',
    });
  });
});
