// English text that names no kind of happening, and no place of one.
import { describe, expect, it } from 'vitest';
import { readHappening } from '../../../src/lib/merge/read-happening.ts';

describe('readHappening: English negatives', () => {
  it.each([
    'Moscow has backed Haftar against the GNA in the conflict.',
    'Moscow’s position on the matter is well balanced.',
    'The Libyan army has a large number of Russian and Soviet-made weapons.',
    'Everything will depend on Libya and its new authorities.',
    'A long-time commander in Libyan armed forces, he lived for years in Virginia.',
  ])('finds nothing in “%s”', (text) => {
    const { kinds, places, seats } = readHappening(text);
    expect({ kinds: [...kinds], places: [...places], seats: [...seats] }).toEqual({ kinds: [], places: [], seats: [] });
  });
});
