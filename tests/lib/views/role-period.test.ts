import { describe, expect, it } from 'vitest';
import { rolePeriod } from '../../../src/lib/views/role-period.ts';

describe('rolePeriod', () => {
  it('writes both ends at their own precision', () => {
    expect(rolePeriod({ from: '2012-11-06', to: '2024-05' })).toBe('6 November 2012 – May 2024');
  });

  it('writes an open office as "since" and one known only to end as "until"', () => {
    expect(rolePeriod({ from: '2017' })).toBe('since 2017');
    expect(rolePeriod({ to: '2011-03' })).toBe('until March 2011');
  });

  it('gives nothing when no date is known', () => {
    expect(rolePeriod({})).toBeNull();
  });
});
