// Turns a file's bytes into text. Decoding uses the platform's WHATWG TextDecoder (full ICU in
// Node ≥ 22), which knows UTF-8, UTF-16 and Windows-1252; what is written here is only the
// choice of encoding, which no decoder makes for us: a BOM first, then strict UTF-8, then
// Windows-1252 (what Word and older newsroom systems on Windows produce).

/** Decoded text, or the reason the bytes are not an article. */
export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; reason: string };

/** Share of control characters above which bytes are taken for a binary file. */
const MAX_CONTROL_SHARE = 0.1;

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. */
function bomlessUtf16(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) i % 2 === 0 ? evenNuls++ : oddNuls++;
  }
  const half = sample.length / 2;
  if (oddNuls > half * 0.6 && evenNuls === 0) return 'utf-16le';
  if (evenNuls > half * 0.6 && oddNuls === 0) return 'utf-16be';
  return null;
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return controls / text.length;
}

/** Line breaks to LF and Unicode to NFC, so offsets and comparisons mean the same everywhere. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Decodes `bytes` as the encoding they are in; refuses binary content with a reason. */
export function decodeText(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  const guessed = bom?.encoding ?? bomlessUtf16(bytes);
  const warnings: string[] = [];
  let text: string;
  let encoding: string;
  if (guessed) {
    encoding = guessed;
    text = new TextDecoder(guessed).decode(bytes.subarray(bom?.length ?? 0));
  } else if (bytes.includes(0)) {
    return { ok: false, reason: 'binary file: it contains NUL bytes' };
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
      warnings.push('not valid UTF-8: decoded as Windows-1252');
    }
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return { ok: false, reason: `binary file: mostly control characters (decoded as ${encoding})` };
  }
  const normalized = normalizeText(text);
  if (normalized.trim().length === 0) return { ok: false, reason: 'empty file: no text' };
  return { ok: true, text: normalized, encoding, warnings };
}
