// Scores an extraction of a generated corpus against its manifest: how each file was reported
// (skipped, warned, ok), whether each article's own report got the date its text states, and how
// well the merge put reports of one happening together and kept different happenings apart.
import type { Corpus } from '../../../src/lib/extract-corpus.ts';
import { reportDate } from '../../../src/lib/merge/report-key.ts';
import type { CorpusManifest, ManifestFile } from './manifest.ts';
import { compareCodePoints } from '../../../src/lib/merge/compare-code-points.ts';

/** How one article's own report was dated, against what its text states. */
export type DatingOutcome =
  /** The date and precision the text states. */
  | 'exact'
  /** Undated, and dated by merging with another report of the same happening, correctly. */
  | 'merged-exact'
  /** An undated text left undated. */
  | 'undated'
  /** An undated text dated from the offices it names (or a merge) to a period holding the true day. */
  | 'inferred-consistent'
  /** Left undated though the text states a date. */
  | 'missed'
  /** A date the text does not state. */
  | 'wrong';

/** One article's dating, with what was expected and what came out. */
export interface FileDating {
  file: string;
  phrase: string;
  publication: string;
  language: string;
  expected: string | null;
  found: string | null;
  basis: string | null;
  outcome: DatingOutcome;
}

/** Pair counts of the merge against the manifest's happenings. */
export interface MergeScore {
  happenings: number;
  /** Events holding the primary report of at least one manifest article. */
  events: number;
  /** Pairs of reports of one happening that share an event. */
  truePairs: number;
  /** Pairs of reports of one happening. */
  happeningPairs: number;
  /** Pairs of reports that share an event. */
  mergedPairs: number;
  precision: number;
  recall: number;
}

/** The whole score. */
export interface CorpusScore {
  files: number;
  /** Build report status of each manifest file. */
  statuses: Record<string, number>;
  /** Files whose status is not what the manifest expects. */
  unexpected: Array<{ file: string; defect: string | null; expect: string; status: string; messages: string[] }>;
  dating: FileDating[];
  merge: MergeScore;
}

/** The path under the content folder of a file the extraction names relative to the project root. */
function underContent(file: string, contentPrefix: string): string {
  return file.startsWith(contentPrefix) ? file.slice(contentPrefix.length) : file;
}

/** The outcome of one file's dating. */
function outcomeOf(entry: ManifestFile, trueDay: string, found: { date: string; precision: string; basis: string } | null): DatingOutcome {
  if (entry.stated === null) {
    if (found === null) return 'undated';
    return trueDay.startsWith(found.date) ? 'inferred-consistent' : 'wrong';
  }
  if (found === null) return 'missed';
  const same = found.date === entry.stated.date && found.precision === entry.stated.precision;
  if (found.basis === 'inferred') return same ? 'merged-exact' : 'wrong';
  return same ? 'exact' : 'wrong';
}

const pairs = (count: number): number => (count * (count - 1)) / 2;

/**
 * Scores `corpus` (extracted from the generated content folder) against `manifest`. `contentPrefix` is the
 * content folder as the extraction names it, with its trailing slash: `content/` or `../corpus/content/`.
 */
export function scoreCorpus(manifest: CorpusManifest, corpus: Corpus, contentPrefix: string): CorpusScore {
  const statusOf = new Map(corpus.report.files.map((entry) => [underContent(entry.file, contentPrefix), entry]));
  const statuses: Record<string, number> = {};
  const unexpected: CorpusScore['unexpected'] = [];
  for (const entry of manifest.files) {
    const report = statusOf.get(entry.file);
    const status = report?.status ?? 'missing';
    statuses[status] = (statuses[status] ?? 0) + 1;
    const fits = entry.expect === 'readable' ? status === 'ok' || status === 'warning' : status === entry.expect;
    if (!fits) unexpected.push({ file: entry.file, defect: entry.defect, expect: entry.expect, status, messages: report?.messages ?? [] });
  }

  // The event holding each article's own report: the lock lists every event's report keys.
  const eventOfFile = new Map<string, string>();
  for (const [id, locked] of Object.entries(corpus.lock.events)) {
    for (const key of locked.reports) if (reportDate(key) === null) eventOfFile.set(underContent(key, contentPrefix), id);
  }
  const events = new Map(corpus.events.map((event) => [event.id, event]));
  const trueDay = new Map(manifest.happenings.map((h) => [h.id, h.date]));

  const dating: FileDating[] = [];
  for (const entry of manifest.files) {
    if (entry.happening === null) continue;
    const event = events.get(eventOfFile.get(entry.file) ?? '');
    const source = event?.sources.find((s) => underContent(s.file, contentPrefix) === entry.file);
    const reported = source?.reportedDate ?? null;
    const found = reported ? { date: reported.date, precision: reported.precision, basis: reported.basis } : null;
    dating.push({
      file: entry.file,
      phrase: entry.phrase ?? '',
      publication: entry.publication ? `${entry.publication.source}${entry.publication.format ? `:${entry.publication.format}` : ''}` : 'none',
      language: entry.language ?? '',
      expected: entry.stated ? entry.stated.date : null,
      found: found?.date ?? null,
      basis: found?.basis ?? null,
      outcome: outcomeOf(entry, trueDay.get(entry.happening) ?? '', found),
    });
  }

  // Pairs: of reports of one happening, of reports in one event, and of both.
  const happeningOf = new Map(manifest.files.flatMap((entry) => (entry.happening === null ? [] : [[entry.file, entry.happening] as const])));
  const byEvent = new Map<string, string[]>();
  for (const file of happeningOf.keys()) {
    const id = eventOfFile.get(file);
    if (id !== undefined) byEvent.set(id, [...(byEvent.get(id) ?? []), file]);
  }
  let truePairs = 0;
  let mergedPairs = 0;
  for (const files of byEvent.values()) {
    mergedPairs += pairs(files.length);
    const perHappening = new Map<string, number>();
    for (const file of files) perHappening.set(happeningOf.get(file) ?? '', (perHappening.get(happeningOf.get(file) ?? '') ?? 0) + 1);
    for (const count of perHappening.values()) truePairs += pairs(count);
  }
  const happeningPairs = manifest.happenings.reduce((sum, h) => sum + pairs(h.reports.filter((file) => happeningOf.has(file)).length), 0);
  return {
    files: manifest.files.length,
    statuses,
    unexpected,
    dating,
    merge: {
      happenings: manifest.happenings.length,
      events: byEvent.size,
      truePairs,
      happeningPairs,
      mergedPairs,
      precision: mergedPairs === 0 ? 1 : truePairs / mergedPairs,
      recall: happeningPairs === 0 ? 1 : truePairs / happeningPairs,
    },
  };
}

/** Dating accuracy: exact (or exactly dated through a merge) among articles whose text states a date. */
export function datingAccuracy(dating: readonly FileDating[]): { dated: number; right: number; rate: number } {
  const dated = dating.filter((d) => d.expected !== null);
  const right = dated.filter((d) => d.outcome === 'exact' || d.outcome === 'merged-exact').length;
  return { dated: dated.length, right, rate: dated.length === 0 ? 1 : right / dated.length };
}

/** Outcomes counted by a key of each file's dating (its phrase, its publication source, its language). */
export function outcomesBy(dating: readonly FileDating[], key: (d: FileDating) => string): Map<string, Partial<Record<DatingOutcome, number>>> {
  const table = new Map<string, Partial<Record<DatingOutcome, number>>>();
  for (const d of dating) {
    const row = table.get(key(d)) ?? {};
    row[d.outcome] = (row[d.outcome] ?? 0) + 1;
    table.set(key(d), row);
  }
  return new Map([...table.entries()].sort(([a], [b]) => compareCodePoints(a, b)));
}
