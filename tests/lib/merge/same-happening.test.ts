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
      because: 'date day 15, actors 20, kind 10, place 10, numbers 0: 55 ≥ 25',
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
      because: 'date month 8, actors 20, kind 10, place 10, numbers 0: 48 ≥ 25',
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
      because: 'date day 15, actors 0, kind 15, place 10, numbers 0: 40 ≥ 25',
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
      because: 'date undated 0, actors 20, kind 15, place 10, numbers 5: 50 ≥ 40',
    });
    const vaguer = features({ ...undated, places: new Set(), numbers: new Set() });
    expect(sameHappening(vaguer, dated)).toEqual({ same: false, score: 35, because: 'date undated 0, actors 20, kind 15, place 0, numbers 0: 35 < 40' });
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
    });
    expect(sameHappening(un, features({ ...un, key: 'b.txt#2011', file: 'b.txt' }))).toEqual({
      same: true,
      score: 5 + 6 + 15,
      because: 'date year 5, actors 6, kind 15, place 0, numbers 0: 26 ≥ 25',
    });
    const crowd = features({ key: 'a.txt', actors: new Map(['p', 'q', 'r', 's'].map((id) => [id, person])) });
    expect(sameHappening(crowd, features({ ...crowd, key: 'b.txt', file: 'b.txt' })).score).toBe(15 + 20);
  });

  it('is symmetric', () => {
    const a = features({ key: 'a.txt', ...haftarInMoscow, basis: 'relative' });
    const b = features({ key: 'b.txt#2025-03', ...haftarInMoscow, date: '2025-03', precision: 'month' });
    expect(sameHappening(b, a)).toEqual(sameHappening(a, b));
  });
});
