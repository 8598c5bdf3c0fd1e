// Property: whatever bytes land in content/articles, extraction never throws and reports the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/lib/extract-corpus.ts';
import type { ContentFile } from '../../src/lib/read-content.ts';

const REGISTRY = 'actors:\n  - id: khalifa-haftar\n    name: Khalifa Haftar\n    type: person\n    description: Commander of the Libyan National Army.\n    aliases: [Haftar, Хафтар]\n';

const asFile = (bytes: Uint8Array, index: number): ContentFile => ({ file: `content/articles/f${index}.txt`, role: 'article', bytes });

// The runs are bounded by count, not time: on a busy CI core a few hundred extractions take longer
// than Vitest's default five seconds.
const PROPERTY_TIMEOUT_MS = 60_000;

describe('arbitrary input', () => {
  it('never throws and reports every file once, for random bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 2000 }), { minLength: 1, maxLength: 4 }), (contents) => {
        const corpus = extractCorpus(contents.map(asFile), REGISTRY);
        expect(corpus.report.files.map((f) => f.file)).toEqual(contents.map((_, i) => `content/articles/f${i}.txt`));
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('never throws for random Unicode text with newsroom punctuation and front matter', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.constantFrom('\n', '\n\n', '---\n', '“', '»', '«', ' said ', ' заявил ', ' a déclaré ', 'Haftar', ' on Monday', ' 22 août ', '2011', 'Photo: AFP', 'Related Articles', 'title: [', '\r\n', '\u0000'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const bytes = new TextEncoder().encode(parts.join(''));
        const corpus = extractCorpus([asFile(bytes, 0)], REGISTRY);
        expect(corpus.report.files).toHaveLength(1);
        for (const event of corpus.events) expect(event.sources[0]?.file).toBe('content/articles/f0.txt');
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
