// Reads the actor registry, `content/actors.yaml`: data the product knows, validated by the same
// schema the site uses. A broken registry is reported, not fatal: the build goes on with what validates.
import { parse } from 'yaml';
import { ActorRegistrySchema, RegistryActorSchema, type RegistryActor } from '../schemas/actor.ts';
import { formatIssues } from '../schemas/format-issues.ts';

/** The registry's actors and the problems found, each naming the file and the field. */
export function loadRegistry(file: string, text: string): { actors: RegistryActor[]; messages: string[] } {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    return { actors: [], messages: [`${file}: malformed YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const whole = ActorRegistrySchema.safeParse(value);
  if (whole.success) return { actors: whole.data.actors, messages: [] };
  // Keep every entry that validates on its own, so one typo does not empty the registry.
  const entries: unknown[] = Array.isArray((value as { actors?: unknown })?.actors) ? (value as { actors: unknown[] }).actors : [];
  const actors = entries.flatMap((entry) => {
    const parsed = RegistryActorSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  return { actors, messages: formatIssues(file, whole.error) };
}
