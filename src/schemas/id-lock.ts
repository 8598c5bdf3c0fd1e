import { z } from 'astro/zod';

/** An event id as it appears in `/events/<id>/`. */
export const EventIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'event ids are lower-case kebab-case');

/** A calendar day, `YYYY-MM-DD`. */
const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is written YYYY-MM-DD');

/**
 * The reports that make up an event: `content/articles/x.txt` for the happening an article reports,
 * `content/articles/x.txt#2011-02` for a dated reference inside it. An id follows its reports.
 */
const ReportKeysSchema = z.array(z.string().min(1)).min(1);

/** An id on the timeline, with the reports it was given to and when it first appeared. */
export const LockedEventSchema = z.object({
  /** The build day the event first appeared on the timeline. */
  added: DaySchema,
  /** Its place in the order events were added: 1 for the first one ever, never reused. */
  order: z.number().int().positive(),
  reports: ReportKeysSchema,
});

/**
 * An id no event carries any more, kept so its address keeps answering. It keeps its reports:
 * if they come back (an article restored), the id comes back with them.
 */
export const RetiredEventSchema = LockedEventSchema.extend({
  /** The build day the id was retired. */
  retired: DaySchema,
  /** The id its readers are sent to; null when the event left the timeline with its sources. */
  to: EventIdSchema.nullable(),
  /** Why, in words for the page a reader lands on. */
  reason: z.string().min(1),
});

/** A source page's address: the article it shows, and the day the article left, if it has. */
export const LockedSourceSchema = z.object({
  file: z.string().min(1),
  /** The build day the article was found gone; its page then says so. Absent while it is there. */
  removed: DaySchema.optional(),
});

/** `content/id-lock.yaml`: written by the build, committed by the editor, like a package lock. */
export const IdLockSchema = z.object({
  version: z.literal(1),
  events: z.record(EventIdSchema, LockedEventSchema),
  retired: z.record(EventIdSchema, RetiredEventSchema),
  /** Every source address ever published, so the page of a removed article keeps answering. */
  sources: z.record(EventIdSchema, LockedSourceSchema).default({}),
});

/** A retired event address as the site serves it: where it sends readers (resolved to a live event), and why. */
export const RetiredAddressSchema = z.object({
  id: EventIdSchema,
  /** The live event to go to; null when there is none. */
  to: EventIdSchema.nullable(),
  reason: z.string().min(1),
  /** The build day the id was retired. */
  retired: DaySchema,
});

/** The page of an article removed from content/, as the site serves it. */
export const RemovedSourceSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  /** The build day the article was found gone. */
  removed: DaySchema,
});

/** Every address the site keeps answering without a page of its own: one record, read whole by the routes that serve them. */
export const RetiredAddressesSchema = z.object({
  events: z.array(RetiredAddressSchema),
  sources: z.array(RemovedSourceSchema),
});

export type RemovedSource = z.infer<typeof RemovedSourceSchema>;
export type RetiredAddresses = z.infer<typeof RetiredAddressesSchema>;
export type LockedSource = z.infer<typeof LockedSourceSchema>;
export type LockedEvent = z.infer<typeof LockedEventSchema>;
export type RetiredEvent = z.infer<typeof RetiredEventSchema>;
export type IdLock = z.infer<typeof IdLockSchema>;
export type RetiredAddress = z.infer<typeof RetiredAddressSchema>;
