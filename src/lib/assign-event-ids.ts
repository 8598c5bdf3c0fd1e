// Gives each merged event its lasting id from the id lock, so an event's address never changes
// when other articles are added, edited or removed. An id belongs to the reports it was first
// given to (an article's file, or a dated reference in it), not to the event's title or date:
// a corrected date or a better headline keeps the address. The lock records ids the way a
// package lock records versions; the build rewrites it and the editor commits it.
import type { IdLock, LockedEvent, RetiredEvent } from '../schemas/id-lock.ts';
import type { Addition } from '../schemas/event.ts';

/**
 * What the id assignment needs of a merged event: its proposed id (unique among the events of a
 * build, as `mentionedBy` refers to events by it) and the reports it is made of.
 */
export interface Unassigned<E> {
  event: E;
  reports: readonly string[];
}

/** The lock before the first build. */
export const EMPTY_LOCK: IdLock = { version: 1, events: {}, retired: {}, sources: {} };

type Draft = { id: string; mentionedBy?: string[] | undefined };

/** The article file a report key belongs to: the key itself, or the key without its `#<date>`. */
export function reportFile(report: string): string {
  return report.replace(/#\d{4}(-\d{2}){0,2}$/, '');
}

function overlap(a: readonly string[], b: ReadonlySet<string>): number {
  return a.reduce((count, report) => count + (b.has(report) ? 1 : 0), 0);
}

/** A free id built from `proposed`: itself, or with the first free `-2`, `-3`… suffix. */
function freeId(proposed: string, taken: ReadonlySet<string>): string {
  if (!taken.has(proposed)) return proposed;
  for (let n = 2; ; n += 1) if (!taken.has(`${proposed}-${n}`)) return `${proposed}-${n}`;
}

/**
 * Pairs each event with the locked id sharing most of its reports. Candidates are taken best
 * first (most reports shared, then live ids before retired ones, then the oldest), each id and
 * each event at most once: the result depends on the sets alone, not on the order events came in.
 */
function claimLockedIds(reportSets: readonly ReadonlySet<string>[], lock: IdLock): Map<number, string> {
  const candidates: Array<{
    index: number;
    id: string;
    shared: number;
    live: boolean;
    order: number;
  }> = [];
  const entries: Array<[string, LockedEvent, boolean]> = [
    ...Object.entries(lock.events).map(([id, entry]): [string, LockedEvent, boolean] => [id, entry, true]),
    ...Object.entries(lock.retired).map(([id, entry]): [string, LockedEvent, boolean] => [id, entry, false]),
  ];
  for (const [id, entry, live] of entries) {
    reportSets.forEach((reports, index) => {
      const shared = overlap(entry.reports, reports);
      if (shared > 0) candidates.push({ index, id, shared, live, order: entry.order });
    });
  }
  candidates.sort((a, b) => b.shared - a.shared || Number(b.live) - Number(a.live) || a.order - b.order || a.id.localeCompare(b.id) || a.index - b.index);
  const claimed = new Map<number, string>();
  const taken = new Set<string>();
  for (const candidate of candidates) {
    if (claimed.has(candidate.index) || taken.has(candidate.id)) continue;
    claimed.set(candidate.index, candidate.id);
    taken.add(candidate.id);
  }
  return claimed;
}

/**
 * Where the readers of an id that lost its event go: to the event that now holds most of its
 * reports, else to what its article now reports, else nowhere (the article left the timeline).
 */
function successor(reports: readonly string[], live: ReadonlyMap<string, readonly string[]>): { to: string | null; reason: string } {
  let best: { id: string; shared: number } | null = null;
  for (const [id, liveReports] of live) {
    const shared = overlap(reports, new Set(liveReports));
    if (shared > 0 && (!best || shared > best.shared || (shared === best.shared && id < best.id))) best = { id, shared };
  }
  if (best)
    return {
      to: best.id,
      reason: 'merged into another event reporting the same happening',
    };
  const files = new Set(reports.map(reportFile));
  const sameArticle = [...live].filter(([, liveReports]) => liveReports.some((report) => report === reportFile(report) && files.has(report)));
  const [first] = sameArticle.map(([id]) => id).sort();
  if (first !== undefined)
    return {
      to: first,
      reason: 'its article no longer reports it; sent to the event the article reports',
    };
  return {
    to: null,
    reason: `its source${files.size > 1 ? 's were' : ' was'} removed from the timeline`,
  };
}

/** The lock after this build, and every event under its lasting id with the day it was added. */
export interface AssignedIds<E> {
  events: Array<E & { added: Addition }>;
  lock: IdLock;
}

/**
 * Assigns lasting ids. Events whose reports the lock knows keep their id; new ones get their
 * proposed id (made unique against every id ever used, retired ones included, so an address
 * never changes meaning); ids that lost their event are retired with a successor.
 * `today` is the build day, written into the lock for new and retired ids.
 */
export function assignEventIds<E extends Draft>(merged: readonly Unassigned<E>[], lock: IdLock, today: string): AssignedIds<E> {
  const claimed = claimLockedIds(
    merged.map((entry) => new Set(entry.reports)),
    lock,
  );
  const taken = new Set([...Object.keys(lock.events), ...Object.keys(lock.retired)]);
  // Orders are never reused: the next one follows every order the lock has ever given.
  let nextOrder = Math.max(0, ...[...Object.values(lock.events), ...Object.values(lock.retired)].map((entry) => entry.order)) + 1;

  const locked = new Map<number, { id: string; entry: LockedEvent }>();
  for (const [index, id] of claimed) {
    const known = lock.events[id] ?? lock.retired[id];
    if (known)
      locked.set(index, {
        id,
        entry: {
          added: known.added,
          order: known.order,
          reports: [...(merged[index]?.reports ?? [])].sort(),
        },
      });
  }
  // New events are numbered in proposed-id order (date first), so one build's additions rank
  // the same way whatever order the articles were read in.
  const fresh = merged
    .map((entry, index) => ({ entry, index }))
    .filter(({ index }) => !locked.has(index))
    .sort((a, b) => a.entry.event.id.localeCompare(b.entry.event.id));
  for (const { entry, index } of fresh) {
    const id = freeId(entry.event.id, taken);
    taken.add(id);
    locked.set(index, {
      id,
      entry: {
        added: today,
        order: nextOrder++,
        reports: [...entry.reports].sort(),
      },
    });
  }
  const lockedEvents: Record<string, LockedEvent> = Object.fromEntries([...locked.values()].map(({ id, entry }) => [id, entry]));

  const live = new Map(Object.entries(lockedEvents).map(([id, entry]) => [id, entry.reports]));
  const retired: Record<string, RetiredEvent> = {};
  for (const [id, entry] of Object.entries(lock.retired)) if (!live.has(id)) retired[id] = entry;
  for (const [id, entry] of Object.entries(lock.events)) {
    if (live.has(id)) continue;
    retired[id] = { ...entry, retired: today, ...successor(entry.reports, live) };
  }

  const proposedToFinal = new Map(merged.map((entry, index) => [entry.event.id, locked.get(index)?.id ?? entry.event.id]));
  const events = merged.map((entry, index) => {
    const { id, entry: lockEntry } = locked.get(index) ?? { id: entry.event.id, entry: { added: today, order: 0 } };
    const { mentionedBy } = entry.event;
    return {
      ...entry.event,
      id,
      ...(mentionedBy
        ? {
            mentionedBy: mentionedBy.map((by) => proposedToFinal.get(by) ?? by).sort(),
          }
        : {}),
      added: { date: lockEntry.added, order: lockEntry.order },
    };
  });
  return { events, lock: { ...lock, events: sortKeys(lockedEvents), retired: sortKeys(retired) } };
}

/** Ids in alphabetical order, so the lock file's diff shows only what changed. */
export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The live id a retired one leads to, following ids retired in turn; null when the chain ends
 * at an event that left the timeline (or loops, which a hand-edited lock could make).
 */
export function resolveRetired(id: string, lock: IdLock): string | null {
  const seen = new Set<string>();
  let current: string | null = id;
  while (current !== null && !(current in lock.events)) {
    if (seen.has(current)) return null;
    seen.add(current);
    current = lock.retired[current]?.to ?? null;
  }
  return current;
}
