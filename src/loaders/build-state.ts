// What one build leaves for the next: the id lock in content/ (committed by the editor) and the
// manifest of digests in the cache folder (local to this machine), read before a run and written
// after it. Neither may stop a build: an unreadable manifest means "no previous build", and a
// lock that cannot be written is said in the log.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildManifest } from '../lib/compare-builds.ts';
import { ID_LOCK_FILE, formatIdLock } from '../lib/id-lock-file.ts';
import type { Corpus } from '../lib/extract-corpus.ts';
import { writeFileAtomically } from '../lib/write-file-atomically.ts';

/** The manifest's file under Astro's cache folder. */
function manifestFile(cacheDir: string): string {
  return path.join(cacheDir, 'timeline', 'last-build.json');
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf-8');
  } catch {
    return null;
  }
}

/** The manifest the previous build on this machine left, or null when there is none to trust. */
export function readPreviousManifest(cacheDir: string): BuildManifest | null {
  const text = readText(manifestFile(cacheDir));
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<BuildManifest>;
    const isRecord = (record: unknown) => typeof record === 'object' && record !== null && !Array.isArray(record);
    return isRecord(value.articles) && isRecord(value.events) && Array.isArray(value.unknownNames) ? (value as BuildManifest) : null;
  } catch {
    return null;
  }
}

/**
 * Writes the id lock when this build changed it, and the manifest for the next build. Returns
 * the lines to log: the lock rewritten (so the editor knows to commit it), or why it could not be.
 */
export function saveBuildState(root: string, cacheDir: string, corpus: Pick<Corpus, 'lock' | 'lockWritable' | 'manifest'>): string[] {
  const lines: string[] = [];
  const lockFile = path.join(root, ID_LOCK_FILE);
  const lockText = formatIdLock(corpus.lock);
  if (corpus.lockWritable && readText(lockFile) !== lockText) {
    try {
      writeFileAtomically(lockFile, lockText);
      lines.push(`${ID_LOCK_FILE} updated: commit it with the articles, so event addresses stay as they are`);
    } catch (error) {
      lines.push(`${ID_LOCK_FILE} could not be written (${(error as Error).message}): ids of new events may change on the next build`);
    }
  }
  try {
    writeFileAtomically(manifestFile(cacheDir), JSON.stringify(corpus.manifest));
  } catch {
    // Without it the next build only loses its list of changes.
  }
  return lines;
}
