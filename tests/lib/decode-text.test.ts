import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/lib/decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(utf8('Хафтар в Москве'))).toEqual({ ok: true, text: 'Хафтар в Москве', encoding: 'utf-8', warnings: [] });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Libye')]))).toEqual({ ok: true, text: 'Libye', encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 LE and BE with a BOM, and LE without one', () => {
    expect(decodeText(utf16('Évkourov à Benghazi', true, true))).toMatchObject({ ok: true, text: 'Évkourov à Benghazi', encoding: 'utf-16le' });
    expect(decodeText(utf16('Шойгу и Дбейба', false, true))).toMatchObject({ ok: true, text: 'Шойгу и Дбейба', encoding: 'utf-16be' });
    expect(decodeText(utf16('Haftar met Shoigu in Moscow', true, false))).toMatchObject({ ok: true, text: 'Haftar met Shoigu in Moscow', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    // "délégation à l’ANL" in Windows-1252, with CRLF line breaks.
    const bytes = new Uint8Array([0x64, 0xe9, 0x6c, 0xe9, 0x67, 0x61, 0x74, 0x69, 0x6f, 0x6e, 0x0d, 0x0a, 0xe0, 0x20, 0x6c, 0x92, 0x41, 0x4e, 0x4c]);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: 'délégation\nà l’ANL',
      encoding: 'windows-1252',
      warnings: ['not valid UTF-8: decoded as Windows-1252'],
    });
  });

  it('turns CR and CRLF into LF and composes to NFC', () => {
    expect(decodeText(utf8('a\r\nb\rc e\u0301'))).toMatchObject({ text: 'a\nb\nc é' });
  });

  it('refuses binary and empty files with a reason', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toEqual({ ok: false, reason: 'binary file: it contains NUL bytes' });
    expect(decodeText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 65]))).toEqual({ ok: false, reason: 'binary file: mostly control characters (decoded as utf-8)' });
    expect(decodeText(utf8(' \n\n '))).toEqual({ ok: false, reason: 'empty file: no text' });
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty file: no text' });
  });
});
