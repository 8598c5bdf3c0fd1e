import { describe, expect, it } from 'vitest';
import { orderEvents } from '../../src/lib/order-events.ts';

describe('orderEvents', () => {
  it('puts coarser dates first in their period, undated last, ties by id', () => {
    const events = [
      { id: 'undated-b', date: null },
      { id: 'c', date: '2011-02-15' },
      { id: 'b', date: '2011' },
      { id: 'undated-a', date: null },
      { id: 'd', date: '2011-02' },
      { id: 'a', date: '2008-04-17' },
      { id: 'e', date: '2011' },
    ];
    expect(orderEvents(events).map((e) => e.id)).toEqual(['a', 'b', 'e', 'd', 'c', 'undated-a', 'undated-b']);
  });
});
