// Bad input, each case ending with a report entry and the build going on.
import { mkdtemp, mkdir, writeFile, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/lib/extract-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LEAD = 'MOSCOW, March 3 (Reuters) - Russian Defence Minister Sergei Shoigu met Khalifa Haftar in Moscow on Tuesday, the ministry said in a statement.';

function windows1252(text: string): Uint8Array {
  // Enough of the code page for French: Latin-1 plus the curly apostrophe.
  return Uint8Array.from([...text].map((char) => (char === '’' ? 0x92 : char.charCodeAt(0))));
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
  return bytes;
}

const files: Record<string, string | Uint8Array> = {
  'empty.txt': '',
  'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  'huge.txt': 'x'.repeat(5 * 1024 * 1024),
  'invalid-utf8.txt': new Uint8Array([...new TextEncoder().encode('Haftar in Moscow\n\nPublished: 3 March 2020\n\n'), 0xff, 0xfe, 0x41, ...new TextEncoder().encode(`\n${LEAD}`)]),
  'utf16.txt': utf16le(`Haftar in Moscow\n\nPublished: 3 March 2020\n\n${LEAD}\n`),
  'cp1252-fr.txt': windows1252(
    'Le maréchal Haftar reçu à Moscou\r\n\r\nPublié le 3 mars 2020\r\n\r\nLe ministre russe de la Défense, Sergueï Choïgou, a reçu mardi le maréchal Khalifa Haftar, commandant de l’ANL, a indiqué le ministère.\r\n',
  ),
  'bad-front-matter.md': `---\ntitle: Haftar in Moscow\ndate: [2020-03-03\n---\n${LEAD}\n`,
  'undated.txt': 'Haftar and Russia\n\nRussian officials and Khalifa Haftar have discussed military training, the Libyan National Army said.\n',
  'markup.txt': `Haftar <script>alert(1)</script> in Moscow\n\nPublished: 3 March 2020\n\n${LEAD}\n\nThe ministry posted <img src=x onerror="alert(2)"> and <iframe src="javascript:alert(3)"></iframe> with [a link](javascript:alert(4)), Reuters said.\n`,
  'name with spaces & #hash é.txt': `Haftar in Moscow\n\nPublished: 3 March 2020\n\n${LEAD}\n`,
  'nested/deeper/article.md': `---\ntitle: Nested article\npublished: 2020-03-03\n---\n${LEAD}\n`,
  '.DS_Store': new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]),
  'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
  'orphan.txt.meta.yaml': 'published: 2020-03-03\n',
};

let corpus: Corpus;
const report = (name: string) => corpus.report.files.find((entry) => entry.file === `content/articles/${name}`);
const primary = (name: string) => corpus.events.find((e) => e.kind === 'primary' && e.sources.some((s) => s.file === `content/articles/${name}`));
const source = (name: string) => corpus.sources.find((s) => s.file === `content/articles/${name}`);

let root = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'timeline-bad-input-'));
  await mkdir(path.join(root, 'content/articles/nested/deeper'), { recursive: true });
  await cp(path.join(ROOT, 'content/actors.yaml'), path.join(root, 'content/actors.yaml'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(root, 'content/articles', name), content);
  corpus = await loadCorpus({ root });
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('bad input', () => {
  it('reports every file exactly once', () => {
    const reported = corpus.report.files.map((entry) => entry.file).filter((file) => file.startsWith('content/articles/'));
    expect(reported.sort()).toEqual(Object.keys(files).map((name) => `content/articles/${name}`).sort());
  });

  it('skips an empty file, a binary file and a 5 MB file with their reasons', () => {
    expect(report('empty.txt')).toMatchObject({ status: 'skipped', messages: ['empty file: no text'] });
    expect(report('binary.txt')).toMatchObject({ status: 'skipped', messages: ['binary file: it contains NUL bytes'] });
    expect(report('huge.txt')).toMatchObject({ status: 'skipped', messages: ['too large: 5.0 MB, over the 2.0 MB limit'] });
  });

  it('skips files that are not articles', () => {
    expect(report('.DS_Store')?.status).toBe('skipped');
    expect(report('photo.jpg')?.status).toBe('skipped');
  });

  it('decodes invalid UTF-8 as Windows-1252, with a warning', () => {
    expect(report('invalid-utf8.txt')?.status).toBe('warning');
    expect(report('invalid-utf8.txt')?.messages).toContain('not valid UTF-8: decoded as Windows-1252');
    expect(primary('invalid-utf8.txt')?.date).toBe('2020-03-03');
  });

  // Several files report one meeting: their reports merge into one event, each source keeping its own title and language.
  it('reads UTF-16 with a BOM', () => {
    expect(primary('utf16.txt')?.date).toBe('2020-03-03');
    expect(source('utf16.txt')).toMatchObject({ title: 'Haftar in Moscow' });
  });

  it('reads Windows-1252 French with CRLF line breaks', () => {
    const event = primary('cp1252-fr.txt');
    expect(event?.date).toBe('2020-03-03');
    expect(source('cp1252-fr.txt')).toMatchObject({ title: 'Le maréchal Haftar reçu à Moscou', language: 'fr' });
    expect(event?.actors).toEqual(expect.arrayContaining(['khalifa-haftar', 'libyan-national-army', 'sergei-shoigu']));
  });

  it('warns about malformed front matter with its line and still extracts the text', () => {
    const entry = report('bad-front-matter.md');
    expect(entry?.status).toBe('warning');
    expect(entry?.messages.some((m) => /^line 3: front matter: malformed YAML at line 3/.test(m))).toBe(true);
    expect(primary('bad-front-matter.md')?.actors).toContain('khalifa-haftar');
  });

  it('lists an article with no date as undated, with a warning', () => {
    const event = primary('undated.txt');
    expect(event).toMatchObject({ date: null, datePrecision: null, dateBasis: null });
    expect(event?.id).toMatch(/^undated-/);
    expect(report('undated.txt')?.messages.some((m) => m.includes('no date found'))).toBe(true);
  });

  it('keeps markup as text', () => {
    expect(source('markup.txt')?.title).toBe('Haftar <script>alert(1)</script> in Moscow');
    expect(primary('markup.txt')?.summary).toContain('Russian Defence Minister');
    expect(source('markup.txt')?.text).toContain('<img src=x onerror="alert(2)"> and <iframe src="javascript:alert(3)"></iframe> with [a link](javascript:alert(4))');
  });

  it('handles file names with spaces, &, # and accents, and nested folders', () => {
    const source = corpus.sources.find((s) => s.file === 'content/articles/name with spaces & #hash é.txt');
    expect(source?.id).toBe('name-with-spaces-and-hash-e');
    expect(primary('nested/deeper/article.md')).toMatchObject({ title: 'Nested article', date: '2020-03-03', dateBasis: 'editor' });
  });

  it('warns about a sidecar with no article', () => {
    expect(report('orphan.txt.meta.yaml')).toMatchObject({ status: 'warning', messages: ['no article named content/articles/orphan.txt: this sidecar is unused'] });
  });
});
