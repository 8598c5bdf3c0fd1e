// The outlet-style fixtures (tests/fixtures/outlets/): each article through the whole extraction,
// against what an annotator wrote in its .expect.yaml. Every key present there is asserted.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/lib/extract-corpus.ts';

interface Expectation {
  language?: string;
  title?: string;
  published?: string | null;
  date?: string | null;
  datePrecision?: string | null;
  dateBasis?: string | null;
  actors?: string[];
  notActors?: string[];
  unknownNames?: string[];
  claims?: Array<{ speaker?: string | null; speakerName?: string; quoted?: boolean; contains: string }>;
  background?: Array<{ date: string; precision: string }>;
  removed?: string[];
  kept?: string[];
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/outlets');
const REGISTRY = readFileSync(path.join(ROOT, 'content/actors.yaml'), 'utf-8');
const slugs = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)).sort();

function extract(slug: string) {
  const file = `content/articles/${slug}.txt`;
  const corpus = extractCorpus([{ file, role: 'article', bytes: readFileSync(path.join(FIXTURES, `${slug}.txt`)) }], REGISTRY);
  const primary = corpus.events.find((event) => event.kind === 'primary');
  const source = corpus.sources[0];
  if (!primary || !source) throw new Error(`${slug}: no event extracted`);
  const background = corpus.events.filter((event) => event.kind === 'background');
  const actorName = new Map(corpus.actors.map((actor) => [actor.id, actor.name]));
  return { corpus, primary, source, background, actorName };
}

describe.each(slugs)('%s', (slug) => {
  const expected = parse(readFileSync(path.join(FIXTURES, `${slug}.expect.yaml`), 'utf-8')) as Expectation;
  const { corpus, primary, source, background, actorName } = extract(slug);

  it('has the language, title and dates an annotator reads', () => {
    const pick = <K extends keyof Expectation>(key: K, actual: unknown) => (key in expected ? { [key]: actual } : {});
    expect({
      ...pick('language', primary.language),
      ...pick('title', primary.title),
      ...pick('published', source.published),
      ...pick('date', primary.date),
      ...pick('datePrecision', primary.datePrecision),
      ...pick('dateBasis', primary.dateBasis),
    }).toEqual({
      ...pick('language', expected.language),
      ...pick('title', expected.title),
      ...pick('published', expected.published),
      ...pick('date', expected.date),
      ...pick('datePrecision', expected.datePrecision),
      ...pick('dateBasis', expected.dateBasis),
    });
  });

  it('names the actors, and none of the furniture', () => {
    expect(primary.actors).toEqual(expect.arrayContaining(expected.actors ?? []));
    for (const id of expected.notActors ?? []) expect(primary.actors).not.toContain(id);
  });

  it.skipIf(!expected.unknownNames)('finds the names the registry does not know', () => {
    const found = corpus.report.unknownNames.map((entry) => entry.name);
    for (const name of expected.unknownNames ?? []) expect(found).toContain(name);
  });

  it.skipIf(!expected.claims)('attributes the claims', () => {
    for (const claim of expected.claims ?? []) {
      const match = primary.claims.find((found) => found.text.includes(claim.contains));
      expect(match, `a claim containing “${claim.contains}”`).toBeDefined();
      if (claim.speakerName !== undefined) expect(actorName.get(match?.speaker ?? '')).toBe(claim.speakerName);
      else if (claim.speaker !== undefined) expect(match?.speaker).toBe(claim.speaker);
      if (claim.quoted !== undefined) expect(match?.quoted).toBe(claim.quoted);
    }
  });

  it.skipIf(!expected.background)('dates the earlier happenings it refers to', () => {
    const found = background.map((event) => ({ date: event.date, precision: event.datePrecision }));
    expect(found).toEqual(expect.arrayContaining(expected.background ?? []));
  });

  it('removes the furniture and keeps the article', () => {
    const lines = new Set(source.text.split('\n'));
    for (const line of expected.removed ?? []) expect(lines.has(line), `“${line}” removed`).toBe(false);
    for (const phrase of expected.kept ?? []) expect(source.text).toContain(phrase);
  });
});
