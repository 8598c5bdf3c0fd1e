// Generators of hostile input for the fuzz tests: random bytes and Unicode, front matter valid and
// broken, and real articles mutated. Shared by the pipeline properties and the site's hostile-article build.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/** Real article texts (content/articles and the outlet fixtures), by file name, read once. */
export const REAL_ARTICLES: ReadonlyArray<{ name: string; text: string }> = [
  ...['content/articles', 'tests/fixtures/outlets'].flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => /\.(txt|md)$/.test(name))
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') })),
  ),
];

/** Characters that break naive text handling: lone surrogates, bidi and zero-width marks, NUL, BOM, odd line breaks. */
const TRICKY_CHARS = ['\uD800', '\uDFFF', '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u0000', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u00A0', '\u0301', 'İ', 'ß', '𝕳', '👩‍👩‍👧'];

/** Newsroom fragments the stages look for, so random text reaches past the first stage. */
const NEWS_PIECES = ['\n', '\n\n', '---\n', '“', '”', '«', '»', ' said ', ' заявил ', ' a déclaré ', 'Haftar', 'Хафтар', 'Shoigu', ' on Monday', ' 22 août 2019', '17 марта 2011 года', 'March 3, 2011', '2011', 'Photo: AFP', 'Related Articles', 'MOSCOW, March 3 (Reuters) - ', '"'];

/** Random Unicode text: code points of every plane, tricky characters, newsroom fragments, and now and then a very long line. */
export const hostileUnicode: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 2, arbitrary: fc.constantFrom(...TRICKY_CHARS) },
      { weight: 3, arbitrary: fc.constantFrom(...NEWS_PIECES) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'Haftar ', '\u200B', '.', 'é', '«', '“', '"', "'"), fc.integer({ min: 1_000, max: 60_000 })).map(([unit, count]) => unit.repeat(count)) },
    ),
    { maxLength: 50 },
  )
  .map((parts) => parts.join(''));

/** Markup an attacker might plant, each carrying `mark` so that a page can be searched for it. */
export function payloads(mark: string): string[] {
  return [
    `<script>alert('${mark}')</script>`,
    `</script><script>alert('${mark}')</script>`,
    `<img src=x onerror="alert('${mark}')">`,
    `<svg onload=alert('${mark}')>`,
    `<a href="javascript:alert('${mark}')">link</a>`,
    `[link](javascript:alert('${mark}'))`,
    `<iframe src="data:text/html,${mark}"></iframe>`,
    `<${mark}-element ${mark}-attribute="1">`,
    `<div data-${mark}="1" style="x">`,
    `]]><!-- ${mark} -->`,
    `&lt;script&gt;${mark}&lt;/script&gt; &#60;b&#62;${mark}&amp;`,
    `"><b ${mark}=1>`,
    `'};alert('${mark}');//`,
    `\u2028</script>${mark}\u2029`,
  ];
}

/** One text in YAML front matter: a plain scalar, a quoted string or a block, any of which may be hostile. */
const yamlValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'Haftar visits Moscow',
    '"quoted: with colon"',
    "'single ''quoted'''",
    '2021-02-30',
    '2021-13-01',
    '2021-04-16',
    '2021-04',
    '1999',
    '0000-00-00',
    '2021-04-16T25:61:00Z',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://example.org/a?<script>alert(1)</script>',
    'HTTPS://EXAMPLE.ORG',
    '//example.org',
    'null',
    '~',
    'true',
    '12e400',
    '.nan',
    '0x1F',
    '[1, 2, {a: b}]',
    '{nested: {deeper: [1, {x: y}]}}',
    '!!binary aGVsbG8=',
    '!!js/function "function(){}"',
    '!custom tag',
    '|\n  block\n  text',
    '>-\n  folded\n  text',
    '&anchor value',
    '*undefined_alias',
    '<script>alert(1)</script>',
    '"\\u0000\\uD800"',
    '"unterminated',
    '[unclosed',
    '{a: 1, a: 2}',
    '? complex key',
    '@reserved',
    '`backtick',
    '%TAG',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((text) => JSON.stringify(text)),
  fc.integer({ min: 1_000, max: 300_000 }).map((length) => JSON.stringify('x'.repeat(length))),
);

/** Keys editors write, keys they do not, and keys YAML treats specially. */
const yamlKey = fc.constantFrom('title', 'published', 'date', 'outlet', 'source', 'url', 'language', 'note', 'unknown', '__proto__', 'constructor', 'toString', '<<', '"quoted key"', '? ', '-');

/** A "billion laughs": nine levels of nine aliases each, some 387 million leaves if expanded. */
export const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`)].join('\n');

/** YAML front matter, valid or broken: the `---` lines included, sometimes left unclosed. */
export const frontMatter: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.tuple(yamlKey, yamlValue).map(([key, value]) => `${key}: ${value}`) },
        { weight: 1, arbitrary: fc.constant(ALIAS_BOMB) },
        { weight: 1, arbitrary: fc.constantFrom('<<: *base', 'base: &base {title: merged}', '- a list item', '  indented: badly', '\ttab: indented', 'title: [', 'title:', ': no key', '...', '---') },
        { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
      ),
      { maxLength: 8 },
    ),
    fc.constantFrom('---', '...', '---   ', ''),
  )
  .map(([lines, close]) => `---\n${lines.join('\n')}\n${close}\n`);

/** One change to an article's text. */
type Mutation = (text: string) => string;

/** The random changes an article may undergo, each a function of the text; `mark` goes into planted markup. */
function mutation(mark: string): fc.Arbitrary<Mutation> {
  const position = fc.double({ min: 0, max: 1, noNaN: true });
  const at = (text: string, where: number): number => Math.floor(where * text.length);
  const paragraphsOf = (text: string): string[] => text.split(/\n\s*\n/);
  return fc.oneof(
    fc.tuple(position, fc.constantFrom(...payloads(mark))).map(([where, markup]): Mutation => (text) => text.slice(0, at(text, where)) + markup + text.slice(at(text, where))),
    fc.tuple(position, fc.constantFrom('«', '»', '“', '”', '„', '"', "'", '‹', '›', '&amp;', '&#x27;', '&nbsp;', '&#0;', '\uFEFF', '\u0000', '\u202E', '\u200B')).map(
      ([where, insert]): Mutation =>
        (text) =>
          text.slice(0, at(text, where)) + insert + text.slice(at(text, where)),
    ),
    fc.nat().map((index): Mutation => (text) => {
      const parts = paragraphsOf(text);
      return parts.filter((_, i) => i !== index % parts.length).join('\n\n');
    }),
    fc.nat().map((index): Mutation => (text) => {
      const parts = paragraphsOf(text);
      const i = index % parts.length;
      return [...parts.slice(0, i + 1), ...parts.slice(i)].join('\n\n');
    }),
    fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (text) => {
      const parts = paragraphsOf(text);
      const [i, j] = [a % parts.length, b % parts.length];
      return parts.map((part, k) => (k === i ? parts[j] : k === j ? parts[i] : part)).join('\n\n');
    }),
    fc.constantFrom<Mutation>(
      (text) => text.replace(/\n/g, '\r\n'),
      (text) => text.replace(/\n/g, '\r'),
      (text) => `\uFEFF${text}`,
      (text) => `\uFEFF\uFEFF${text}`,
      (text) => text.toUpperCase(),
      (text) => text.replace(/\s+/g, ' '),
    ),
  );
}

/** An encoded article and how it was made, for the failure message. */
export interface MutatedArticle {
  name: string;
  bytes: Uint8Array;
}

/** A real article with a few random mutations, now and then front matter, encoded and maybe cut in the middle of a UTF-8 sequence. */
export function mutatedArticle(mark = 'fuzzmark'): fc.Arbitrary<MutatedArticle> {
  return fc
    .record({
      article: fc.constantFrom(...REAL_ARTICLES),
      mutations: fc.array(mutation(mark), { minLength: 1, maxLength: 6 }),
      front: fc.option(frontMatter, { freq: 4 }),
      cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 5 }),
    })
    .map(({ article, mutations, front, cut }) => {
      const text = (front ?? '') + mutations.reduce((current, change) => change(current), article.text);
      const bytes = new TextEncoder().encode(text);
      if (cut === null) return { name: article.name, bytes };
      // Cut just past a lead byte when there is one: the file then ends in an incomplete sequence.
      const end = Math.floor(cut * bytes.length);
      const lead = bytes.findIndex((byte, i) => i >= end && byte >= 0xc0);
      return { name: article.name, bytes: bytes.slice(0, lead === -1 ? end : lead + 1) };
    });
}

/** Fixed seed and run count for CI; `FUZZ_SEED` and `FUZZ_RUNS` explore further locally. */
export function fuzzParameters(defaultRuns: number, timeLimitMs: number): fc.Parameters<unknown> {
  const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : defaultRuns;
  return {
    seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_240_601,
    numRuns: runs,
    // A larger budget asked for locally lifts the CI time limit with it.
    ...(process.env.FUZZ_RUNS ? {} : { interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false }),
    verbose: fc.VerbosityLevel.Verbose,
  };
}
