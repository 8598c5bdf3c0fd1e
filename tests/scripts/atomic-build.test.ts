import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAtomically, swapInto, temporaryOutDir } from '../../scripts/lib/atomic-build.ts';

let folder = '';
let outDir = '';

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'atomic-build-'));
  outDir = path.join(folder, 'dist');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `files` (relative path → text) under `dir`. */
function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/** Every file under `dir` with its text, by relative path. */
function readTree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name), 'utf8')]),
  );
}

describe('temporaryOutDir', () => {
  it('names a folder beside the output, so that a rename moves it into place', () => {
    expect(temporaryOutDir('/site/dist', 42)).toBe('/site/dist.tmp-42');
  });
});

describe('swapInto', () => {
  it('replaces the output with the built folder and deletes the old output', () => {
    writeTree(outDir, { 'index.html': 'old', 'gone.html': 'old' });
    writeTree(path.join(folder, 'built'), { 'index.html': 'new' });
    swapInto(path.join(folder, 'built'), outDir, 7);
    expect(readTree(outDir)).toEqual({ 'index.html': 'new' });
    expect(readdirSync(folder)).toEqual(['dist']);
  });

  it('puts the built folder in place when there was no output yet', () => {
    writeTree(path.join(folder, 'built'), { 'index.html': 'new' });
    swapInto(path.join(folder, 'built'), outDir, 7);
    expect(readTree(outDir)).toEqual({ 'index.html': 'new' });
  });

  it('puts the old output back when the built folder cannot be moved in', () => {
    writeTree(outDir, { 'index.html': 'old' });
    expect(() => swapInto(path.join(folder, 'missing'), outDir, 7)).toThrow(/ENOENT/);
    expect(readTree(outDir)).toEqual({ 'index.html': 'old' });
    expect(readdirSync(folder)).toEqual(['dist']);
  });
});

describe('buildAtomically', () => {
  it('swaps in what the build wrote into its temporary folder', async () => {
    writeTree(outDir, { 'index.html': 'old' });
    const written: string[] = [];
    await buildAtomically(
      outDir,
      async (temporary) => {
        written.push(temporary);
        writeTree(temporary, { 'index.html': 'new', 'pagefind/x.pf_fragment': 'index' });
      },
      7,
    );
    expect(written).toEqual([path.join(folder, 'dist.tmp-7')]);
    expect(readTree(outDir)).toEqual({ 'index.html': 'new', 'pagefind/x.pf_fragment': 'index' });
    expect(readdirSync(folder)).toEqual(['dist']);
  });

  it('leaves the previous output as it was and removes the temporary folder when the build fails', async () => {
    writeTree(outDir, { 'index.html': 'old', 'events/a/index.html': 'event' });
    const failing = buildAtomically(
      outDir,
      async (temporary) => {
        writeTree(temporary, { 'index.html': 'half' });
        throw new Error('astro build failed (exit 1)');
      },
      7,
    );
    await expect(failing).rejects.toThrow('astro build failed (exit 1)');
    expect(readTree(outDir)).toEqual({ 'index.html': 'old', 'events/a/index.html': 'event' });
    expect(readdirSync(folder)).toEqual(['dist']);
  });

  it('clears a temporary folder left by a killed run with the same id before building', async () => {
    writeTree(path.join(folder, 'dist.tmp-7'), { 'stale.html': 'stale' });
    await buildAtomically(outDir, async (temporary) => writeTree(temporary, { 'index.html': 'new' }), 7);
    expect(readTree(outDir)).toEqual({ 'index.html': 'new' });
  });
});
