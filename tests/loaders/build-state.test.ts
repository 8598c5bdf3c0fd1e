import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EMPTY_LOCK, formatIdLock } from '../../src/lib/id-lock-file.ts';
import { readPreviousManifest, saveBuildState } from '../../src/loaders/build-state.ts';
import type { IdLock } from '../../src/schemas/id-lock.ts';

let root = '';
let cacheDir = '';
const lockPath = () => path.join(root, 'content', 'id-lock.yaml');
const manifest = { articles: { 'content/articles/a.txt': '1' }, events: { visit: 'v' }, unknownNames: ['Omar Saleh'] };
const lock: IdLock = { ...EMPTY_LOCK, events: { visit: { added: '2026-12-01', order: 1, reports: ['content/articles/a.txt'] } } };

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'build-state-'));
  cacheDir = path.join(root, 'cache');
  mkdirSync(path.join(root, 'content'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('saveBuildState', () => {
  test('writes a changed lock, says to commit it, and leaves an unchanged one alone', () => {
    expect(saveBuildState(root, cacheDir, { lock, lockWritable: true, manifest })).toEqual([
      'content/id-lock.yaml updated: commit it with the articles, so event addresses stay as they are',
    ]);
    expect(readFileSync(lockPath(), 'utf-8')).toBe(formatIdLock(lock));
    expect(saveBuildState(root, cacheDir, { lock, lockWritable: true, manifest })).toEqual([]);
  });

  test('leaves a lock it could not read whole as it is', () => {
    writeFileSync(lockPath(), '<<<<<<< HEAD\nversion: 1\n');
    expect(saveBuildState(root, cacheDir, { lock, lockWritable: false, manifest })).toEqual([]);
    expect(readFileSync(lockPath(), 'utf-8')).toBe('<<<<<<< HEAD\nversion: 1\n');
  });

  test('says so when the lock cannot be written, and goes on', () => {
    rmSync(path.join(root, 'content'), { recursive: true });
    writeFileSync(path.join(root, 'content'), 'a file where a folder should be');
    const [line] = saveBuildState(root, cacheDir, { lock, lockWritable: true, manifest });
    expect(line).toMatch(/^content\/id-lock\.yaml could not be written \(.+\): ids of new events may change on the next build$/);
  });
});

describe('readPreviousManifest', () => {
  test('reads back the manifest the last build saved', () => {
    saveBuildState(root, cacheDir, { lock, lockWritable: true, manifest });
    expect(readPreviousManifest(cacheDir)).toEqual(manifest);
  });

  test('is null without a previous build, or with a damaged manifest', () => {
    expect(readPreviousManifest(cacheDir)).toBeNull();
    mkdirSync(path.join(cacheDir, 'timeline'), { recursive: true });
    writeFileSync(path.join(cacheDir, 'timeline', 'last-build.json'), '{"articles": {}, "events": ');
    expect(readPreviousManifest(cacheDir)).toBeNull();
    writeFileSync(path.join(cacheDir, 'timeline', 'last-build.json'), '{"articles": [], "events": {}, "unknownNames": []}');
    expect(readPreviousManifest(cacheDir)).toBeNull();
  });
});
