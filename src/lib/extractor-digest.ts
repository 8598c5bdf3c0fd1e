// The version of the extraction, as a digest of its own code: part of every article cache key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { digestOf } from './digest.ts';

/**
 * What the extraction is made of, relative to the project root. A hand-kept version number would
 * be forgotten on the day a stage changes; a digest of the code cannot be. The pipeline is
 * src/lib/ and the schemas it validates with; the lock file stands for its dependencies (franc's
 * models, zod, YAML) and for the Node it runs on. Page helpers in src/lib/views/ come along: a
 * change there costs one cold extraction, a narrower list would risk a stale one.
 */
const EXTRACTOR_SOURCES: readonly string[] = ['src/lib', 'src/schemas', 'package-lock.json'];

/** Every file under `input` (a file or a folder; none when missing), as sorted paths relative to `root` with forward slashes. */
function listFiles(root: string, input: string): string[] {
  const full = path.join(root, input);
  const stats = statSync(full, { throwIfNoEntry: false });
  if (!stats) return [];
  if (!stats.isDirectory()) return [input];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A SHA-256 over the extraction's code and dependencies under `root`, and the Node version running it. */
export function extractorDigest(root: string): string {
  const files = EXTRACTOR_SOURCES.flatMap((input) => listFiles(root, input));
  // Regular expressions' Unicode tables and Intl come with Node itself, not with the lock file.
  return digestOf(`node ${process.version}`, ...files.flatMap((file) => [file, readFileSync(path.join(root, file))]));
}
