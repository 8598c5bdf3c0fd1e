import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, dayOf } from '../../src/lib/calendar-days.ts';

describe('calendar days', () => {
  it('numbers days from 1970-01-01 in UTC, and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayOf(dayNumber('2011-10-20'))).toBe('2011-10-20');
  });

  it('moves a day across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});
