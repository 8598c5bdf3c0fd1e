// An actor mention made from a token range: its text and offsets, and the sentence it stands in.
import type { Span } from '../../schemas/event.ts';
import type { Token } from '../actor-index.ts';
import type { ActorMention, Article } from '../article.ts';

/** The index of the sentence holding `offset`: the last one starting at or before it, -1 before the first. */
function sentenceOf(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.start ?? Infinity) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The mention of `actorId` by tokens [start, end) of the article's text. */
export function mentionOf(article: Article, tokens: readonly Token[], actorId: string, start: number, end: number): ActorMention {
  const span = { start: tokens[start]?.start ?? 0, end: tokens[end - 1]?.end ?? 0 };
  return { actorId, text: article.text.slice(span.start, span.end), span, sentence: sentenceOf(article.sentences, span.start) };
}
