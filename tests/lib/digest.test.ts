import { expect, test } from 'vitest';
import { digestOf } from '../../src/lib/digest.ts';

test('tells lists of parts apart, not just their concatenation, NUL bytes included', () => {
  expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
  expect(digestOf('a\0', 'b')).not.toBe(digestOf('a', '\0b'));
  expect(digestOf(null)).not.toBe(digestOf(''));
});

test('reads text as UTF-8, so bytes and their text agree, and gives SHA-256 hex', () => {
  expect(digestOf(new TextEncoder().encode('é'))).toBe(digestOf('é'));
  expect(digestOf('a')).toMatch(/^[0-9a-f]{64}$/);
});
