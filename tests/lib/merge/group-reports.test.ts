import { describe, expect, it } from 'vitest';
import { groupReports } from '../../../src/lib/merge/group-reports.ts';
import { features, weights } from './support/reports.ts';

const visit = {
  actors: new Map([
    ['khalifa-haftar', weights.person],
    ['andrei-belousov', weights.person],
    ['russia', weights.state],
  ]),
  kinds: new Set(['meeting'] as const),
  seats: new Set(['russia']),
};

describe('groupReports', () => {
  it('joins the pairs found to be one happening into groups, and leaves the rest alone', () => {
    const reports = [
      features({ key: 'en.txt', ...visit }),
      features({ key: 'fr.txt', ...visit }),
      features({ key: 'ru.txt#2025-03', ...visit, date: '2025-03', precision: 'month' }),
      features({ key: 'later.txt', ...visit, date: '2025-06-17' }),
      features({ key: 'other.txt', actors: new Map([['sergey-lavrov', weights.person]]) }),
    ];
    expect(groupReports(reports)).toEqual([['en.txt', 'fr.txt', 'ru.txt#2025-03'], ['later.txt'], ['other.txt']]);
  });

  it('keeps a group date-compatible: a report a day either side of two others joins the surer pair', () => {
    const before = features({ key: 'a.txt', ...visit, date: '2025-03-11', seats: new Set() });
    const middle = features({ key: 'b.txt', ...visit, basis: 'relative' });
    const after = features({ key: 'c.txt', ...visit, date: '2025-03-13' });
    // b fits a (no place in common) and c (Moscow in both), but a and c are two days apart: b goes with c.
    expect(groupReports([before, middle, after])).toEqual([['a.txt'], ['b.txt', 'c.txt']]);
  });

  it('takes the pairs surest first, then by their keys, whatever order the reports come in', () => {
    const before = features({ key: 'a.txt', ...visit, date: '2025-03-11', seats: new Set() });
    const middle = features({ key: 'b.txt', ...visit, basis: 'relative' });
    const after = features({ key: 'c.txt', ...visit, date: '2025-03-13' });
    for (const order of [
      [after, middle, before],
      [middle, before, after],
    ]) {
      expect(groupReports(order)).toEqual([['a.txt'], ['b.txt', 'c.txt']]);
    }
    // b fits a and c equally surely (55 each), and a and c are two days apart: the pair with the first keys goes first.
    const tiedBefore = features({ ...before, seats: visit.seats });
    expect(groupReports([after, middle, tiedBefore])).toEqual([['a.txt', 'b.txt'], ['c.txt']]);
  });

  it('lets a report dated less finely join neither of two happenings it fits that cannot be one', () => {
    const deal = {
      actors: new Map([
        ['khalifa-haftar', weights.person],
        ['yunus-bek-yevkurov', weights.person],
      ]),
      kinds: new Set(['agreement'] as const),
      places: new Set(['benghazi']),
    };
    const undated = features({ key: 'blog.txt', ...deal, date: null, precision: null, basis: null });
    const january = features({ key: 'jan.txt', ...deal, date: '2025-01-21' });
    const june = features({ key: 'jun.txt', ...deal, date: '2025-06-17' });
    expect(groupReports([undated, january, june])).toEqual([['blog.txt'], ['jan.txt'], ['jun.txt']]);
    const januaryToo = features({ key: 'jan2.txt', ...deal, date: '2025-01-21' });
    expect(groupReports([undated, january, januaryToo])).toEqual([['blog.txt', 'jan.txt', 'jan2.txt']]);
  });

  it('never puts two reports of one article in a group', () => {
    const reports = [
      features({ key: 'a.txt', ...visit }),
      features({ key: 'b.txt', ...visit }),
      features({ key: 'b.txt#2025-03', ...visit, date: '2025-03', precision: 'month' }),
    ];
    expect(groupReports(reports)).toEqual([['a.txt', 'b.txt'], ['b.txt#2025-03']]);
  });
});
