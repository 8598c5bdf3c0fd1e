import { describe, expect, it } from 'vitest';
import { cutDateToPrecision } from '../../../src/lib/views/cut-date-to-precision.ts';

describe('cutDateToPrecision', () => {
  it('cuts a date to its precision', () => {
    expect(cutDateToPrecision('2023-08-22', 'day')).toBe('2023-08-22');
    expect(cutDateToPrecision('2023-08-22', 'month')).toBe('2023-08');
    expect(cutDateToPrecision('2023-08', 'year')).toBe('2023');
  });

  it('leaves a date as written when the precision is unknown', () => {
    expect(cutDateToPrecision('2012-06', null)).toBe('2012-06');
  });
});
