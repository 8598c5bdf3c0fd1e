// Folds events that carry the same id into one: the same happening read from several articles
// (same date, same headline) or the same dated reference mentioned by several. The result does
// not depend on the order the articles were read in.
import type { TimelineEvent } from '../schemas/event.ts';

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

function mergePair(kept: TimelineEvent, other: TimelineEvent): TimelineEvent {
  const claimKey = (claim: TimelineEvent['claims'][number]) => `${claim.source}\u0000${claim.sentence.start}\u0000${claim.text}`;
  const claims = new Map([...kept.claims, ...other.claims].map((claim) => [claimKey(claim), claim]));
  const sources = new Map([...kept.sources, ...other.sources].map((source) => [source.file, source]));
  return {
    ...kept,
    actors: union(kept.actors, other.actors),
    claims: [...claims.values()],
    sources: [...sources.values()].sort((a, b) => a.file.localeCompare(b.file)),
    ...(kept.mentionedBy || other.mentionedBy ? { mentionedBy: union(kept.mentionedBy ?? [], other.mentionedBy ?? []).sort() } : {}),
  };
}

/** One event per id; for a shared id, the record from the first file (by path) leads and the others add to it. */
export function mergeEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const byFile = [...events].sort((a, b) => (a.sources[0]?.file ?? '').localeCompare(b.sources[0]?.file ?? ''));
  const merged = new Map<string, TimelineEvent>();
  for (const event of byFile) {
    const kept = merged.get(event.id);
    merged.set(event.id, kept ? mergePair(kept, event) : event);
  }
  return [...merged.values()];
}
