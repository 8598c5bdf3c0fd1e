import { describe, expect, it } from 'vitest';
import { reportConflict } from '../../../src/lib/merge/report-conflict.ts';
import { features } from './support/reports.ts';

describe('reportConflict', () => {
  it('sets apart kinds of happening that do not go together, unless one place of the gazetteer holds both', () => {
    const meeting = features({ key: 'a.txt', kinds: new Set(['meeting']) });
    expect(reportConflict(meeting, features({ key: 'b.txt', kinds: new Set(['statement']) }))).toBe('different kinds of happening');
    expect(reportConflict(meeting, features({ key: 'b.txt', kinds: new Set(['agreement']) }))).toBeNull();
    expect(reportConflict(meeting, features({ key: 'b.txt', kinds: new Set() }))).toBeNull();
    const inBenghazi = { places: new Set(['benghazi']) };
    expect(reportConflict(features({ ...meeting, ...inBenghazi }), features({ key: 'b.txt', kinds: new Set(['statement']), ...inBenghazi }))).toBeNull();
    // A seat of government is no such place: "accusing Moscow" names the state.
    const inMoscow = { seats: new Set(['russia']) };
    expect(reportConflict(features({ ...meeting, ...inMoscow }), features({ key: 'b.txt', kinds: new Set(['statement']), ...inMoscow }))).toBe(
      'different kinds of happening',
    );
  });

  it('sets apart two leads in different places of the gazetteer, not a dated reference and a lead', () => {
    const benghazi = features({ key: 'a.txt', places: new Set(['benghazi']) });
    expect(reportConflict(benghazi, features({ key: 'b.txt', places: new Set(['sirte']) }))).toBe('different places');
    expect(reportConflict(benghazi, features({ key: 'b.txt#2025-03-12', places: new Set(['sirte']) }))).toBeNull();
    expect(reportConflict(benghazi, features({ key: 'b.txt', places: new Set(['sirte', 'benghazi']) }))).toBeNull();
  });
});
