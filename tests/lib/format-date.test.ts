import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../../src/lib/format-date.ts';

describe('formatEventDate', () => {
  it('writes each precision in words', () => {
    expect(formatEventDate('2023-08-22')).toBe('22 August 2023');
    expect(formatEventDate('2012-06')).toBe('June 2012');
    expect(formatEventDate('2011')).toBe('2011');
  });
});
