import { describe, expect, it } from 'vitest';
import { markSentences } from '../../../src/lib/views/mark-sentences.ts';

// Offsets:        0         1         2         3         4         5
//                 012345678901234567890123456789012345678901234567890123
const text = 'One said. Two *said*. Three.\n\nFour <b>x</b>. Five.';
const sentences = [
  { start: 0, end: 9 },
  { start: 10, end: 21 },
  { start: 22, end: 28 },
  { start: 30, end: 44 },
  { start: 45, end: 50 },
];
const source = { text, paragraphs: [{ start: 0, end: 28 }, { start: 30, end: 50 }], sentences };

describe('markSentences', () => {
  it('anchors every sentence in a span when no sentence carries a claim, leaving the spaces between them bare', () => {
    expect(markSentences(source, [])).toEqual([
      '<span id="sentence-0">One said.</span> <span id="sentence-10">Two <em>said</em>.</span> <span id="sentence-22">Three.</span>',
      '<span id="sentence-30">Four &lt;b&gt;x&lt;/b&gt;.</span> <span id="sentence-45">Five.</span>',
    ]);
  });

  it('renders a paragraph bare when the article has no sentences', () => {
    expect(markSentences({ ...source, sentences: [] }, [])).toEqual(['One said. Two <em>said</em>. Three.', 'Four &lt;b&gt;x&lt;/b&gt;. Five.']);
  });

  it('wraps claim sentences in marks whose id is the sentence start, escaping inside them', () => {
    expect(
      markSentences(source, [
        { start: 30, end: 44 },
        { start: 10, end: 21 },
      ]),
    ).toEqual([
      '<span id="sentence-0">One said.</span> <mark id="sentence-10">Two <em>said</em>.</mark> <span id="sentence-22">Three.</span>',
      '<mark id="sentence-30">Four &lt;b&gt;x&lt;/b&gt;.</mark> <span id="sentence-45">Five.</span>',
    ]);
  });

  it('gives a sentence running over a paragraph break one id, on its first part', () => {
    const across = { ...source, sentences: [{ start: 0, end: 9 }, { start: 10, end: 21 }, { start: 22, end: 44 }, { start: 45, end: 50 }] };
    expect(markSentences(across, [{ start: 22, end: 44 }])).toEqual([
      '<span id="sentence-0">One said.</span> <span id="sentence-10">Two <em>said</em>.</span> <mark id="sentence-22">Three.</mark>',
      '<mark>Four &lt;b&gt;x&lt;/b&gt;.</mark> <span id="sentence-45">Five.</span>',
    ]);
    expect(markSentences(across, [])[1]).toBe('Four &lt;b&gt;x&lt;/b&gt;. <span id="sentence-45">Five.</span>');
  });

  it('still marks and anchors a claim sentence the segmenter did not produce', () => {
    expect(markSentences({ text: 'Alpha beta gamma.', paragraphs: [{ start: 0, end: 17 }], sentences: [{ start: 0, end: 17 }] }, [{ start: 6, end: 17 }])).toEqual([
      '<span id="sentence-0">Alpha </span><mark id="sentence-6">beta gamma.</mark>',
    ]);
  });

  it('cuts overlapping sentences where the later one starts, so each keeps its id', () => {
    expect(
      markSentences({ text: 'Alpha beta gamma.', paragraphs: [{ start: 0, end: 17 }], sentences: [] }, [
        { start: 0, end: 17 },
        { start: 6, end: 17 },
      ]),
    ).toEqual(['<mark id="sentence-0">Alpha </mark><mark id="sentence-6">beta gamma.</mark>']);
  });
});
