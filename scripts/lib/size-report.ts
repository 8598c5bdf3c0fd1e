// What each built page costs a reader: its HTML plus the CSS and JavaScript it loads as it opens
// (Pagefind's UI on /search/ included), gzipped one file at a time (one request each), checked
// against the budgets of the website issue.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SEARCH_BUNDLES } from '../../src/lib/search-bundles.ts';

/** The built site in memory: paths relative to `dist/`, with `/` separators, to their bytes. */
export type SiteFiles = ReadonlyMap<string, Uint8Array>;

/** One page's weight in gzipped bytes. */
export interface PageWeight {
  /** The URL path the page is served at: `/`, `/events/x/`, `/404.html`. */
  url: string;
  /** The HTML file, inline scripts and styles included. */
  html: number;
  css: number;
  /** Script files the page loads, with the modules they import statically. */
  js: number;
  /** Inline scripts gzipped on their own: already inside `html`, reported for the JavaScript budget. */
  inlineJs: number;
  /** HTML + CSS + JS files: what the page moves over the network. */
  total: number;
  /** Assets counted, as paths in `dist/`. */
  assets: string[];
  /** Assets the page refers to that are not in `dist/`. */
  missing: string[];
}

/** The whole site's weights, pages sorted by URL. */
export interface SizeReport {
  pages: PageWeight[];
  /** The page with the largest total; undefined for a site without pages. */
  largest: PageWeight | undefined;
}

/** A limit in gzipped bytes on one measure. */
export interface Budget {
  label: string;
  limit: number;
  /** The measured bytes; null when the site lacks what the budget is about, which fails it. */
  measure(report: SizeReport): number | null;
}

/** One budget checked. */
export interface BudgetResult {
  label: string;
  limit: number;
  /** Null when there was nothing to measure. */
  actual: number | null;
  pass: boolean;
}

/** Budgets count in kilobytes of 1000 bytes, as browsers' network panels and Lighthouse do. */
const KB = 1000;

/** The budgets: JavaScript on `/` ≤ 10 KB gzipped; any page's HTML+CSS+JS ≤ 60 KB gzipped. */
export const BUDGETS: readonly Budget[] = [
  {
    label: 'JavaScript on / (files + inline)',
    limit: 10 * KB,
    measure: (report) => {
      // No dist/index.html is a broken build, not a page without JavaScript.
      const home = report.pages.find((page) => page.url === '/');
      return home ? home.js + home.inlineJs : null;
    },
  },
  {
    label: 'Largest page (HTML+CSS+JS)',
    limit: 60 * KB,
    measure: (report) => report.largest?.total ?? 0,
  },
];

/**
 * Pagefind's folders. Its UI files count on the page that loads them (/search/), like any asset;
 * its index is fetched per query by dynamic imports, which no page's weight includes. None of its
 * files is a page.
 */
const inSearchBundle = (file: string) => SEARCH_BUNDLES.some(({ folder }) => file.startsWith(`${folder}/`));

/** Gzipped size at zlib's default level, as a web server compresses on the fly. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes).byteLength;
}

/** `index.html` → `/`, `events/x/index.html` → `/events/x/`, `404.html` → `/404.html`. */
export function pageUrlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** A reference on a page as a path in `dist/`; null when it points off the site or has no file. */
export function resolveRef(ref: string, pageUrl: string): string | null {
  const base = new URL(pageUrl, 'http://site.invalid');
  const url = new URL(ref, base);
  if (url.origin !== base.origin) return null;
  return decodeURIComponent(url.pathname).replace(/^\/+/, '') || null;
}

const ATTRIBUTES = `((?:[^>"']|"[^"]*"|'[^']*')*)`;
const SCRIPT = new RegExp(`<script\\b${ATTRIBUTES}>([\\s\\S]*?)</script\\s*>`, 'gi');
const LINK = new RegExp(`<link\\b${ATTRIBUTES}>`, 'gi');
/** Script types a browser runs; JSON-LD, import maps and templates are data. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of one tag's attribute text, names lower-cased. */
function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const [, name = '', double, single, bare] = match;
    attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  }
  return attributes;
}

/** What an HTML page loads as it opens: script files, stylesheets, and the text of its inline scripts. */
export function assetRefs(html: string): { scripts: string[]; styles: string[]; inlineScripts: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const inlineScripts: string[] = [];
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, attributeText = '', body = ''] of source.matchAll(SCRIPT)) {
    const attributes = attributesOf(attributeText);
    if (!EXECUTABLE.test(attributes.get('type')?.trim() ?? '')) continue;
    const src = attributes.get('src');
    if (src) scripts.push(src);
    else if (body.trim() !== '') inlineScripts.push(body);
  }
  for (const [, attributeText = ''] of source.matchAll(LINK)) {
    const attributes = attributesOf(attributeText);
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attributes.get('href');
    if (!href) continue;
    const as = attributes.get('as')?.toLowerCase();
    if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) styles.push(href);
    else if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) scripts.push(href);
  }
  return { scripts, styles, inlineScripts };
}

/**
 * The modules a script imports statically (`import{a}from"./x.js"`, `import "./y.js"`,
 * `export * from "./z.js"`): they load with it. Dynamic `import("…")` loads on demand and is left out.
 */
export function scriptImports(js: string): string[] {
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  return [...js.matchAll(pattern)].map((match) => match[1] ?? '').filter((specifier) => specifier !== '');
}

/** Every script a page's entry scripts pull in, following static imports; paths in `dist/`. */
function scriptClosure(entries: readonly string[], files: SiteFiles): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = files.get(file);
    if (!bytes) continue;
    for (const specifier of scriptImports(new TextDecoder().decode(bytes))) {
      // Bare specifiers (`import "x"`) cannot load in a browser without an import map; skip them.
      if (!/^(\.{0,2}\/|https?:)/.test(specifier)) continue;
      const resolved = resolveRef(specifier, `/${file}`);
      if (resolved) queue.push(resolved);
    }
  }
  return [...seen];
}

function sumGzip(paths: readonly string[], files: SiteFiles): number {
  return paths.reduce((sum, file) => {
    const bytes = files.get(file);
    return bytes ? sum + gzipSize(bytes) : sum;
  }, 0);
}

/** One HTML file's weight with the assets it loads. */
export function measurePage(file: string, files: SiteFiles): PageWeight {
  const bytes = files.get(file);
  if (!bytes) throw new Error(`${file} is not in the site`);
  const url = pageUrlOf(file);
  const refs = assetRefs(new TextDecoder().decode(bytes));
  const local = (list: readonly string[]): string[] =>
    [...new Set(list.map((ref) => resolveRef(ref, url)))].filter((resolved): resolved is string => resolved !== null);
  const styles = local(refs.styles);
  // Inline module scripts may import files statically too: those load with the page.
  const inlineImports = refs.inlineScripts.flatMap(scriptImports).filter((specifier) => /^(\.{0,2}\/|https?:)/.test(specifier));
  const scripts = scriptClosure(local([...refs.scripts, ...inlineImports]), files);
  const assets = [...styles, ...scripts];
  const html = gzipSize(bytes);
  const css = sumGzip(styles, files);
  const js = sumGzip(scripts, files);
  const inlineJs = refs.inlineScripts.reduce((sum, script) => sum + gzipSize(script), 0);
  return { url, html, css, js, inlineJs, total: html + css + js, assets, missing: assets.filter((asset) => !files.has(asset)) };
}

/** Every HTML page of the site, measured; Pagefind's own files are not pages. */
export function measureSite(files: SiteFiles): SizeReport {
  const pages = [...files.keys()]
    .filter((file) => file.endsWith('.html') && !inSearchBundle(file))
    .map((file) => measurePage(file, files))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const largest = pages.reduce<PageWeight | undefined>((max, page) => (max && max.total >= page.total ? max : page), undefined);
  return { pages, largest };
}

/** Each budget with the measured value and whether it holds. */
export function checkBudgets(report: SizeReport, budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  return budgets.map(({ label, limit, measure }) => {
    const actual = measure(report);
    return { label, limit, actual, pass: actual !== null && actual <= limit };
  });
}

/** Bytes as kilobytes with one decimal: "12.3 KB". */
export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** The printed report: a table of pages, the largest page, and each budget marked PASS or FAIL. */
export function formatReport(report: SizeReport, results: readonly BudgetResult[]): string[] {
  const header = ['page', 'html', 'css', 'js', 'total', '(inline js)'];
  const rows = report.pages.map((page) => [page.url, ...[page.html, page.css, page.js, page.total, page.inlineJs].map(formatKb)]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  const lines = [line(header), ...rows.map(line), ''];
  lines.push(`${report.pages.length} pages, gzipped one file at a time; total = html + css + js files.`);
  lines.push('Inline scripts are inside html; "(inline js)" weighs them alone. Pagefind\'s UI counts on /search/; its index, fetched per query, does not.');
  if (report.largest) lines.push(`Largest page: ${report.largest.url} ${formatKb(report.largest.total)}`);
  for (const page of report.pages) {
    for (const asset of page.missing) lines.push(`Missing: ${page.url} loads /${asset}, which is not in dist/`);
  }
  for (const result of results) {
    const actual = result.actual === null ? 'nothing to measure' : formatKb(result.actual);
    lines.push(`${result.pass ? 'PASS' : 'FAIL'}  ${result.label}: ${actual} (budget ${formatKb(result.limit)})`);
  }
  return lines;
}

/** A `dist/` file's path relative to the folder, with `/` separators on every platform. */
export function sitePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
