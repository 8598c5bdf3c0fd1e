import { z } from 'astro/zod';

/** The build's account of one file under `content/articles/`. */
export const FileReportSchema = z.object({
  file: z.string(),
  status: z.enum(['ok', 'warning', 'skipped']),
  messages: z.array(z.string()),
  events: z.array(z.string()),
});

/** A name found in articles that the registry does not know: a candidate for `content/actors.yaml`. */
export const UnknownNameSchema = z.object({
  name: z.string(),
  files: z.array(z.string()),
});

/** Keys that appeared, changed or went away between two builds. */
const ChangeListSchema = z.object({
  added: z.array(z.string()),
  changed: z.array(z.string()),
  removed: z.array(z.string()),
});

/** What changed since the previous build on this machine: article files, event ids, unknown names. */
export const BuildChangesSchema = z.object({
  articles: ChangeListSchema,
  events: ChangeListSchema,
  unknownNames: z.object({ added: z.array(z.string()) }),
});

/** How many articles this build parsed, and how many it took unchanged from the cache of earlier builds. */
export const ExtractionCountsSchema = z.object({
  /** Articles run through the pipeline: new or changed files, or all of them on a cold build. */
  parsed: z.number().int().nonnegative(),
  /** Articles whose bytes, sidecar, registry and extraction code were unchanged, taken from the cache. */
  reused: z.number().int().nonnegative(),
});

/** `dist/build-report.json`: every file under `content/articles/` exactly once. */
export const BuildReportSchema = z.object({
  files: z.array(FileReportSchema),
  unknownNames: z.array(UnknownNameSchema),
  /** Articles parsed and re-used by this build's extraction. */
  extraction: ExtractionCountsSchema,
  /** Since the previous build; null for the first build with an empty cache. */
  changes: BuildChangesSchema.nullable(),
});

export type FileReport = z.infer<typeof FileReportSchema>;
export type UnknownName = z.infer<typeof UnknownNameSchema>;
export type ExtractionCounts = z.infer<typeof ExtractionCountsSchema>;
export type BuildChanges = z.infer<typeof BuildChangesSchema>;
export type BuildReport = z.infer<typeof BuildReportSchema>;
