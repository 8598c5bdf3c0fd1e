// A build that fails leaves the site it would have replaced as it was: `npm run build`'s script
// (scripts/build.ts) builds a copy of the project, then builds it again in strict mode with an empty
// article added, which strict mode refuses.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { fileDigests } from './support/file-digests.ts';
import { useProjectCopy } from './support/project-copy.ts';

const BUILD_SCRIPT = path.resolve('scripts/build.ts');

const copy = useProjectCopy('timeline-atomic-');

/** Runs the build script in the copy with `env` added; its exit status and what it wrote to stderr. */
function build(env: Record<string, string> = {}): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', BUILD_SCRIPT], {
    cwd: copy.root(),
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

let before = new Map<string, string>();

beforeAll(() => {
  const first = build();
  if (first.status !== 0) throw new Error(`the first build failed:\n${first.stderr}`);
  before = fileDigests(path.join(copy.root(), 'dist'));
}, 180_000);

test('a build that fails exits non-zero and leaves the previous dist/ byte-identical, with no folder of its own left behind', () => {
  writeFileSync(path.join(copy.root(), 'content/articles/empty.txt'), '');
  const failed = build({ TIMELINE_STRICT: '1' });
  expect(failed.status).toBe(1);
  expect(failed.stderr).toContain('strict mode (TIMELINE_STRICT)');
  expect(failed.stderr).toContain('build: astro build failed (exit 1); dist/ left as it was');
  expect(fileDigests(path.join(copy.root(), 'dist'))).toEqual(before);
  expect(readdirSync(copy.root()).filter((entry) => entry.startsWith('dist'))).toEqual(['dist']);
  expect([...before.keys()]).toContain('index.html');
});
