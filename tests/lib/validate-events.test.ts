import { expect, test } from 'vitest';
import { validateEvents } from '../../src/lib/validate-events.ts';
import { makeEvent } from './views/support/make-event.ts';

test('keeps the events that match the schema and names the source of each one dropped', () => {
  const { added: _added, ...good } = makeEvent({ id: '2020-visit' });
  const bad = { ...good, id: 'Not An Id' };
  const { valid, problems } = validateEvents([{ event: good, reports: ['a'] }, { event: bad, reports: ['b'] }]);
  expect(valid.map((item) => item.reports)).toEqual([['a']]);
  expect([...problems]).toEqual([['content/articles/a.txt', ['event Not An Id: id: Invalid string: must match pattern /^[a-z0-9]+(-[a-z0-9]+)*$/; event dropped']]]);
});
