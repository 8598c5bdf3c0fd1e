import { describe, expect, it } from 'vitest';
import {
  assetRefs,
  checkBudgets,
  formatKb,
  formatReport,
  gzipSize,
  measureSite,
  pageUrlOf,
  resolveRef,
  scriptImports,
  type SiteFiles,
} from '../../scripts/lib/size-report.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function site(files: Record<string, string>): SiteFiles {
  return new Map(Object.entries(files).map(([file, text]) => [file, encode(text)]));
}

describe('pageUrlOf', () => {
  it('serves index.html as its folder and other pages as themselves', () => {
    expect(pageUrlOf('index.html')).toBe('/');
    expect(pageUrlOf('events/x/index.html')).toBe('/events/x/');
    expect(pageUrlOf('404.html')).toBe('/404.html');
  });
});

describe('resolveRef', () => {
  it('resolves root-relative and relative references to dist paths', () => {
    expect(resolveRef('/_astro/a.css', '/events/x/')).toBe('_astro/a.css');
    expect(resolveRef('../../_astro/b.js?v=1#x', '/events/x/')).toBe('_astro/b.js');
    expect(resolveRef('c%20d.js', '/')).toBe('c d.js');
  });

  it('gives null for other sites and data URLs', () => {
    expect(resolveRef('https://cdn.example/x.js', '/')).toBeNull();
    expect(resolveRef('//cdn.example/x.js', '/')).toBeNull();
    expect(resolveRef('data:text/css,a{}', '/')).toBeNull();
  });
});

describe('assetRefs', () => {
  it('finds script files, stylesheets, preloads and inline scripts; not data scripts, comments or other links', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/a.css">
      <link rel=preload as=style href='/_astro/b.css'>
      <link rel="modulepreload" href="/_astro/m.js">
      <link rel="canonical" href="https://site.example/">
      <link rel="icon" href="/favicon.svg">
      <!-- <script src="/commented.js"></script> -->
      <script type="application/ld+json">{"a":">"}</script>
      <script type="module" src="/_astro/island.js"></script>
      <script>document.documentElement.classList.add("js")</script >
      <script type="importmap">{"imports":{}}</script>
    </head></html>`;
    expect(assetRefs(html)).toEqual({
      scripts: ['/_astro/island.js', '/_astro/m.js'],
      styles: ['/_astro/a.css', '/_astro/b.css'],
      inlineScripts: ['document.documentElement.classList.add("js")'],
    });
  });
});

describe('scriptImports', () => {
  it('lists static imports and re-exports, not dynamic imports', () => {
    const js = 'import{a as b}from"./chunk.js";import"./side.js";export*from"./re.js";const p=import("./lazy.js");';
    expect(scriptImports(js)).toEqual(['./chunk.js', './side.js', './re.js']);
  });
});

describe('measureSite', () => {
  const css = 'body{margin:0;color:#111}'.repeat(20);
  const entry = 'import{x}from"./chunk.js";const l=()=>import("/pagefind/pagefind.js");x();';
  const chunk = 'export const x=()=>document.title;'.repeat(10);
  const inline = 'import"/_astro/inline-dep.js";document.body.dataset.js="";';
  const inlineDep = 'export const y=1;';
  const home = `<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/entry.js"></script></head><body>Home<script type="module">${inline}</script></body></html>`;
  const event = '<html><head><link rel="stylesheet" href="../../_astro/a.css"><link rel="stylesheet" href="/_astro/gone.css"></head><body>Event</body></html>';
  // Pagefind's UI loads its engine and index with dynamic imports, per query: those stay out.
  const pagefindUi = 'const u=(b)=>import(`${b}pagefind.js`);window.PagefindUI=class{};'.repeat(5);
  const pagefindCss = '.pagefind-ui{--pagefind-ui-scale:1}'.repeat(5);
  const searchInline = 'new PagefindUI({element:"#search"});';
  const search = `<html><head><link rel="stylesheet" href="/pagefind/pagefind-ui.css"></head><body>Search<script src="/pagefind/pagefind-ui.js"></script><script>${searchInline}</script></body></html>`;
  const files = site({
    'index.html': home,
    'events/x/index.html': event,
    'search/index.html': search,
    '_astro/a.css': css,
    '_astro/entry.js': entry,
    '_astro/chunk.js': chunk,
    '_astro/inline-dep.js': inlineDep,
    'pagefind/pagefind-ui.js': pagefindUi,
    'pagefind/pagefind-ui.css': pagefindCss,
    'pagefind/pagefind.js': 'export const search=()=>fetch("fragment/x.pf_fragment");'.repeat(50),
    'pagefind/index.html': '<p>not a page</p>',
  });
  const report = measureSite(files);

  it('weighs each page with its CSS and the scripts it imports, not dynamic imports; Pagefind\'s own files are not pages', () => {
    expect(report.pages.map((page) => page.url)).toEqual(['/', '/events/x/', '/search/']);
    const [root, eventPage] = report.pages;
    expect(root).toEqual({
      url: '/',
      html: gzipSize(home),
      css: gzipSize(css),
      js: gzipSize(entry) + gzipSize(inlineDep) + gzipSize(chunk),
      inlineJs: gzipSize(inline),
      total: gzipSize(home) + gzipSize(css) + gzipSize(entry) + gzipSize(inlineDep) + gzipSize(chunk),
      assets: ['_astro/a.css', '_astro/entry.js', '_astro/inline-dep.js', '_astro/chunk.js'],
      missing: [],
    });
    expect(eventPage?.css).toBe(gzipSize(css));
    expect(eventPage?.missing).toEqual(['_astro/gone.css']);
  });

  it('counts Pagefind\'s UI, script and stylesheet, on /search/, and not the engine it imports per query', () => {
    const searchPage = report.pages.find((page) => page.url === '/search/');
    expect(searchPage).toEqual({
      url: '/search/',
      html: gzipSize(search),
      css: gzipSize(pagefindCss),
      js: gzipSize(pagefindUi),
      inlineJs: gzipSize(searchInline),
      total: gzipSize(search) + gzipSize(pagefindCss) + gzipSize(pagefindUi),
      assets: ['pagefind/pagefind-ui.css', 'pagefind/pagefind-ui.js'],
      missing: [],
    });
  });

  it('names the largest page', () => {
    expect(report.largest?.url).toBe('/');
  });

  it('checks the budgets: JavaScript on / (files and inline) and the largest page', () => {
    expect(checkBudgets(report)).toEqual([
      {
        label: 'JavaScript on / (files + inline)',
        limit: 10_000,
        actual: gzipSize(entry) + gzipSize(inlineDep) + gzipSize(chunk) + gzipSize(inline),
        pass: true,
      },
      { label: 'Largest page (HTML+CSS+JS)', limit: 60_000, actual: report.largest?.total, pass: true },
    ]);
    const tight = [{ label: 'tiny', limit: 10, measure: () => 11 }];
    expect(checkBudgets(report, tight)).toEqual([{ label: 'tiny', limit: 10, actual: 11, pass: false }]);
  });

  it('prints a table, the largest page, missing assets and each budget', () => {
    const lines = formatReport(report, [{ label: 'tiny', limit: 10_000, actual: 12_345, pass: false }]);
    expect(lines[0]).toMatch(/^page\s+html\s+css\s+js\s+total\s+\(inline js\)$/);
    expect(lines).toContain(`Largest page: / ${formatKb(report.largest?.total ?? 0)}`);
    expect(lines).toContain('Missing: /events/x/ loads /_astro/gone.css, which is not in dist/');
    expect(lines.at(-1)).toBe('FAIL  tiny: 12.3 KB (budget 10.0 KB)');
  });
});

describe('checkBudgets on a site without dist/index.html', () => {
  const about = '<html><body>About</body></html>';
  const report = measureSite(site({ 'about/index.html': about }));

  it('fails the JavaScript budget on / instead of passing with 0', () => {
    expect(checkBudgets(report)).toEqual([
      { label: 'JavaScript on / (files + inline)', limit: 10_000, actual: null, pass: false },
      { label: 'Largest page (HTML+CSS+JS)', limit: 60_000, actual: gzipSize(about), pass: true },
    ]);
  });

  it('prints the failed budget as having nothing to measure', () => {
    expect(formatReport(report, checkBudgets(report)).at(-2)).toBe('FAIL  JavaScript on / (files + inline): nothing to measure (budget 10.0 KB)');
  });
});
