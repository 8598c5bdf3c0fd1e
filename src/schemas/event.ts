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

/**
 * The date one report gives its event, and how it was found. A report with no date of its own that was merged with a
 * dated report of the same happening takes that date, with basis `inferred`.
 */
export const ReportedDateSchema = z.object({
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/),
  precision: DatePrecisionSchema,
  basis: DateBasisSchema,
  /** A sentence a reader can check: the words the date was read from, or the report it was taken from. */
  explanation: z.string(),
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
  /** The date this article's report gives the event; null when neither it nor any report merged with it has one. */
  reportedDate: ReportedDateSchema.nullable(),
});

/** Why the event carries the date it does: the words it was read from, in which source. */
export const DateEvidenceSchema = z.object({
  text: z.string(),
  source: z.string(),
  /** A sentence a reader can check: how the date was found or inferred. */
  explanation: z.string(),
  span: SpanSchema.nullable(),
});

/** When an event joined the timeline, from the id lock (`content/id-lock.yaml`). */
export const AdditionSchema = z.object({
  /** The build day it first appeared, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Its rank in the order events were added: higher is newer; never reused. */
  order: z.number().int().positive(),
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
  /** The primary events whose articles mention it as an earlier happening: set on a background event, and on a primary one a background reference joined. */
  mentionedBy: z.array(z.string()).optional(),
  added: AdditionSchema,
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
export type ReportedDate = z.infer<typeof ReportedDateSchema>;
export type EventSource = z.infer<typeof EventSourceSchema>;
export type DateEvidence = z.infer<typeof DateEvidenceSchema>;
export type Addition = z.infer<typeof AdditionSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
/** An event as the extraction assembles and merges it, before the id lock gives it its lasting id and the day it was added. */
export const DraftEventSchema = EventSchema.omit({ added: true });
export type DraftEvent = z.infer<typeof DraftEventSchema>;
export type EventsExport = z.infer<typeof EventsExportSchema>;
