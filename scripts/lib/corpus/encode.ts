// Text to bytes in the encodings articles arrive in: UTF-8, Windows-1252 (old French and English
// desks), UTF-16 with a byte-order mark (Word's "Unicode text"), with Unix or Windows line ends.

/** The encodings the corpus writes. */
export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le';

/** Windows-1252's characters in 0x80–0x9F, where it departs from Latin-1. */
const CP1252_HIGH: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Windows-1252 bytes; a character the code page lacks becomes "?", as a save from an old editor does. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => {
    const code = char.codePointAt(0) ?? 0x3f;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    return CP1252_HIGH[char] ?? (char === '\u202f' ? 0xa0 : 0x3f);
  }));
}

/** UTF-16 little-endian with its byte-order mark. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), true);
  return bytes;
}

/** The bytes of `text` in `encoding`, its line ends made CRLF when `crlf`. */
export function encodeText(text: string, encoding: Encoding, crlf = false): Uint8Array {
  const lines = crlf ? text.replace(/\n/g, '\r\n') : text;
  if (encoding === 'windows-1252') return windows1252(lines);
  if (encoding === 'utf-16le') return utf16le(lines);
  return new TextEncoder().encode(lines);
}
