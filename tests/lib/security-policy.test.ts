import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicy, POLICY_DIRECTIVES, SCRIPT_SOURCES } from '../../src/lib/security-policy.ts';
import { headersFor, parseHeadersFile } from '../../scripts/lib/static-headers.ts';

describe('headerPolicy', () => {
  it('adds scripts by origin only, inline styles, and frame-ancestors to the page directives', () => {
    expect(headerPolicy()).toBe(
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; " +
        "script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  });

  it('never lets an inline or evaluated script run', () => {
    expect(SCRIPT_SOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(POLICY_DIRECTIVES.filter((directive) => directive.startsWith('script-src'))).toEqual([]);
  });
});

describe('public/_headers', () => {
  it('sends the same policy as a header on every path', () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    expect(headersFor(rules, '/').get('content-security-policy')).toEqual([headerPolicy()]);
    expect(headersFor(rules, '/pagefind/pagefind-worker.js').get('content-security-policy')).toEqual([headerPolicy()]);
  });
});
