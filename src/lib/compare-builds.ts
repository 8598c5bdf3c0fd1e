// What changed since the previous build: articles added, edited or removed, events that
// appeared, changed or left, and names the registry does not know that turned up. Builds are
// compared through a small manifest of digests, kept between builds in the build cache.
import type { BuildChanges } from '../schemas/report.ts';

/** What a build leaves behind for the next one to compare with. */
export interface BuildManifest {
  /** Article file → digest of its bytes and its sidecar's. */
  articles: Record<string, string>;
  /** Event id → digest of its record. */
  events: Record<string, string>;
  unknownNames: string[];
}

/** Keys of `current` absent from `previous`, keys present in both with another value, and keys gone. */
function diff(previous: Record<string, string>, current: Record<string, string>) {
  const keys = (record: Record<string, string>) => Object.keys(record).sort();
  return {
    added: keys(current).filter((key) => !(key in previous)),
    changed: keys(current).filter((key) => key in previous && previous[key] !== current[key]),
    removed: keys(previous).filter((key) => !(key in current)),
  };
}

/** The changes from `previous` to `current`; null when there is no previous build to compare with. */
export function compareBuilds(previous: BuildManifest | null, current: BuildManifest): BuildChanges | null {
  if (previous === null) return null;
  const known = new Set(previous.unknownNames);
  return {
    articles: diff(previous.articles, current.articles),
    events: diff(previous.events, current.events),
    unknownNames: {
      added: current.unknownNames.filter((name) => !known.has(name)).sort(),
    },
  };
}
