// JSON for a `<script type="application/ld+json">`: HTML parsers end a script at `</script>`
// whatever the JSON means, so the characters that can start markup are written as JSON escapes.

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  // Line and paragraph separators are valid in JSON strings but end lines in older JS parsers.
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** `value` as JSON that is safe to place between `<script>` tags and parses back to the same value. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => UNSAFE_IN_SCRIPT[character] ?? character);
}
