import { describe, expect, it } from 'vitest';
import { claimSentences } from '../../../src/lib/views/claim-sentences.ts';
import { makeClaim } from './support/make-event.ts';

describe('claimSentences', () => {
  it('collects the distinct claim sentences of one file in text order', () => {
    const events = [
      { claims: [makeClaim('a.txt', 50, 80), makeClaim('b.txt', 0, 10)] },
      { claims: [makeClaim('a.txt', 0, 20), makeClaim('a.txt', 50, 80)] },
    ];
    expect(claimSentences('a.txt', events)).toEqual([
      { start: 0, end: 20 },
      { start: 50, end: 80 },
    ]);
  });

  it('finds none for a file no claim comes from', () => {
    expect(claimSentences('c.txt', [{ claims: [makeClaim('a.txt', 0, 5)] }])).toEqual([]);
  });
});
