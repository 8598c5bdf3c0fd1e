// Files no newsroom meant to save as articles, about one in a hundred of the corpus: what lands in
// a shared folder by mistake. Each says what the build should make of it.
import type { Random } from './random.ts';

/** The kinds of file that cannot be read as an article. */
export type BadKind = 'binary' | 'empty' | 'docx' | 'huge-line';

/** Every bad kind, in the order they are handed out. */
export const BAD_KINDS: readonly BadKind[] = ['binary', 'empty', 'docx', 'huge-line'];

/** A bad file: its name (without folder) and bytes. */
export interface BadFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * How long the line without breaks is: a page's worth of minified markup pasted as text, under the 2 MB limit. The
 * cleaner drops it as code, which leaves nothing to read: the file is skipped.
 */
const HUGE_LINE_BYTES = 600_000;

/** A file of `kind`, numbered `number`. */
export function badFile(kind: BadKind, number: string, random: Random): BadFile {
  switch (kind) {
    case 'binary': {
      // A PNG saved with a .txt name: its signature, then NUL bytes and noise.
      const noise = Array.from({ length: 512 }, () => random.int(0, 255));
      return { name: `${number}-scan.txt`, bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...noise]) };
    }
    case 'empty':
      return { name: `${number}-untitled.txt`, bytes: new Uint8Array() };
    case 'docx': {
      // A Word document: a ZIP archive, its local file header first.
      const body = new TextEncoder().encode('[Content_Types].xml word/document.xml');
      return { name: `${number}-briefing.docx`, bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, ...body, ...Array.from({ length: 256 }, () => random.int(0, 255))]) };
    }
    case 'huge-line': {
      // A page's scripts and markup pasted as one line: words, but no sentence and no line break.
      const tokens = ['window.dataLayer', 'function(e){return', 'var', 'ad_slot', '"/libya/russia"', 'null', 'true', '{"id":', '0x1f', 'push(', ');'];
      const parts: string[] = [];
      let length = 0;
      while (length < HUGE_LINE_BYTES) {
        const token = random.pick(tokens);
        parts.push(token);
        length += token.length + 1;
      }
      return { name: `${number}-page-source.txt`, bytes: new TextEncoder().encode(parts.join(' ')) };
    }
  }
}
