// One digest for everything the build compares by content: cache keys, the extractor's code, the
// manifest of the previous build.
import { createHash } from 'node:crypto';

/**
 * A SHA-256, in hex, over `parts` in order. Each part is preceded by its length (or by "none" for
 * null), so no two different lists of parts hash the same bytes, even parts holding NUL bytes.
 */
export function digestOf(...parts: ReadonlyArray<string | Uint8Array | null>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const data = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${data === null ? 'none' : data.byteLength}:`);
    if (data) hash.update(data);
  }
  return hash.digest('hex');
}
