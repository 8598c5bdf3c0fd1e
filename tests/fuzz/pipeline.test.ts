// Fuzzing the whole extraction (extractCorpus with the real registry): random bytes, random Unicode,
// random front matter on a real body, and mutated real articles. Bounded by run count and time so
// that CI stays under half a minute; FUZZ_SEED and FUZZ_RUNS explore further (fast-check prints the
// seed and path of any failure, to replay it). tests/corpus/arbitrary-bytes.test.ts covers the
// small-registry case; these add the schemas, the spans and determinism.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCorpus, type Corpus } from '../../src/lib/extract-corpus.ts';
import type { ContentFile } from '../../src/lib/read-content.ts';
import { EventSchema, type Span } from '../../src/schemas/event.ts';
import { FileReportSchema } from '../../src/schemas/report.ts';
import { SourceSchema } from '../../src/schemas/source.ts';
import { ALIAS_BOMB, REAL_ARTICLES, frontMatter, fuzzParameters, hostileUnicode, mutatedArticle } from './arbitraries.ts';

const REGISTRY = readFileSync('content/actors.yaml', 'utf8');

// A fixed build day: the extraction must be a function of its input alone.
const TODAY = '2025-01-01';

// Per property: the time limit keeps CI bounded on a slow core, the test timeout leaves room for a
// shrink; a larger FUZZ_RUNS asked for locally runs as long as it takes.
const TIME_LIMIT_MS = 5_000;
const TEST_TIMEOUT_MS = process.env.FUZZ_RUNS ? 6 * 3_600_000 : 120_000;

const articleFile = (index: number): string => `content/articles/fuzz/f${index}.txt`;

const asFiles = (contents: readonly Uint8Array[]): ContentFile[] => contents.map((bytes, index) => ({ file: articleFile(index), role: 'article', bytes }));

/** Whether `span` is a well-formed range inside a text of `length` characters. */
const spanInside = (span: Span, length: number): boolean => span.start <= span.end && span.end <= length;

/** Every way the corpus breaks the pipeline's promises for these files, as readable lines; none is the pass. */
function problemsOf(files: readonly ContentFile[], corpus: Corpus): string[] {
  const problems: string[] = [];
  const reported = corpus.report.files.map((report) => report.file);
  if (JSON.stringify(reported) !== JSON.stringify(files.map((file) => file.file))) problems.push(`report lists ${JSON.stringify(reported)}`);
  for (const report of corpus.report.files) {
    const parsed = FileReportSchema.safeParse(report);
    if (!parsed.success) problems.push(`report of ${report.file}: ${parsed.error.message}`);
  }
  const sources = new Map(corpus.sources.map((source) => [source.file, source]));
  for (const source of corpus.sources) {
    const parsed = SourceSchema.safeParse(source);
    if (!parsed.success) problems.push(`source ${source.file}: ${parsed.error.message}`);
    for (const span of [...source.paragraphs, ...source.sentences]) {
      if (!spanInside(span, source.text.length)) problems.push(`source ${source.file}: span ${JSON.stringify(span)} outside its ${source.text.length} characters`);
    }
  }
  for (const event of corpus.events) {
    const parsed = EventSchema.safeParse(event);
    if (!parsed.success) problems.push(`event ${event.id}: ${parsed.error.message}`);
    for (const claim of event.claims) {
      const text = sources.get(claim.source)?.text;
      if (text === undefined || !spanInside(claim.sentence, text.length)) problems.push(`event ${event.id}: claim span ${JSON.stringify(claim.sentence)} outside ${claim.source}`);
    }
    const evidence = event.dateEvidence;
    if (evidence?.span) {
      const text = sources.get(evidence.source)?.text;
      if (text === undefined || !spanInside(evidence.span, text.length)) problems.push(`event ${event.id}: date span ${JSON.stringify(evidence.span)} outside ${evidence.source}`);
    }
  }
  return problems;
}

/** Extracts the files twice and checks both the promises and that the second run says exactly what the first did. */
function checkExtraction(contents: readonly Uint8Array[]): Corpus {
  const files = asFiles(contents);
  const first = extractCorpus(files, REGISTRY, { today: TODAY });
  expect(problemsOf(files, first)).toEqual([]);
  const second = extractCorpus(files, REGISTRY, { today: TODAY });
  expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  return first;
}

describe('fuzzing the extraction', () => {
  it('keeps its promises for random bytes, several files at a time', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 4_000 }), { minLength: 1, maxLength: 3 }), (contents) => {
        checkExtraction(contents);
      }),
      fuzzParameters(60, TIME_LIMIT_MS),
    );
  }, TEST_TIMEOUT_MS);

  it('keeps its promises for random Unicode: lone surrogates, bidi and zero-width marks, NULs, very long lines', () => {
    fc.assert(
      fc.property(hostileUnicode, (text) => {
        checkExtraction([new TextEncoder().encode(text)]);
      }),
      fuzzParameters(60, TIME_LIMIT_MS),
    );
  }, TEST_TIMEOUT_MS);

  it('reads the body whatever the front matter: broken YAML, wrong types, huge strings, aliases, script URLs', () => {
    const body = REAL_ARTICLES.find((article) => article.name.startsWith('en-reuters'))?.text ?? '';
    fc.assert(
      fc.property(frontMatter, (front) => {
        const corpus = checkExtraction([new TextEncoder().encode(front + body)]);
        const [report] = corpus.report.files;
        // Front matter is the editor's addition: at worst ignored with a warning, never a reason to lose the article.
        expect(report?.status).not.toBe('skipped');
        for (const source of corpus.sources) expect(source.url === null || /^https?:\/\//i.test(source.url)).toBe(true);
      }),
      fuzzParameters(40, TIME_LIMIT_MS),
    );
  }, TEST_TIMEOUT_MS);

  it('keeps its promises for mutated real articles, two at a time', () => {
    fc.assert(
      fc.property(fc.array(mutatedArticle(), { minLength: 1, maxLength: 2 }), (articles) => {
        checkExtraction(articles.map((article) => article.bytes));
      }),
      fuzzParameters(40, TIME_LIMIT_MS),
    );
  }, TEST_TIMEOUT_MS);

  it('expands no alias bomb: the file is done with in under two seconds', () => {
    const started = performance.now();
    const corpus = checkExtraction([new TextEncoder().encode(`---\n${ALIAS_BOMB}\n---\nMOSCOW, March 3 - Khalifa Haftar met Sergei Shoigu.\n`)]);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(corpus.report.files.map((report) => report.status)).toEqual(['warning']);
  });

  it('ignores front matter holding an alias bomb with a warning, and still reads the article', () => {
    const corpus = checkExtraction([new TextEncoder().encode(`---\n${ALIAS_BOMB}\n---\nMOSCOW, March 3 - Khalifa Haftar met Sergei Shoigu.\n`)]);
    expect(corpus.report.files.map((report) => report.status)).toEqual(['warning']);
  });

  // Found by this fuzzing: the quote finder once scanned from every opening mark to the paragraph's
  // end, so n unclosed « cost n² steps (32,000 took ten seconds; a 2 MB file would have taken hours).
  it('reads a paragraph of 12,000 unclosed guillemets in linear time', () => {
    const started = performance.now();
    const files = asFiles([new TextEncoder().encode(`MOSCOW, March 3 - Khalifa Haftar said ${'«'.repeat(12_000)} he met Shoigu.\n`)]);
    extractCorpus(files, REGISTRY, { today: TODAY });
    // Linear, this is some 50 ms; quadratic, well over a second.
    expect(performance.now() - started).toBeLessThan(500);
  }, TEST_TIMEOUT_MS);
});
