// The corpus generator (scripts/corpus.ts, scripts/lib/corpus/): the same seed gives the same bytes;
// the files, languages, repeated reports and bad files the issue asks for; and the real extraction,
// run on a generated corpus, reports every file and dates what the texts state.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus, type Corpus } from '../../src/lib/extract-corpus.ts';
import { loadRegistry } from '../../src/lib/load-registry.ts';
import { fileRole, type ContentFile } from '../../src/lib/read-content.ts';
import { BAD_KINDS } from '../../scripts/lib/corpus/bad-files.ts';
import { createCast } from '../../scripts/lib/corpus/cast.ts';
import { generateCorpus, type GeneratedCorpus } from '../../scripts/lib/corpus/generate-corpus.ts';
import { CorpusManifestSchema } from '../../scripts/lib/corpus/manifest.ts';
import { datingAccuracy, scoreCorpus, type CorpusScore, type FileDating } from '../../scripts/lib/corpus/score-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REGISTRY_TEXT = readFileSync(path.join(ROOT, 'content/actors.yaml'), 'utf-8');
const REGISTRY = loadRegistry('content/actors.yaml', REGISTRY_TEXT).actors;
const N = 60;
const UNTIL = '2026-11-30';
const generate = (seed: string, n = N): GeneratedCorpus => generateCorpus({ n, seed, until: UNTIL, registry: REGISTRY });

const corpus = generate('test');
const { manifest } = corpus;
const articles = corpus.files.filter((file) => !file.path.endsWith('.meta.yaml'));
const reports = manifest.files.filter((entry) => entry.happening !== null);

describe('generateCorpus: determinism', () => {
  it('gives byte-identical files and manifest for the same seed', () => {
    const again = generate('test');
    expect(again.files.map((file) => file.path)).toEqual(corpus.files.map((file) => file.path));
    expect(again.files.every((file, index) => Buffer.compare(file.bytes, corpus.files[index]?.bytes ?? new Uint8Array()) === 0)).toBe(true);
    expect(JSON.stringify(again.manifest)).toBe(JSON.stringify(manifest));
  });

  it('gives another corpus for another seed', () => {
    expect(JSON.stringify(generate('other').manifest.happenings)).not.toBe(JSON.stringify(manifest.happenings));
  });
});

describe('generateCorpus: what it writes', () => {
  it('writes N files under articles/, each in the manifest, which the schema accepts', () => {
    expect(articles).toHaveLength(N);
    expect(manifest.count).toBe(N);
    expect(manifest.files.map((entry) => entry.file)).toEqual(articles.map((file) => file.path));
    expect(CorpusManifestSchema.safeParse(JSON.parse(JSON.stringify(manifest))).success).toBe(true);
  });

  it('writes a sidecar only beside an article, and some .md files with front matter', () => {
    const sidecars = corpus.files.filter((file) => file.path.endsWith('.meta.yaml')).map((file) => file.path);
    expect(sidecars.length).toBeGreaterThan(0);
    expect(sidecars.every((sidecar) => articles.some((file) => `${file.path}.meta.yaml` === sidecar))).toBe(true);
    const markdown = articles.filter((file) => file.path.endsWith('.md'));
    expect(markdown.length).toBeGreaterThan(0);
    expect(markdown.every((file) => new TextDecoder().decode(file.bytes).startsWith('---\n'))).toBe(true);
  });

  it('writes about a third of the articles in each language', () => {
    for (const language of ['en', 'fr', 'ru']) {
      const share = reports.filter((entry) => entry.language === language).length / reports.length;
      expect(share, language).toBeGreaterThan(0.25);
      expect(share, language).toBeLessThan(0.42);
    }
  });

  it('writes second and third reports of a happening, in another language than the first', () => {
    const repeated = manifest.happenings.filter((h) => h.reports.length > 1);
    expect(repeated.length).toBeGreaterThan(0);
    const languages = (h: (typeof repeated)[number]) => new Set(h.reports.map((file) => manifest.files.find((entry) => entry.file === file)?.language));
    expect(repeated.every((h) => languages(h).size > 1)).toBe(true);
  });

  it('dates happenings from 2008 to the last day, and names people only while the registry has them in office', () => {
    const cast = createCast(REGISTRY);
    const generated = generate('offices', 400);
    expect(generated.manifest.happenings.every((h) => h.date >= '2008-01-01' && h.date <= UNTIL)).toBe(true);
    const people = generated.manifest.happenings.flatMap((h) => h.actors.map((actor, index) => ({ actor, office: h.offices[index] ?? null, date: h.date })));
    const named = people.filter((party) => party.office !== null);
    expect(named.length).toBeGreaterThan(300);
    expect(named.filter((party) => !cast.holds(party.actor, party.office ?? '', party.date))).toEqual([]);
    // A party without an office is a body, never a person.
    expect(people.filter((party) => party.office === null && cast.actor(party.actor).type === 'person')).toEqual([]);
  });

  it('puts every kind of bad file in a corpus of this size, one each', () => {
    const defects = manifest.files.map((entry) => entry.defect).filter((defect) => defect !== null);
    expect(defects.sort()).toEqual([...BAD_KINDS, 'broken-front-matter', 'utf-16le', 'windows-1252'].sort());
  });

  it('makes bad files about one in a hundred of a larger corpus', () => {
    expect(generate('large', 1000).manifest.files.filter((entry) => entry.defect !== null)).toHaveLength(10);
  });
});

describe('the extraction on a generated corpus', () => {
  let extracted: Corpus;
  let score: CorpusScore;
  const rate = (dating: readonly FileDating[]) => datingAccuracy(dating).rate;

  beforeAll(() => {
    const files: ContentFile[] = [
      { file: 'content/actors.yaml', role: 'registry', bytes: new TextEncoder().encode(REGISTRY_TEXT) },
      ...corpus.files.map((file) => ({ file: `content/${file.path}`, role: fileRole(file.path), bytes: file.bytes })),
    ];
    extracted = extractCorpus(files, REGISTRY_TEXT, { today: '2026-12-01' });
    score = scoreCorpus(manifest, extracted, 'content/');
  });

  it('reports every file as the manifest expects: the bad ones skipped or warned, none crashing', () => {
    expect(score.unexpected).toEqual([]);
    expect(extracted.report.files.filter((entry) => entry.messages.some((message) => message.startsWith('internal error')))).toEqual([]);
  });

  it('dates most articles that state a date to what they state', () => {
    expect(rate(score.dating)).toBeGreaterThanOrEqual(0.8);
  });

  // What the extraction is documented not to do is left out: a lone year in the lead never dates an article
  // (choose-event-date.ts), and an editor's `published:` is the article's date even when the lead says "yesterday".
  it('dates 90% of the articles whose date the extraction reads by its documented rules', () => {
    const covered = score.dating.filter((d) => d.phrase !== 'year' && d.publication !== 'sidecar:published' && d.publication !== 'front-matter:published');
    expect(rate(covered)).toBeGreaterThanOrEqual(0.9);
  });

  it('dates every article whose publication date is on a meta line', () => {
    expect(rate(score.dating.filter((d) => d.publication.startsWith('meta:')))).toBe(1);
  });
});
