import { expect, test } from 'vitest';
import { buildDay } from '../../src/lib/build-day.ts';

const NOW = new Date('2026-12-02T23:59:59Z');

test('today in UTC', () => expect(buildDay({}, NOW)).toBe('2026-12-02'));

test('the day SOURCE_DATE_EPOCH names, when it is set', () => {
  expect(buildDay({ SOURCE_DATE_EPOCH: '1767225600' }, NOW)).toBe('2026-01-01');
});

test('a SOURCE_DATE_EPOCH that is not a number is ignored', () => {
  expect(buildDay({ SOURCE_DATE_EPOCH: 'yesterday' }, NOW)).toBe('2026-12-02');
});
