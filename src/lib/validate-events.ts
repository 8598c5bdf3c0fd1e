// Every event must match the public schema before it reaches a page or the export. Merged events
// are checked before the id lock names them, so that an invalid one never takes an id whose
// address would then answer with nothing: it is dropped with a message naming its source files.
import { DraftEventSchema, type DraftEvent } from '../schemas/event.ts';
import { formatIssues } from '../schemas/format-issues.ts';

/** The items whose event validates, and one message per problem, keyed by source file. */
export function validateEvents<T extends { event: DraftEvent }>(items: readonly T[]): { valid: T[]; problems: Map<string, string[]> } {
  const valid: T[] = [];
  const problems = new Map<string, string[]>();
  for (const item of items) {
    const parsed = DraftEventSchema.safeParse(item.event);
    if (parsed.success) {
      valid.push(item);
      continue;
    }
    for (const source of item.event.sources) {
      const lines = formatIssues(`event ${item.event.id}`, parsed.error).map((line) => `${line}; event dropped`);
      problems.set(source.file, [...(problems.get(source.file) ?? []), ...lines]);
    }
  }
  return { valid, problems };
}
