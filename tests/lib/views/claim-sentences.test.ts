import { describe, expect, it } from 'vitest';
import { claimSentencesByFile } from '../../../src/lib/views/claim-sentences.ts';
import { makeClaim } from './support/make-event.ts';

describe('claimSentencesByFile', () => {
  it('collects the distinct claim sentences of each file in text order', () => {
    const events = [
      { claims: [makeClaim('a.txt', 50, 80), makeClaim('b.txt', 0, 10)] },
      { claims: [makeClaim('a.txt', 0, 20), makeClaim('a.txt', 50, 80)] },
      {},
    ];
    expect(Object.fromEntries(claimSentencesByFile(events))).toEqual({
      'a.txt': [
        { start: 0, end: 20 },
        { start: 50, end: 80 },
      ],
      'b.txt': [{ start: 0, end: 10 }],
    });
  });

  it('lists no file that no claim comes from', () => {
    expect(claimSentencesByFile([{ claims: [makeClaim('a.txt', 0, 5)] }]).has('c.txt')).toBe(false);
  });
});
