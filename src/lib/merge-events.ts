// Several reports of one happening become one event, in whatever language and from whichever
// article: the primary event an article reports, or a dated reference inside one (a background
// event). The stages, in order, each in src/lib/merge/:
//   1. reportFeatures: what each report says — date, actors weighed by type, kind of happening,
//      places, numbers — read from its headline and lead, or the clause around its date;
//   2. groupReports: the pairwise decision (`sameHappening`) on every pair, joined into groups;
//   3. combineReports: one event per group, led by its best report;
// then ids are made unique and `mentionedBy` is pointed at the merged events. Nothing depends on
// the order the events come in.
import type { ActorType } from '../schemas/actor.ts';
import type { DraftEvent } from '../schemas/event.ts';
import { combineReports } from './merge/combine-reports.ts';
import { compareCodePoints } from './merge/compare-code-points.ts';
import { groupReports } from './merge/group-reports.ts';
import { reportFeatures } from './merge/report-features.ts';
import { reportKey } from './merge/report-key.ts';

export { reportKey } from './merge/report-key.ts';

/** One event made of the reports of one happening. */
export interface MergedEvent {
  event: DraftEvent;
  /** Its reports' keys (`reportKey`), sorted. */
  reports: string[];
}

/** `id`, or the first of `id-2`, `id-3`… not yet taken; the taken set grows. */
function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n += 1) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

/**
 * The events merged by happening (`groupReports`), with actor types by id to weigh shared actors (an id it lacks
 * weighs as an organisation). Output ids are the leads' proposed ids, made unique; a merged event's `mentionedBy`
 * names the merged events holding the primary reports of the articles that mention it.
 */
export function mergeEvents(events: readonly DraftEvent[], actorTypes: ReadonlyMap<string, ActorType> = new Map()): MergedEvent[] {
  const byArticle = new Map<string, DraftEvent[]>();
  for (const event of events) {
    const file = event.sources[0]?.file ?? '';
    const article = byArticle.get(file);
    if (article) article.push(event);
    else byArticle.set(file, [event]);
  }
  const byKey = new Map(events.map((event) => [reportKey(event), event]));
  const features = events.map((event) => reportFeatures(event, byArticle.get(event.sources[0]?.file ?? '') ?? [], actorTypes));
  const taken = new Set<string>();
  const merged = groupReports(features)
    .map((reports) => ({ reports, event: combineReports(reports.flatMap((key) => byKey.get(key) ?? [])) }))
    // Ids are handed out in the order of the events' proposed ids, then of their reports, so a clash is settled the same way every time.
    .sort((a, b) => compareCodePoints(a.event.id, b.event.id) || compareCodePoints(a.reports[0] ?? '', b.reports[0] ?? ''))
    .map(({ reports, event }) => ({ reports, event: { ...event, id: uniqueId(event.id, taken) } }));

  // An article's primary report is keyed by its file: the merged event holding it is the one that mentions.
  const holding = new Map(merged.flatMap(({ reports, event }) => reports.map((key) => [key, event.id] as const)));
  return merged.map(({ reports, event }) => {
    const mentions = reports
      .flatMap((key) => {
        const report = byKey.get(key);
        if (report?.kind !== 'background') return [];
        const mentioning = holding.get(report.sources[0]?.file ?? '');
        return mentioning ? [mentioning] : (report.mentionedBy ?? []);
      })
      .filter((id) => id !== event.id);
    const { mentionedBy: _proposed, ...rest } = event;
    const mentionedBy = [...new Set(mentions)].sort(compareCodePoints);
    return { reports, event: mentionedBy.length > 0 ? { ...rest, mentionedBy } : rest };
  });
}
