// The content of a built folder, file by file, to compare two builds (or a build before and after).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { digestOf } from '../../../src/lib/digest.ts';

/** Every file under `dir`, by its path relative to it with forward slashes, mapped to a digest of its bytes. */
export function fileDigests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, file).split(path.sep).join('/'), digestOf(readFileSync(file))];
    }),
  );
}
