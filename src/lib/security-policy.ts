// The site's Content-Security-Policy, in one place. astro.config.mjs hands it to Astro, which
// writes it into every page as a <meta> carrying the hashes of that page's inline styles;
// public/_headers sends it as a response header too (tests/scripts/security-headers.test.ts keeps
// the two in step). A browser enforces both, so a page gets what both allow.

/** Directives every page's <meta> policy carries; Astro writes script-src and style-src itself. Literal types, as Astro's config type asks. */
export const POLICY_DIRECTIVES = [
  "default-src 'self'",
  // The favicon is a data: URL (BaseLayout.astro).
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * Where scripts may come from: the site's own files only, never inline code. Pagefind compiles
 * its WebAssembly search engine in the page, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The policy as a response header. Stylesheets are files, but one small style is inline (the print
 * origin, PrintOrigin.astro) and its hash differs from site to site, so the header, one for the whole
 * site, allows inline styles; the page's own <meta>, enforced alongside it, pins them to their hashes.
 * Scripts are files (`vite.build.assetsInlineLimit`), so the header needs no hash for them.
 * `frame-ancestors` works only in a header: a <meta> cannot stop the page being framed.
 */
export function headerPolicy(): string {
  return [...POLICY_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'"].join('; ');
}
