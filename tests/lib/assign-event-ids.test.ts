import { describe, expect, test } from 'vitest';
import { assignEventIds, resolveRetired } from '../../src/lib/assign-event-ids.ts';
import { EMPTY_LOCK } from '../../src/lib/id-lock-file.ts';
import { reportFile } from '../../src/lib/merge/report-key.ts';
import type { IdLock } from '../../src/schemas/id-lock.ts';

const A = 'content/articles/a.txt';
const B = 'content/articles/b.txt';
const C = 'content/articles/c.txt';

/** A merged event as the id assignment sees it: a proposed id, its reports, its mentions. */
function merged(id: string, reports: string[], mentionedBy?: string[]) {
  return { event: { id, ...(mentionedBy ? { mentionedBy } : {}) }, reports };
}

const firstBuild = assignEventIds([merged('2021-04-16-visit', [A]), merged('2011-uprising', [`${A}#2011`], ['2021-04-16-visit'])], EMPTY_LOCK, '2026-12-01');

describe('assignEventIds', () => {
  test('a first build keeps the proposed ids and numbers them in id order', () => {
    expect(firstBuild.events).toEqual([
      { id: '2021-04-16-visit', added: { date: '2026-12-01', order: 2 } },
      {
        id: '2011-uprising',
        mentionedBy: ['2021-04-16-visit'],
        added: { date: '2026-12-01', order: 1 },
      },
    ]);
    expect(firstBuild.lock).toEqual({
      version: 1,
      events: {
        '2011-uprising': {
          added: '2026-12-01',
          order: 1,
          reports: [`${A}#2011`],
        },
        '2021-04-16-visit': { added: '2026-12-01', order: 2, reports: [A] },
      },
      retired: {},
      sources: {},
    });
  });

  test('an id follows its reports when the title and date it was made from change', () => {
    const next = assignEventIds([merged('2021-04-15-better-headline', [A])], firstBuild.lock, '2026-12-02');
    expect(next.events[0]).toEqual({
      id: '2021-04-16-visit',
      added: { date: '2026-12-01', order: 2 },
    });
  });

  test('a new report of the same happening joins the event under its old id', () => {
    const next = assignEventIds([merged('2021-04-16-la-visite', [A, B].sort())], firstBuild.lock, '2026-12-02');
    expect(next.events.map((event) => event.id)).toEqual(['2021-04-16-visit']);
    expect(next.lock.events['2021-04-16-visit']?.reports).toEqual([A, B]);
  });

  test('a new event whose proposed id is taken gets the next free suffix, retired ids included', () => {
    const lock: IdLock = {
      ...firstBuild.lock,
      retired: {
        '2021-04-16-visit-2': {
          added: '2026-11-01',
          order: 9,
          retired: '2026-11-02',
          to: null,
          reason: 'gone',
          reports: [C],
        },
      },
    };
    const next = assignEventIds([merged('2021-04-16-visit', [A]), merged('2021-04-16-visit', [B])], lock, '2026-12-02');
    expect(next.events.map((event) => [event.id, event.added.order])).toEqual([
      ['2021-04-16-visit', 2],
      ['2021-04-16-visit-3', 10],
    ]);
  });

  test('two events merged into one: the older id stays, the other redirects to it', () => {
    const two = assignEventIds([merged('2021-04-16-visit', [A]), merged('2021-04-16-visite', [B])], EMPTY_LOCK, '2026-12-01');
    const one = assignEventIds([merged('2021-04-16-visite', [A, B])], two.lock, '2026-12-02');
    expect(one.events.map((event) => event.id)).toEqual(['2021-04-16-visit']);
    expect(one.lock.retired).toEqual({
      '2021-04-16-visite': {
        added: '2026-12-01',
        order: 2,
        reports: [B],
        retired: '2026-12-02',
        to: '2021-04-16-visit',
        reason: 'merged into another event reporting the same happening',
      },
    });
  });

  test('when two events become one, the older id stays even if the newer had more reports', () => {
    const two = assignEventIds([merged('2021-04-16-visit', [A]), merged('2021-04-16-visite', [B, C])], EMPTY_LOCK, '2026-12-01');
    expect(two.lock.events['2021-04-16-visit']?.order).toBe(1);
    const one = assignEventIds([merged('2021-04-16-visite', [A, B, C])], two.lock, '2026-12-02');
    expect(one.events.map((event) => event.id)).toEqual(['2021-04-16-visit']);
    expect(one.lock.retired['2021-04-16-visite']?.to).toBe('2021-04-16-visit');
  });

  test('an event split in two: the id stays with the piece holding most of its reports, then the smallest report key', () => {
    const whole = assignEventIds([merged('x', [A, B, C])], EMPTY_LOCK, '2026-12-01');
    const split = assignEventIds([merged('y', [C]), merged('z', [A, B])], whole.lock, '2026-12-02');
    expect(split.events.map((event) => event.id)).toEqual(['y', 'x']);
    const even = assignEventIds([merged('z', [B]), merged('y', [A])], assignEventIds([merged('x', [A, B])], EMPTY_LOCK, '2026-12-01').lock, '2026-12-02');
    expect(even.events.map((event) => event.id)).toEqual(['z', 'x']);
  });

  test('an article moved to another folder keeps its ids: same date and title, so the same proposed id', () => {
    const moved = 'content/articles/2021/a.txt';
    const next = assignEventIds([merged('2021-04-16-visit', [moved]), merged('2011-uprising', [`${moved}#2011`], ['2021-04-16-visit'])], firstBuild.lock, '2026-12-02');
    expect(next.events.map((event) => [event.id, event.added.order])).toEqual([
      ['2021-04-16-visit', 2],
      ['2011-uprising', 1],
    ]);
    expect(next.lock.retired).toEqual({});
  });

  test('a dated reference read more finely keeps its id', () => {
    const next = assignEventIds([merged('2021-04-16-visit', [A]), merged('2011-02-uprising-began', [`${A}#2011-02`], ['2021-04-16-visit'])], firstBuild.lock, '2026-12-02');
    expect(next.events.map((event) => event.id)).toEqual(['2021-04-16-visit', '2011-uprising']);
    expect(next.lock.events['2011-uprising']?.reports).toEqual([`${A}#2011-02`]);
  });

  test('a dated reference that no longer appears sends its readers to its article’s event', () => {
    const next = assignEventIds([merged('2021-04-16-visit', [A])], firstBuild.lock, '2026-12-02');
    expect(next.lock.retired['2011-uprising']).toMatchObject({
      to: '2021-04-16-visit',
      reason: 'its article no longer reports it; sent to the event the article reports',
    });
  });

  test('an article removed retires its ids with nowhere to go; restored, they come back', () => {
    const removed = assignEventIds([], firstBuild.lock, '2026-12-02');
    expect(removed.lock.events).toEqual({});
    expect(removed.lock.retired['2021-04-16-visit']).toMatchObject({
      to: null,
      reason: 'its source was removed from the timeline',
      order: 2,
    });
    const restored = assignEventIds([merged('2021-04-16-visit-renamed', [A])], removed.lock, '2026-12-03');
    expect(restored.events).toEqual([{ id: '2021-04-16-visit', added: { date: '2026-12-01', order: 2 } }]);
    expect(Object.keys(restored.lock.retired)).toEqual(['2011-uprising']);
  });

  test('the result does not depend on the order events come in', () => {
    const events = [merged('x-2', [B]), merged('x', [A]), merged('2021-04-16-visit', [C]), merged('y', [`${A}#2011`], ['x'])];
    const forward = assignEventIds(events, firstBuild.lock, '2026-12-02');
    const backward = assignEventIds([...events].reverse(), firstBuild.lock, '2026-12-02');
    const byId = (result: typeof forward) => [...result.events].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(backward)).toEqual(byId(forward));
    expect(byId(forward).map((event) => [event.id, event.mentionedBy])).toEqual([
      ['2011-uprising', ['2021-04-16-visit']],
      ['2021-04-16-visit', undefined],
      ['2021-04-16-visit-2', undefined],
      ['x-2', undefined],
    ]);
    expect(backward.lock).toEqual(forward.lock);
  });
});

describe('resolveRetired', () => {
  const lock: IdLock = {
    version: 1,
    events: { live: { added: '2026-12-01', order: 1, reports: [A] } },
    retired: {
      old: {
        added: '2026-11-01',
        order: 2,
        reports: [B],
        retired: '2026-11-20',
        to: 'older',
        reason: 'merged',
      },
      older: {
        added: '2026-11-01',
        order: 3,
        reports: [B],
        retired: '2026-11-21',
        to: 'live',
        reason: 'merged',
      },
      gone: {
        added: '2026-11-01',
        order: 4,
        reports: [C],
        retired: '2026-11-21',
        to: null,
        reason: 'removed',
      },
      loop: {
        added: '2026-11-01',
        order: 5,
        reports: [C],
        retired: '2026-11-21',
        to: 'loop',
        reason: 'hand-edited',
      },
    },
    sources: {},
  };
  test('follows ids retired in turn to a live one', () => expect(resolveRetired('old', lock)).toBe('live'));
  test('ends at null for an event that left the timeline, or a loop', () => {
    expect(resolveRetired('gone', lock)).toBeNull();
    expect(resolveRetired('loop', lock)).toBeNull();
  });
});

test('reportFile is the article a report key belongs to', () => {
  expect([reportFile(A), reportFile(`${A}#2011-02`)]).toEqual([A, A]);
  // A file name may hold a '#' of its own.
  expect(reportFile('content/articles/note #2.txt#2011-02-15')).toBe('content/articles/note #2.txt');
});
