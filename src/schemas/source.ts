import { z } from 'astro/zod';
import { SpanSchema } from './event.ts';
import { WebUrlSchema } from './web-url.ts';

/** Text the cleaner took out of the article, and why: shown on the source page. */
export const RemovedTextSchema = z.object({
  text: z.string(),
  reason: z.string(),
});

/** A fact about an article that an editor may state instead of the extraction finding it. */
export const EditorFieldSchema = z.enum(['title', 'published', 'outlet', 'url', 'language']);

/** What the editor supplied for an article (front matter or `<file>.meta.yaml`), so the site can say so. */
export const SourceEditorSchema = z.object({
  /** The fields of this record whose value is the editor's, not read from the text. */
  fields: z.array(EditorFieldSchema),
  /** The editor's note on how these facts were established; null when there is none. */
  note: z.string().nullable(),
});

/** One article as the site shows it: cleaned text with sentence offsets, and the metadata found. */
export const SourceSchema = z.object({
  /** Slug of the file path, used in `/sources/<id>/`. */
  id: z.string(),
  /** Path relative to the project root. */
  file: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  url: WebUrlSchema.nullable(),
  published: z.string().nullable(),
  language: z.string(),
  /** The byte encoding the file was decoded from. */
  encoding: z.string(),
  /** The article body after cleaning: every span below indexes into it. */
  text: z.string(),
  paragraphs: z.array(SpanSchema),
  sentences: z.array(SpanSchema),
  /** Photo captions, kept apart from the body. */
  captions: z.array(z.string()),
  removed: z.array(RemovedTextSchema),
  /** Ids of the events this article reports or mentions. */
  events: z.array(z.string()),
  /** Which of the fields above the editor gave, and the editor's note. */
  editor: SourceEditorSchema,
});

export type EditorField = z.infer<typeof EditorFieldSchema>;
export type SourceEditor = z.infer<typeof SourceEditorSchema>;
export type RemovedText = z.infer<typeof RemovedTextSchema>;
export type Source = z.infer<typeof SourceSchema>;
