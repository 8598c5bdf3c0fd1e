// Gives each merged event its lasting id from the id lock, so an event's address never changes
// when other articles are added, edited or removed. An id belongs to the reports it was first
// given to (an article's file, or a dated reference in it), not to the event's title or date:
// a corrected date or a better headline keeps the address. The lock records ids the way a
// package lock records versions; the build rewrites it and the editor commits it.
import type { Addition } from '../schemas/event.ts';
import type { IdLock, LockedEvent, RetiredEvent } from '../schemas/id-lock.ts';
import { byId } from './id-lock-file.ts';
import { compareCodePoints } from './merge/compare-code-points.ts';
import { reportDate, reportFile } from './merge/report-key.ts';

/** What the id assignment reads of an event: the id proposed from its date and title, unique in the build, by which `mentionedBy` names events. */
type ProposedEvent = { id: string; mentionedBy?: string[] | undefined };

/** A merged event and the keys of the reports it is made of. */
export interface MergedReports<E> {
  event: E;
  reports: readonly string[];
}

/** The lock after this build, and every event under its lasting id with the day it was added. */
export interface AssignedIds<E> {
  events: Array<E & { added: Addition }>;
  lock: IdLock;
}

/** A locked id an event may take: how many of its reports it shares, and the id's rank among additions. */
interface Candidate {
  index: number;
  id: string;
  shared: number;
  live: boolean;
  order: number;
}

function sharedCount(a: readonly string[], b: ReadonlySet<string>): number {
  return a.filter((report) => b.has(report)).length;
}

/** A free id built from `proposed`: itself, or with the first free `-2`, `-3`… suffix. */
function freeId(proposed: string, taken: ReadonlySet<string>): string {
  if (!taken.has(proposed)) return proposed;
  for (let n = 2; ; n += 1) if (!taken.has(`${proposed}-${n}`)) return `${proposed}-${n}`;
}

/**
 * Gives each event the locked id it shares reports with. Candidates are taken best first, each
 * id and each event at most once: live ids before retired ones; then the oldest id, so that when
 * two events become one the older address stays; then, for one id claimed by the pieces of a
 * split, the piece holding most of its reports; ties go to the event with the smallest report
 * key. The result depends on the report sets alone, never on the order events came in.
 */
function claimByReports(merged: readonly MergedReports<ProposedEvent>[], lock: IdLock): Map<number, string> {
  const reportSets = merged.map((entry) => new Set(entry.reports));
  const firstKey = merged.map((entry) => [...entry.reports].sort(compareCodePoints)[0] ?? '');
  const candidates: Candidate[] = [];
  const entries = [...Object.entries(lock.events).map(([id, entry]) => ({ id, entry, live: true })), ...Object.entries(lock.retired).map(([id, entry]) => ({ id, entry, live: false }))];
  for (const { id, entry, live } of entries) {
    reportSets.forEach((reports, index) => {
      const shared = sharedCount(entry.reports, reports);
      if (shared > 0) candidates.push({ index, id, shared, live, order: entry.order });
    });
  }
  candidates.sort(
    (a, b) =>
      Number(b.live) - Number(a.live) ||
      a.order - b.order ||
      b.shared - a.shared ||
      compareCodePoints(firstKey[a.index] ?? '', firstKey[b.index] ?? '') ||
      compareCodePoints(a.id, b.id),
  );
  const claimed = new Map<number, string>();
  const taken = new Set<string>();
  for (const { index, id } of candidates) {
    if (claimed.has(index) || taken.has(id)) continue;
    claimed.set(index, id);
    taken.add(id);
  }
  return claimed;
}

/** True when two report keys name the same article and dates of which one contains the other ("2011" and "2011-02"). */
function sameReference(a: string, b: string): boolean {
  const [dateA, dateB] = [reportDate(a), reportDate(b)];
  if (dateA === null || dateB === null || reportFile(a) !== reportFile(b)) return false;
  return dateA.startsWith(dateB) || dateB.startsWith(dateA);
}

/**
 * Gives an event no locked id shares reports with an id that has just lost all of its own, when
 * they are evidently one event whose report keys changed: the same proposed id (the article was
 * moved into another folder, its date and title unchanged), or a dated reference of the same
 * article read more or less finely ("in 2011" now read as "in February 2011").
 */
function claimByLikeness(merged: readonly MergedReports<ProposedEvent>[], lock: IdLock, claimed: Map<number, string>): void {
  const taken = new Set(claimed.values());
  const orphans = Object.entries(lock.events)
    .filter(([id]) => !taken.has(id))
    .sort(([, a], [, b]) => a.order - b.order);
  const unclaimed = merged.map((entry, index) => ({ entry, index })).filter(({ index }) => !claimed.has(index));
  unclaimed.sort((a, b) => compareCodePoints(a.entry.event.id, b.entry.event.id));
  for (const { entry, index } of unclaimed) {
    const match = orphans.find(([id, locked]) => !taken.has(id) && (id === entry.event.id || locked.reports.some((old) => entry.reports.some((report) => sameReference(old, report)))));
    if (!match) continue;
    claimed.set(index, match[0]);
    taken.add(match[0]);
  }
}

/**
 * Where the readers of an id that lost its event go: to the event that now holds most of its
 * reports, else to what its article now reports, else nowhere (the article left the timeline).
 */
function successor(reports: readonly string[], live: ReadonlyMap<string, readonly string[]>): { to: string | null; reason: string } {
  let best: { id: string; shared: number } | null = null;
  for (const [id, liveReports] of live) {
    const shared = sharedCount(reports, new Set(liveReports));
    if (shared > 0 && (!best || shared > best.shared || (shared === best.shared && compareCodePoints(id, best.id) < 0))) best = { id, shared };
  }
  if (best) return { to: best.id, reason: 'merged into another event reporting the same happening' };
  const files = new Set(reports.map(reportFile));
  const sameArticle = [...live].filter(([, liveReports]) => liveReports.some((report) => reportDate(report) === null && files.has(report)));
  const [first] = sameArticle.map(([id]) => id).sort(compareCodePoints);
  if (first !== undefined) return { to: first, reason: 'its article no longer reports it; sent to the event the article reports' };
  return { to: null, reason: `its source${files.size > 1 ? 's were' : ' was'} removed from the timeline` };
}

/**
 * Assigns lasting ids. Events whose reports the lock knows keep their id; an event whose report
 * keys changed takes the id they had; new ones get their proposed id (made unique against every
 * id ever used, retired ones included, so an address never changes meaning); ids that lost
 * their event are retired with a successor. `today` is the build day, written into the lock for
 * new and retired ids.
 */
export function assignEventIds<E extends ProposedEvent>(merged: readonly MergedReports<E>[], lock: IdLock, today: string): AssignedIds<E> {
  const claimed = claimByReports(merged, lock);
  claimByLikeness(merged, lock, claimed);
  const taken = new Set([...Object.keys(lock.events), ...Object.keys(lock.retired)]);
  // Orders are never reused: the next one follows every order the lock has ever given.
  let nextOrder = Math.max(0, ...[...Object.values(lock.events), ...Object.values(lock.retired)].map((entry) => entry.order)) + 1;

  const assigned: Array<{ id: string; entry: LockedEvent }> = [];
  // New events are numbered in proposed-id order (date first), so one build's additions rank
  // the same way whatever order the articles were read in.
  const order = merged.map((_, index) => index).sort((a, b) => compareCodePoints(merged[a]?.event.id ?? '', merged[b]?.event.id ?? ''));
  for (const index of order) {
    const { event, reports } = merged[index] as MergedReports<E>;
    const lockedId = claimed.get(index);
    const known = lockedId === undefined ? undefined : (lock.events[lockedId] ?? lock.retired[lockedId]);
    const id = lockedId ?? freeId(event.id, taken);
    taken.add(id);
    assigned[index] = { id, entry: { added: known?.added ?? today, order: known?.order ?? nextOrder++, reports: [...reports].sort(compareCodePoints) } };
  }
  const lockedEvents: Record<string, LockedEvent> = Object.fromEntries(assigned.map(({ id, entry }) => [id, entry]));

  const live = new Map(Object.entries(lockedEvents).map(([id, entry]) => [id, entry.reports]));
  const retired: Record<string, RetiredEvent> = {};
  for (const [id, entry] of Object.entries(lock.retired)) if (!live.has(id)) retired[id] = entry;
  for (const [id, entry] of Object.entries(lock.events)) if (!live.has(id)) retired[id] = { ...entry, retired: today, ...successor(entry.reports, live) };

  const finalId = new Map(merged.map((entry, index) => [entry.event.id, assigned[index]?.id ?? entry.event.id]));
  const events = merged.map((entry, index) => {
    const { id, entry: locked } = assigned[index] as { id: string; entry: LockedEvent };
    const { mentionedBy } = entry.event;
    return {
      ...entry.event,
      id,
      ...(mentionedBy ? { mentionedBy: mentionedBy.map((by) => finalId.get(by) ?? by).sort(compareCodePoints) } : {}),
      added: { date: locked.added, order: locked.order },
    };
  });
  return { events, lock: { ...lock, events: byId(lockedEvents), retired: byId(retired) } };
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
