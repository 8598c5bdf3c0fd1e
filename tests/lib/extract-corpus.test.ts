// The source records extractCorpus builds: here, what they say about the editor's part in them.
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/lib/extract-corpus.ts';
import type { ContentFile } from '../../src/lib/read-content.ts';

const LEAD = 'MOSCOW, March 3 (Reuters) - Russian Defence Minister Sergei Shoigu met Khalifa Haftar in Moscow on Tuesday, the ministry said in a statement.';
const REGISTRY = 'actors: []\n';

const article = (file: string, text: string): ContentFile => ({ file: `content/articles/${file}`, role: 'article', bytes: new TextEncoder().encode(text) });
const sidecar = (file: string, text: string): ContentFile => ({ file: `content/articles/${file}`, role: 'sidecar', bytes: new TextEncoder().encode(text) });

/** The one source built from `files`. */
function sourceOf(...files: ContentFile[]) {
  const [source] = extractCorpus(files, REGISTRY).sources;
  if (!source) throw new Error('no source extracted');
  return source;
}

describe('extractCorpus: the editor part of a source', () => {
  it('names the fields whose value is the editor’s, front matter and sidecar together, and keeps the note', () => {
    const source = sourceOf(
      article('a.md', `---\ntitle: Haftar in Moscow\nlanguage: en\n---\n${LEAD}\n`),
      sidecar('a.md.meta.yaml', 'published: 2020-03-03\noutlet: Reuters\nurl: https://example.org/a\nnote: "  Dated from the wire copy.  "\n'),
    );
    expect([source.title, source.outlet, source.published, source.url, source.language]).toEqual([
      'Haftar in Moscow',
      'Reuters',
      '2020-03-03',
      'https://example.org/a',
      'en',
    ]);
    expect(source.editor).toEqual({ fields: ['title', 'published', 'outlet', 'url', 'language'], note: 'Dated from the wire copy.' });
  });

  it('names no field and no note when the editor gave nothing', () => {
    expect(sourceOf(article('b.txt', `Haftar in Moscow\n\nPublished: 3 March 2020\n\n${LEAD}\n`)).editor).toEqual({ fields: [], note: null });
  });

  it('leaves out a date the extraction ignored as no calendar date, and an empty note', () => {
    const source = sourceOf(article('c.md', `---\npublished: 2020-02-30\noutlet: Reuters\nnote: "   "\n---\nHaftar in Moscow\n\nPublished: 3 March 2020\n\n${LEAD}\n`));
    expect(source.published).toBe('2020-03-03');
    expect(source.editor).toEqual({ fields: ['outlet'], note: null });
  });
});
