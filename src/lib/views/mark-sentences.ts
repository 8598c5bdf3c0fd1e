// An article's cleaned text as HTML paragraphs, with the sentences that carry claims wrapped in
// `<mark id="sentence-<start>">` so a claim can link to the words it came from.
//
// Why paragraph by paragraph, not `marked.parse` over the whole text: the marks go in by character
// offset, and offsets are only known in the source text, not in marked's output. Cutting each
// paragraph (the pipeline's own `paragraphs` spans, not markdown's idea of blocks) at the claim
// sentences' edges and rendering every piece with marked's inline parser keeps every offset
// exact and every piece's HTML balanced, so a mark never straddles an `<em>` or a link. The price:
// markdown emphasis that runs across a sentence edge shows its asterisks, which in news text is rare.
import type { Span } from '../../schemas/event.ts';
import type { Source } from '../../schemas/source.ts';
import { sentenceAnchor } from './page-paths.ts';
import { renderInlineMarkdown } from './render-inline-markdown.ts';

/** A piece of one paragraph: plain, or part of a claim sentence (`anchor` only on the sentence's first piece). */
interface Piece {
  start: number;
  end: number;
  mark: boolean;
  anchor: string | null;
}

/**
 * The pieces `paragraph` splits into at the edges of `sentences`. Overlapping sentences are cut
 * where the later one starts, so each keeps its own anchor. `anchored` holds the starts already
 * given an anchor in earlier paragraphs: a sentence running over a paragraph break gets one id.
 */
function piecesOf(paragraph: Span, sentences: readonly Span[], anchored: Set<number>): Piece[] {
  const pieces: Piece[] = [];
  let cursor = paragraph.start;
  sentences.forEach((sentence, index) => {
    const nextStart = sentences[index + 1]?.start ?? Infinity;
    const start = Math.max(sentence.start, cursor);
    const end = Math.min(sentence.end, nextStart, paragraph.end);
    if (end <= start) return;
    if (start > cursor) pieces.push({ start: cursor, end: start, mark: false, anchor: null });
    const anchor = anchored.has(sentence.start) ? null : sentenceAnchor(sentence.start);
    anchored.add(sentence.start);
    pieces.push({ start, end, mark: true, anchor });
    cursor = end;
  });
  if (cursor < paragraph.end) pieces.push({ start: cursor, end: paragraph.end, mark: false, anchor: null });
  return pieces;
}

/** The inner HTML of each paragraph of `source`, claim sentences (`claims`, in text order) marked. */
export function markSentences(source: Pick<Source, 'text' | 'paragraphs'>, claims: readonly Span[]): string[] {
  const anchored = new Set<number>();
  return source.paragraphs.map((paragraph) =>
    piecesOf(paragraph, claims, anchored)
      .map((piece) => {
        const html = renderInlineMarkdown(source.text.slice(piece.start, piece.end));
        if (!piece.mark) return html;
        return piece.anchor === null ? `<mark>${html}</mark>` : `<mark id="${piece.anchor}">${html}</mark>`;
      })
      .join(''),
  );
}
