// francIndexed must give franc-min's answer to the letter: it is franc's scoring, only indexed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { francIndexed } from '../../src/lib/franc-indexed.ts';

const FOLDERS = ['content/articles', 'tests/fixtures/outlets'];
const texts = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => readFileSync(path.join(folder, name), 'utf-8')),
);
const CANDIDATES: (readonly string[])[] = [[], ['eng', 'fra', 'rus'], ['rus', 'ukr', 'bul'], ['fra', 'eng'], ['deu', 'spa', 'ita', 'eng']];
const LENGTHS = [0, 10, 30, 80, 200, 500, 2500];

const both = (sample: string, minLength: number, only: readonly string[]) => ({
  franc: franc(sample, { minLength, ...(only.length > 0 ? { only: [...only] } : {}) }),
  indexed: francIndexed(sample, { minLength, only }),
});

describe('francIndexed', () => {
  it('agrees with franc on every article and fixture, cut to many lengths, with every candidate list', () => {
    const disagreements: string[] = [];
    for (const [t, text] of texts.entries()) {
      for (const length of LENGTHS) {
        for (const only of CANDIDATES) {
          const sample = text.slice(0, length);
          const { franc: expected, indexed } = both(sample, 10, only);
          if (indexed !== expected) disagreements.push(`text ${t}, ${length} chars, only [${only.join(',')}]: ${indexed} ≠ ${expected}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with franc on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom(...CANDIDATES), (sample, only) => {
        const { franc: expected, indexed } = both(sample, 5, only);
        expect(indexed).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
