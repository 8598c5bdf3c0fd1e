// Inline text the build writes itself must be allowed by the page's Content-Security-Policy by hash.
import { createHash } from 'node:crypto';

/** The hash a CSP needs to allow an inline `<style>` or `<script>` whose text is `text`, as Astro takes it: `sha256-<base64>`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
