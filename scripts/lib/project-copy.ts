// A copy of the project in a temporary folder, to build or serve with other content without
// touching this checkout: the browser tests that add articles, and the rebuild benchmark.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a copy needs to build; tests, dist/ and caches stay behind. */
const COPIED: readonly string[] = ['src', 'scripts', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'pagefind.yml', 'package.json', 'package-lock.json'];

/**
 * Copies the project at `root` into a new temporary folder (named from `prefix`) and returns it.
 * Its node_modules/ is a folder of links to the project's packages, not one link to the whole
 * folder: the dot-folders in it are caches (Astro's content store and article cache, Vite's), and
 * a copy sharing them would start warm, and write into the project's own.
 */
export function copyProject(root: string, prefix = 'timeline-copy-'): string {
  const copy = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of COPIED) cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true, force: true, errorOnExist: false });
  mkdirSync(path.join(copy, 'node_modules'));
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(path.join(root, 'node_modules', name), path.join(copy, 'node_modules', name), 'dir');
  }
  return copy;
}

/** The command line that runs Astro's CLI in a copy: `astro build`, `astro dev --port …`. */
export function astroCommand(copy: string, args: readonly string[]): [string, string[]] {
  return [process.execPath, [path.join(copy, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args]];
}
