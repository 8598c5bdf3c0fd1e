// Lists and reads the files under the content folder. This is the pipeline's only contact with
// the file system besides the article cache (disk-article-cache.ts, extractor-digest.ts):
// everything after it works on bytes and strings.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** How the build treats a file, by its name. */
export type FileRole = 'article' | 'sidecar' | 'registry' | 'lock' | 'other';

/** A file under `content/`, read or refused. */
export interface ContentFile {
  /** Path relative to the project root, with forward slashes: `content/articles/x.txt`. */
  file: string;
  role: FileRole;
  /** The bytes, unless the file was refused (`skip` says why). */
  bytes?: Uint8Array;
  skip?: string;
}

/** Articles larger than this are skipped unread; `TIMELINE_MAX_BYTES` overrides it. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** A byte count for people: "5.0 MB", "2.0 KB". */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** The role of a file, from its path relative to the content folder. */
export function fileRole(relative: string): FileRole {
  const name = relative.toLowerCase();
  if (name === 'actors.yaml') return 'registry';
  if (name === 'id-lock.yaml') return 'lock';
  if (!name.startsWith('articles/')) return 'other';
  if (name.endsWith('.meta.yaml')) return 'sidecar';
  if (/\.(txt|md)$/.test(name) && !path.posix.basename(name).startsWith('.')) return 'article';
  return 'other';
}

/** Every file below `dir`, recursively, as paths relative to it, sorted for a deterministic build. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Reads every file under `contentDir`; articles above `maxBytes` are refused without being read. */
export async function readContent(contentDir: string, projectRoot: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ContentFile[]> {
  const relatives = await listFiles(contentDir);
  return Promise.all(
    relatives.map(async (relative): Promise<ContentFile> => {
      const absolute = path.join(contentDir, relative);
      const file = path.relative(projectRoot, absolute).split(path.sep).join('/');
      const role = fileRole(relative);
      if (role === 'other') return { file, role };
      const { size } = await stat(absolute);
      if (size > maxBytes) {
        return { file, role, skip: `too large: ${formatSize(size)}, over the ${formatSize(maxBytes)} limit` };
      }
      return { file, role, bytes: new Uint8Array(await readFile(absolute)) };
    }),
  );
}
