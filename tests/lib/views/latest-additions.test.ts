import { expect, test } from 'vitest';
import { latestAdditions } from '../../../src/lib/views/latest-additions.ts';
import { makeEvent } from './support/make-event.ts';

const events = [
  makeEvent({ id: 'first', added: { date: '2026-12-01', order: 1 } }),
  makeEvent({ id: 'background', kind: 'background', added: { date: '2026-12-03', order: 4 } }),
  makeEvent({ id: 'third', added: { date: '2026-12-03', order: 3 } }),
  makeEvent({ id: 'second', added: { date: '2026-12-02', order: 2 } }),
];

test('primary events, latest added first, as many as asked for', () => {
  expect(latestAdditions(events, 2).map((event) => event.id)).toEqual(['third', 'second']);
  expect(latestAdditions(events).map((event) => event.id)).toEqual(['third', 'second', 'first']);
});
