// Reads and writes `content/id-lock.yaml`, the id lock of event and source addresses. A broken lock is reported, not fatal:
// the build goes on from the entries that validate (ids missing from it are minted again from
// their date and title, which is what they were minted from the first time).
import { parse, stringify } from 'yaml';
import { IdLockSchema, LockedEventSchema, LockedSourceSchema, RetiredEventSchema, type IdLock } from '../schemas/id-lock.ts';
import { formatIssues } from '../schemas/format-issues.ts';
import { compareCodePoints } from './merge/compare-code-points.ts';

/** The lock before the first build. */
export const EMPTY_LOCK: IdLock = { version: 1, events: {}, retired: {}, sources: {} };

/** A record's entries in code-point order of their ids, so the lock file's diff shows only what changed. */
export function byId<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareCodePoints(a, b)));
}

/** Where the lock lives, relative to the project root. */
export const ID_LOCK_FILE = 'content/id-lock.yaml';

const HEADER = `# The id lock: written by \`npm run build\`, committed with the articles, like a package lock.
# Each event id keeps the reports it was given to (an article, or "article#date" for a dated
# reference in it), so an event's address survives new articles, edits and merges. Retired ids,
# and the sources of removed articles, keep answering with a page that sends readers on.
# Do not edit by hand; see README.md, "Links that never break".
`;

/** Entries of `record` that validate on their own, so one damaged entry does not drop the rest. */
function validEntries<T>(
  record: unknown,
  schema: {
    safeParse(value: unknown): { success: true; data: T } | { success: false };
  },
): Record<string, T> {
  if (typeof record !== 'object' || record === null) return {};
  return Object.fromEntries(
    Object.entries(record).flatMap(([id, entry]) => {
      const parsed = schema.safeParse(entry);
      return parsed.success && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? [[id, parsed.data]] : [];
    }),
  );
}

/** The lock in `text`, and the problems found, each naming the file and the field. */
export function parseIdLock(file: string, text: string): { lock: IdLock; messages: string[] } {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    return {
      lock: EMPTY_LOCK,
      messages: [`${file}: malformed YAML: ${(error as Error).message.split('\n')[0]}`],
    };
  }
  if (value === null || value === undefined) return { lock: EMPTY_LOCK, messages: [] };
  const whole = IdLockSchema.safeParse(value);
  if (whole.success) return { lock: whole.data, messages: [] };
  const { events, retired, sources } = value as { events?: unknown; retired?: unknown; sources?: unknown };
  return {
    lock: {
      version: 1,
      events: validEntries(events, LockedEventSchema),
      retired: validEntries(retired, RetiredEventSchema),
      sources: validEntries(sources, LockedSourceSchema),
    },
    messages: formatIssues(file, whole.error),
  };
}

/** The lock as the file holds it: a header saying what it is, then ids in alphabetical order. */
export function formatIdLock(lock: IdLock): string {
  return HEADER + stringify(lock, { lineWidth: 0 });
}
