// The extraction's version: it changes with the pipeline's code and dependencies, not with the content.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractorDigest } from '../../src/lib/extractor-digest.ts';

const made: string[] = [];
afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

/** A project root holding `files` (path → text). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-digest-'));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const BASE = {
  'src/lib/clean.ts': 'export const a = 1;',
  'src/lib/locales/en/months.ts': 'export const months = [];',
  'src/schemas/event.ts': 'export const b = 2;',
  'package-lock.json': '{"lockfileVersion": 3}',
  'content/articles/a.txt': 'Haftar met Shoigu.',
  'src/pages/index.astro': '<h1>Timeline</h1>',
};

describe('extractorDigest', () => {
  it('is the same for two copies of one project', () => {
    expect(extractorDigest(project(BASE))).toBe(extractorDigest(project(BASE)));
  });

  it('changes when a stage, a locale, a schema or the lock file changes, or a stage is added', () => {
    const base = extractorDigest(project(BASE));
    const variants = [
      { ...BASE, 'src/lib/clean.ts': 'export const a = 2;' },
      { ...BASE, 'src/lib/locales/en/months.ts': 'export const months = ["January"];' },
      { ...BASE, 'src/schemas/event.ts': 'export const b = 3;' },
      { ...BASE, 'package-lock.json': '{"lockfileVersion": 3, "packages": {}}' },
      { ...BASE, 'src/lib/new-stage.ts': '' },
    ];
    const digests = variants.map((files) => extractorDigest(project(files)));
    expect(new Set([base, ...digests]).size).toBe(variants.length + 1);
  });

  it('stays the same when articles or pages change', () => {
    const base = extractorDigest(project(BASE));
    expect(extractorDigest(project({ ...BASE, 'content/articles/a.txt': 'Edited.', 'content/articles/b.txt': 'New.' }))).toBe(base);
    expect(extractorDigest(project({ ...BASE, 'src/pages/index.astro': '<h1>Edited</h1>' }))).toBe(base);
  });

  it('reads a project without a lock file', () => {
    const root = project(BASE);
    rmSync(path.join(root, 'package-lock.json'));
    expect(extractorDigest(root)).toMatch(/^[0-9a-f]{64}$/);
    expect(extractorDigest(root)).not.toBe(extractorDigest(project(BASE)));
  });
});
