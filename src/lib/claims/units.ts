// Groups the sentences of a paragraph so that no standalone quote runs across a group's edge.
import type { Span } from '../../schemas/event.ts';
import type { Quote } from './quotes.ts';

/** Consecutive sentences of one paragraph read together because a standalone quote runs over them. */
export interface Unit {
  span: Span;
  quotes: Quote[];
}

/** The sentences of one paragraph grouped so that no standalone quote crosses a group's edge. */
export function unitsOf(sentences: readonly Span[], quotes: readonly Quote[]): Unit[] {
  const units: Unit[] = [];
  for (const sentence of sentences) {
    const previous = units.at(-1);
    const crossing = quotes.some((q) => q.standalone && previous && q.open < previous.span.end && q.close > sentence.start);
    if (previous && crossing) previous.span = { start: previous.span.start, end: sentence.end };
    else units.push({ span: { ...sentence }, quotes: [] });
  }
  for (const q of quotes) {
    if (!q.standalone) continue;
    units.find((u) => q.open >= u.span.start && q.open < u.span.end)?.quotes.push(q);
  }
  return units;
}
