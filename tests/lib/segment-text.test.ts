import { describe, expect, it } from 'vitest';
import { paragraphSpans, sentenceSpans } from '../../src/lib/segment-text.ts';

describe('paragraphSpans', () => {
  it('takes each non-blank line, trimmed, with offsets into the text', () => {
    const text = 'First line.\n\n   Second line.  \nThird.';
    expect(paragraphSpans(text)).toEqual([
      { start: 0, end: 11 },
      { start: 16, end: 28 },
      { start: 31, end: 37 },
    ]);
  });
});

describe('sentenceSpans', () => {
  it('splits sentences and gives their exact offsets', () => {
    const text = 'Russia said yes. Libya said no! Why?';
    const spans = sentenceSpans(text, { start: 0, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Russia said yes.', 'Libya said no!', 'Why?']);
  });

  it('cuts sentences a copy-paste glued together, but not initials or domains', () => {
    const text = "d'autres matériels.Selon le quotidien, les U.S.A. et Interfax.ru le confirment. Fin.";
    const spans = sentenceSpans(text, { start: 0, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      "d'autres matériels.",
      'Selon le quotidien, les U.S.A. et Interfax.ru le confirment.',
      'Fin.',
    ]);
  });

  it('keeps an abbreviation with the sentence it opens', () => {
    const text = 'Gen. Khalifa Haftar met Col. Ivanov. They talked.';
    const spans = sentenceSpans(text, { start: 0, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Gen. Khalifa Haftar met Col. Ivanov.', 'They talked.']);
  });
});
