import { z } from 'astro/zod';

/** The kinds of actor the timeline tells apart. */
export const ActorTypeSchema = z.enum(['person', 'state', 'organization', 'armed-group', 'media']);

/** An office an actor held, with the dates it began and ended ("YYYY", "YYYY-MM" or "YYYY-MM-DD"). */
export const ActorRoleSchema = z.object({
  /** The office as a reader would name it: "Defence Minister of Russia". */
  title: z.string().min(1),
  /** First day (or month, or year) in office. */
  from: z.string().regex(/^\d{4}(-\d{2}){0,2}$/).optional(),
  /** Last day (or month, or year) in office; absent while the office is held. */
  to: z.string().regex(/^\d{4}(-\d{2}){0,2}$/).optional(),
  /**
   * The ways articles name the office beside its holder's name, in every language read ("Defence Minister",
   * "ministre de la Défense", "министр обороны"): a mention so named dates an undated article within the role.
   * Russian names in the nominative (they are read in every case); a name once per role.
   */
  names: z
    .array(z.string().trim().min(1))
    .refine((names) => new Set(names.map((name) => name.toLowerCase())).size === names.length, 'a name is given twice')
    .optional(),
});

/** One entry of `content/actors.yaml`, as an editor writes it. */
export const RegistryActorSchema = z.object({
  /** Stable kebab-case id, used in URLs: `/actors/<id>/`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case kebab-case'),
  /** The canonical name shown to readers. */
  name: z.string().min(1),
  type: ActorTypeSchema,
  /** One line saying who or what this is. */
  description: z.string().min(1),
  /** Every other spelling met in the sources, in any script. */
  aliases: z.array(z.string().min(1)).default([]),
  roles: z.array(ActorRoleSchema).default([]),
});

/** The whole registry file. */
export const ActorRegistrySchema = z.object({ actors: z.array(RegistryActorSchema) });

/** An actor as the site and the JSON export know it: from the registry, or found in the text (`provisional`). */
export const ActorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: ActorTypeSchema,
  aliases: z.array(z.string()),
  description: z.string().optional(),
  /** Found in articles but not in the registry: an editor should confirm it. */
  provisional: z.boolean().optional(),
  roles: z.array(ActorRoleSchema).optional(),
});

export type ActorType = z.infer<typeof ActorTypeSchema>;
export type ActorRole = z.infer<typeof ActorRoleSchema>;
export type RegistryActor = z.infer<typeof RegistryActorSchema>;
export type ActorRegistry = z.infer<typeof ActorRegistrySchema>;
export type Actor = z.infer<typeof ActorSchema>;
