// The sentences of each article that carry claims: the ones its source page highlights.
import type { Span, TimelineEvent } from '../../schemas/event.ts';

/** The distinct claim sentences of every article, by file, in text order (one per start offset). */
export function claimSentencesByFile(events: readonly Partial<Pick<TimelineEvent, 'claims'>>[]): Map<string, Span[]> {
  const byFile = new Map<string, Map<number, Span>>();
  for (const event of events) {
    for (const claim of event.claims ?? []) {
      const byStart = byFile.get(claim.source) ?? new Map<number, Span>();
      if (!byStart.has(claim.sentence.start)) byStart.set(claim.sentence.start, claim.sentence);
      byFile.set(claim.source, byStart);
    }
  }
  return new Map([...byFile].map(([file, byStart]) => [file, [...byStart.values()].sort((a, b) => a.start - b.start)]));
}
