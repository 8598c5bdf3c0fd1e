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

/** `dist/build-report.json`: every file under `content/articles/` exactly once. */
export const BuildReportSchema = z.object({
  files: z.array(FileReportSchema),
  unknownNames: z.array(UnknownNameSchema),
});

export type FileReport = z.infer<typeof FileReportSchema>;
export type UnknownName = z.infer<typeof UnknownNameSchema>;
export type BuildReport = z.infer<typeof BuildReportSchema>;
