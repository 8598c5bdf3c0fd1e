import { z } from 'astro/zod';
import { ActorSchema } from './actor.ts';
import { WebUrlSchema } from './web-url.ts';

/** How finely a date is known. */
export const DatePrecisionSchema = z.enum(['day', 'month', 'year']);

/** Where a date came from. */
export const DateBasisSchema = z.enum(['explicit', 'relative', 'publication', 'inferred', 'editor']);

/** A span of the cleaned article text: provenance for every extracted fact. */
export const SpanSchema = z.object({
  /** Offset of the first character in the source's cleaned text. */
  start: z.number().int().nonnegative(),
  /** Offset just past the last character. */
  end: z.number().int().nonnegative(),
});

/** A statement attributed to someone, traceable to one sentence of one source. */
export const ClaimSchema = z.object({
  /** Actor id of the speaker; null when the source does not name one. */
  speaker: z.string().nullable(),
  text: z.string().min(1),
  /** True for words in quotation marks, false for reported speech. */
  quoted: z.boolean(),
  /** ISO 639-1 language of the claim's text. */
  language: z.string(),
  /** Path of the source article relative to the project root. */
  source: z.string(),
  /** The sentence the claim stands in, in the source's cleaned text. */
  sentence: SpanSchema,
});

/** One article as a source of an event. */
export const EventSourceSchema = z.object({
  /** Path relative to the project root: `content/articles/…`. */
  file: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  url: WebUrlSchema.nullable(),
  /** Publication date, cut to its precision. */
  published: z.string().nullable(),
  language: z.string(),
});

/** Why the event carries the date it does: the words it was read from, in which source. */
export const DateEvidenceSchema = z.object({
  text: z.string(),
  source: z.string(),
  /** A sentence a reader can check: how the date was found or inferred. */
  explanation: z.string(),
  span: SpanSchema.nullable(),
});

/** A dated happening on the timeline. `primary` events are what an article reports; `background` ones are dated references inside it. */
export const EventSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/).nullable(),
  datePrecision: DatePrecisionSchema.nullable(),
  dateBasis: DateBasisSchema.nullable(),
  kind: z.enum(['primary', 'background']),
  title: z.string().min(1),
  summary: z.string(),
  language: z.string(),
  actors: z.array(z.string()),
  claims: z.array(ClaimSchema),
  sources: z.array(EventSourceSchema).min(1),
  dateEvidence: DateEvidenceSchema.nullable(),
  /** For a background event: the primary events whose articles mention it. */
  mentionedBy: z.array(z.string()).optional(),
});

/** The public export, `dist/events.json`. */
export const EventsExportSchema = z.object({
  events: z.array(EventSchema),
  actors: z.array(ActorSchema),
});

export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type DateBasis = z.infer<typeof DateBasisSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type EventSource = z.infer<typeof EventSourceSchema>;
export type DateEvidence = z.infer<typeof DateEvidenceSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type EventsExport = z.infer<typeof EventsExportSchema>;
