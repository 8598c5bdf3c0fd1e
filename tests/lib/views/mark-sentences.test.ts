import { describe, expect, it } from 'vitest';
import { markSentences } from '../../../src/lib/views/mark-sentences.ts';

// Offsets:        0         1         2         3         4         5
//                 012345678901234567890123456789012345678901234567890123
const text = 'One said. Two *said*. Three.\n\nFour <b>x</b>. Five.';
const source = { text, paragraphs: [{ start: 0, end: 28 }, { start: 30, end: 50 }] };

describe('markSentences', () => {
  it('renders each paragraph with no marks when no sentence carries a claim', () => {
    expect(markSentences(source, [])).toEqual(['One said. Two <em>said</em>. Three.', 'Four &lt;b&gt;x&lt;/b&gt;. Five.']);
  });

  it('wraps claim sentences in marks whose id is the sentence start, escaping inside them', () => {
    expect(
      markSentences(source, [
        { start: 10, end: 21 },
        { start: 30, end: 44 },
      ]),
    ).toEqual([
      'One said. <mark id="sentence-10">Two <em>said</em>.</mark> Three.',
      '<mark id="sentence-30">Four &lt;b&gt;x&lt;/b&gt;.</mark> Five.',
    ]);
  });

  it('gives a sentence running over a paragraph break one id, on its first part', () => {
    expect(markSentences(source, [{ start: 22, end: 36 }])).toEqual([
      'One said. Two <em>said</em>. <mark id="sentence-22">Three.</mark>',
      '<mark>Four &lt;</mark>b&gt;x&lt;/b&gt;. Five.',
    ]);
  });

  it('cuts overlapping sentences where the later one starts, so each keeps its id', () => {
    expect(
      markSentences({ text: 'Alpha beta gamma.', paragraphs: [{ start: 0, end: 17 }] }, [
        { start: 0, end: 17 },
        { start: 6, end: 17 },
      ]),
    ).toEqual(['<mark id="sentence-0">Alpha </mark><mark id="sentence-6">beta gamma.</mark>']);
  });
});
