import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../../src/lib/views/serialize-json-ld.ts';

describe('serializeJsonLd', () => {
  it('writes < > & as JSON escapes so no text can close the script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).toBe(
      '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}',
    );
    expect(serializeJsonLd({ name: 'A & B <!-- c' })).toBe('{"name":"A \\u0026 B \\u003c!-- c"}');
  });

  it('escapes the line and paragraph separators', () => {
    expect(serializeJsonLd(['a\u2028b\u2029c'])).toBe('["a\\u2028b\\u2029c"]');
  });

  it('parses back to the same value, non-Latin text included', () => {
    const value = { name: 'Делегация </SCRIPT> «Вагнер»', nested: [{ headline: 'Une délégation & <b>' }] };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
    expect(serializeJsonLd(value)).not.toMatch(/[<>&]/);
  });
});
