// An article's cleaned text as HTML paragraphs in which every sentence carries the anchor
// `id="sentence-<start>"`, so an event's claims, its date and the sentence a background event comes
// from can all link to the words they were read from. Sentences that carry claims are `<mark>`ed;
// the others are plain `<span>`s.
//
// Why paragraph by paragraph, not `marked.parse` over the whole text: the anchors go in by character
// offset, and offsets are only known in the source text, not in marked's output. Cutting each
// paragraph (the pipeline's own `paragraphs` spans, not markdown's idea of blocks) at the sentences'
// edges and rendering every piece with marked's inline parser keeps every offset exact and every
// piece's HTML balanced, so a sentence never straddles an `<em>` or a link. The price: markdown
// emphasis that runs across a sentence edge shows its asterisks, which in news text is rare.
import type { Span } from '../../schemas/event.ts';
import type { Source } from '../../schemas/source.ts';
import { sentenceAnchor } from './page-paths.ts';
import { renderInlineMarkdown } from './render-inline-markdown.ts';

/** A sentence to wrap, and whether a claim stands in it. */
interface Sentence extends Span {
  claim: boolean;
}

/** A piece of one paragraph: between sentences (`sentence` null), or part of one (`anchor` only on its first piece). */
interface Piece {
  start: number;
  end: number;
  sentence: Sentence | null;
  anchor: string | null;
}

/**
 * The article's sentences and the claim sentences as one list in text order, one per start offset.
 * A claim sentence the segmenter did not produce (it never should) is still marked and anchored.
 */
function sentencesOf(sentences: readonly Span[], claims: readonly Span[]): Sentence[] {
  const byStart = new Map<number, Sentence>();
  for (const span of sentences) byStart.set(span.start, { start: span.start, end: span.end, claim: false });
  for (const span of claims) byStart.set(span.start, { start: span.start, end: byStart.get(span.start)?.end ?? span.end, claim: true });
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/**
 * The pieces `paragraph` splits into at the edges of `sentences`. Overlapping sentences are cut
 * where the later one starts, so each keeps its own anchor. `anchored` holds the starts already
 * given an anchor in earlier paragraphs: a sentence running over a paragraph break gets one id.
 */
function piecesOf(paragraph: Span, sentences: readonly Sentence[], anchored: Set<number>): Piece[] {
  const pieces: Piece[] = [];
  let cursor = paragraph.start;
  sentences.forEach((sentence, index) => {
    const nextStart = sentences[index + 1]?.start ?? Infinity;
    const start = Math.max(sentence.start, cursor);
    const end = Math.min(sentence.end, nextStart, paragraph.end);
    if (end <= start) return;
    if (start > cursor) pieces.push({ start: cursor, end: start, sentence: null, anchor: null });
    const anchor = anchored.has(sentence.start) ? null : sentenceAnchor(sentence.start);
    anchored.add(sentence.start);
    pieces.push({ start, end, sentence, anchor });
    cursor = end;
  });
  if (cursor < paragraph.end) pieces.push({ start: cursor, end: paragraph.end, sentence: null, anchor: null });
  return pieces;
}

/** One piece as HTML: a claim sentence in `<mark>`, any other sentence's anchored piece in `<span>`, the rest bare. */
function renderPiece(text: string, piece: Piece): string {
  const html = renderInlineMarkdown(text.slice(piece.start, piece.end));
  if (piece.sentence === null) return html;
  if (!piece.sentence.claim) return piece.anchor === null ? html : `<span id="${piece.anchor}">${html}</span>`;
  return piece.anchor === null ? `<mark>${html}</mark>` : `<mark id="${piece.anchor}">${html}</mark>`;
}

/**
 * The inner HTML of each paragraph of `source`, every sentence anchored and the claim sentences
 * (`claims`, in any order) marked.
 */
export function markSentences(source: Pick<Source, 'text' | 'paragraphs' | 'sentences'>, claims: readonly Span[]): string[] {
  const sentences = sentencesOf(source.sentences, claims);
  const anchored = new Set<number>();
  return source.paragraphs.map((paragraph) =>
    piecesOf(paragraph, sentences, anchored)
      .map((piece) => renderPiece(source.text, piece))
      .join(''),
  );
}
