// The last stage: every event must match the public schema before it reaches a page or the export.
// An invalid one is dropped with a message naming its source files, never passed on half-formed.
import { EventSchema, type TimelineEvent } from '../schemas/event.ts';
import { formatIssues } from '../schemas/format-issues.ts';

/** The events that validate, and one message per problem, keyed by source file. */
export function validateEvents(events: readonly TimelineEvent[]): { events: TimelineEvent[]; problems: Map<string, string[]> } {
  const valid: TimelineEvent[] = [];
  const problems = new Map<string, string[]>();
  for (const event of events) {
    const parsed = EventSchema.safeParse(event);
    if (parsed.success) {
      valid.push(parsed.data);
      continue;
    }
    for (const source of event.sources) {
      const lines = formatIssues(`event ${event.id}`, parsed.error).map((line) => `${line}; event dropped`);
      problems.set(source.file, [...(problems.get(source.file) ?? []), ...lines]);
    }
  }
  return { events: valid, problems };
}
