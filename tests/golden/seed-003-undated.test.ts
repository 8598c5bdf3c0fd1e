// Seed 003 (The Moscow Times) as it would come without its sidecar: the article carries no date, and
// its sidecar gives 16 April 2021 from other reports of Dbeibah's visit. Through the corpus extraction,
// what it mentions must date it to 2021 or narrower, and rightly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/lib/extract-corpus.ts';
import { REGISTRY_TEXT } from '../helpers/extract-text.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FILE = 'content/articles/003_d4fe8bf4671f7d50.txt';
// The seed's own bytes, and no sidecar.
const corpus = extractCorpus([{ file: FILE, role: 'article', bytes: readFileSync(path.join(ROOT, FILE)) }], REGISTRY_TEXT);
const primary = corpus.events.find((event) => event.kind === 'primary');

describe('003 without its sidecar', () => {
  it('is dated 2021, inferred, which holds its real date, 16 April 2021', () => {
    expect([primary?.date, primary?.datePrecision, primary?.dateBasis]).toEqual(['2021', 'year', 'inferred']);
    expect('2021-04-16'.startsWith(primary?.date ?? '-')).toBe(true);
  });

  // The first paragraph is the outlet's standfirst, so Dbeibah stands outside the lead: his office
  // bounds the article only from below; "almost a decade" since 2011 bounds it from above.
  it('explains which clues bound it: the prime minister’s office from March 2021, and “almost a decade” since 2011', () => {
    expect(primary?.dateEvidence).toEqual({
      text: '“Prime Minister Abdulhamid Dbeibah” … “almost a decade”, “since … 2011”',
      source: FILE,
      explanation:
        'Nothing in or about the article dates it; “Prime Minister Abdulhamid Dbeibah” ' +
        '(named as Prime Minister of the Government of National Unity outside the headline and lead: from 15 March 2021, when the office began) and ' +
        '“almost a decade”, “since … 2011” (8 to 10 years after 2011: 2019 to 2021) put it in 2021.',
      span: null,
    });
  });

  it('reports the inference in the build report', () => {
    expect(corpus.report.files.find((entry) => entry.file === FILE)?.messages).toEqual([
      'no date found: 2021 inferred from what the article mentions: “Prime Minister Abdulhamid Dbeibah” ' +
        '(named as Prime Minister of the Government of National Unity outside the headline and lead: from 15 March 2021, when the office began) and ' +
        '“almost a decade”, “since … 2011” (8 to 10 years after 2011: 2019 to 2021)',
    ]);
  });

  it('keeps 2011 as background, and no February guessed into the wrong year', () => {
    expect(corpus.events.filter((event) => event.kind === 'background').map((event) => [event.date, event.datePrecision])).toEqual([['2011', 'year']]);
  });
});
