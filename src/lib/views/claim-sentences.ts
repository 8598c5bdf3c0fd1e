// The sentences of one article that carry claims: the ones its source page highlights.
import type { Span, TimelineEvent } from '../../schemas/event.ts';

/** The distinct claim sentences in the article at `file`, in text order (one per start offset). */
export function claimSentences(file: string, events: readonly Pick<TimelineEvent, 'claims'>[]): Span[] {
  const byStart = new Map<number, Span>();
  for (const event of events) {
    for (const claim of event.claims) {
      if (claim.source === file && !byStart.has(claim.sentence.start)) byStart.set(claim.sentence.start, claim.sentence);
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
