import { describe, expect, it } from 'vitest';
import { cspHash } from '../../../src/lib/views/csp-hash.ts';

describe('cspHash', () => {
  it('is the base64 SHA-256 of the text as UTF-8, the form a CSP source takes', () => {
    expect(cspHash('a{}')).toBe('sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk=');
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
