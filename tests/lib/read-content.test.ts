import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileRole, readContent } from '../../src/lib/read-content.ts';

describe('fileRole', () => {
  it('tells articles, sidecars, the registry and other files apart', () => {
    expect(fileRole('articles/a.txt')).toBe('article');
    expect(fileRole('articles/sub/b.MD')).toBe('article');
    expect(fileRole('articles/a.txt.meta.yaml')).toBe('sidecar');
    expect(fileRole('actors.yaml')).toBe('registry');
    expect(fileRole('id-lock.yaml')).toBe('lock');
    expect(fileRole('articles/.DS_Store')).toBe('other');
    expect(fileRole('articles/.hidden.txt')).toBe('other');
    expect(fileRole('articles/photo.png')).toBe('other');
    expect(fileRole('notes.txt')).toBe('other');
  });
});

describe('readContent', () => {
  it('reads recursively, sorted, with paths relative to the root, refusing files over the limit unread', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'timeline-read-'));
    await mkdir(path.join(root, 'content/articles/sub'), { recursive: true });
    await writeFile(path.join(root, 'content/articles/b.txt'), 'b');
    await writeFile(path.join(root, 'content/articles/sub/a é&#.txt'), 'a');
    await writeFile(path.join(root, 'content/articles/big.txt'), 'x'.repeat(2048));
    const files = await readContent(path.join(root, 'content'), root, 1024);
    expect(files.map(({ file, role, skip }) => ({ file, role, skip }))).toEqual([
      { file: 'content/articles/b.txt', role: 'article', skip: undefined },
      { file: 'content/articles/big.txt', role: 'article', skip: 'too large: 2.0 KB, over the 1.0 KB limit' },
      { file: 'content/articles/sub/a é&#.txt', role: 'article', skip: undefined },
    ]);
    expect(files[0]?.bytes).toEqual(new Uint8Array([0x62]));
    expect(files[1]?.bytes).toBeUndefined();
  });
});
