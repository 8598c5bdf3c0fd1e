// Reads a `_headers` file as Netlify and Cloudflare Pages do (public/_headers, copied into dist/),
// so that tests can ask which headers a host would send with a path, and serve them.

/** One block of a `_headers` file: a path pattern and the headers it sets, in file order. */
export interface HeaderRule {
  /** `/path`, with `*` (any characters, `/` included) and `:name` (one path segment). */
  pattern: string;
  /** Header names as written, with their values. */
  headers: [name: string, value: string][];
}

/**
 * Parses a `_headers` file: a line at the left margin is a path pattern, the indented
 * `Name: value` lines under it are its headers, `#` lines are comments. Throws on any other line,
 * naming it: a host would reject the file or, worse, skip the rule.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const rule = rules.at(-1);
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/')) throw new Error(`_headers line ${index + 1}: a path must start with "/": ${trimmed}`);
      rules.push({ pattern: trimmed, headers: [] });
    } else {
      const header = /^([A-Za-z0-9-]+):\s*(.+)$/.exec(trimmed);
      if (!header?.[1] || !header[2] || !rule) throw new Error(`_headers line ${index + 1}: not "Name: value" under a path: ${trimmed}`);
      rule.headers.push([header[1], header[2]]);
    }
  }
  return rules;
}

/** True when `pathname` matches a rule's pattern, whole. */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * Every value each header gets for `pathname` from the rules that match it, in file order, by
 * lower-cased name. Hosts differ when a header gets two (Cloudflare joins them with commas,
 * Netlify keeps the last), so a file meant for both gives each header one value per path.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) found.set(name.toLowerCase(), [...(found.get(name.toLowerCase()) ?? []), value]);
  }
  return found;
}
