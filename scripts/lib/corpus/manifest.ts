// The ground truth a generated corpus comes with, `corpus-manifest.json`: every happening with its
// true day and the files that report it, and every file with how it was written and what a careful
// reader would date it to. A benchmark or a test scores the extraction's merge and dating against it.
import { z } from 'astro/zod';

const DateValue = z.string().regex(/^\d{4}(-\d{2}){0,2}$/);
const Precision = z.enum(['day', 'month', 'year']);

/** One happening: what took place, when, and which files report it. */
export const ManifestHappeningSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** The true day, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  place: z.string().nullable(),
  /** Registry ids of its parties, the Russian one first. */
  actors: z.array(z.string()),
  /** The registry role title each party holds that day, beside `actors`; null for a body. */
  offices: z.array(z.string().nullable()),
  /** The happening it follows a few days later between the same people, or null: a near neighbour a merge must keep apart. */
  sequelOf: z.string().nullable(),
  /** Paths under the content folder (`articles/…`) of the files whose primary report it is. */
  reports: z.array(z.string()).min(1),
});

/** One file under `articles/`. */
export const ManifestFileSchema = z.object({
  /** Path under the content folder: `articles/reuters/0042-visit.txt`. */
  file: z.string(),
  /** The happening it reports; null for a file that is no article. */
  happening: z.string().nullable(),
  language: z.enum(['en', 'fr', 'ru']).nullable(),
  outlet: z.string().nullable(),
  /** How the lead dates the happening: `dmy`, `mdy`, `numeric`, `weekday-dmy`, `weekday`, `yesterday`, `none`, `month`, `year`, `undated`. */
  phrase: z.string().nullable(),
  /**
   * Where the publication date is written (a meta line, the wire dateline, front matter, a sidecar), in what format (a
   * meta line's, or the editor's key: `published`, or `date` for the day of the news), and the day written; null when nowhere.
   */
  publication: z
    .object({ source: z.enum(['meta', 'dateline', 'front-matter', 'sidecar']), format: z.string().nullable(), date: z.string() })
    .nullable(),
  /** What the text states of the happening's date, cut to its precision; null when it states none (undated). */
  stated: z.object({ date: DateValue, precision: Precision }).nullable(),
  /** Earlier happenings the text dates in passing. */
  recalls: z.array(z.object({ happening: z.string(), date: DateValue, precision: Precision })),
  encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le']).nullable(),
  crlf: z.boolean(),
  /** What is wrong with the file, if anything: `binary`, `empty`, `docx`, `huge-line`, `broken-front-matter`, or an odd encoding. */
  defect: z.string().nullable(),
  /** The build report status the file should get: `skipped`, `warning`, or `readable` (ok or warning). */
  expect: z.enum(['skipped', 'warning', 'readable']),
  /** Its sidecar, when it has one. */
  sidecar: z.string().nullable(),
});

/** `corpus-manifest.json`. */
export const CorpusManifestSchema = z.object({
  generator: z.literal('scripts/corpus.ts'),
  version: z.literal(1),
  seed: z.string(),
  /** Files under `articles/`, sidecars not counted. */
  count: z.number().int().nonnegative(),
  /** The last day a happening may fall on. */
  until: z.string(),
  happenings: z.array(ManifestHappeningSchema),
  files: z.array(ManifestFileSchema),
});

export type ManifestHappening = z.infer<typeof ManifestHappeningSchema>;
export type ManifestFile = z.infer<typeof ManifestFileSchema>;
export type CorpusManifest = z.infer<typeof CorpusManifestSchema>;
