// Files the build keeps between runs (the id lock, cache entries, the manifest) are written aside
// and renamed into place: a build stopped mid-write, or two builds at once, never leave half a file.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `text` to `file` through a temporary file in the same folder and a rename; throws as `writeFileSync` would. */
export function writeFileAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
