// `npm run build`: `astro build`, then Pagefind's index (src/lib/search-bundles.ts), written into a temporary folder beside
// dist/ (scripts/lib/atomic-build.ts) that takes dist/'s place only once both have succeeded. A
// build that fails (strict mode, a broken page, Pagefind) or is interrupted leaves the previous
// dist/ untouched and exits non-zero. Builds the project in the working directory, so a copy of
// the project (scripts/lib/project-copy.ts) can be built by running this file from inside it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SEARCH_BUNDLES } from '../src/lib/search-bundles.ts';
import { buildAtomically } from './lib/atomic-build.ts';

const root = process.cwd();
const outDir = path.join(root, 'dist');

let running: ChildProcess | undefined;
let interrupted: NodeJS.Signals | undefined;

/** Runs a Node script of a package in node_modules/ with `args`, its output passed through; rejects, naming the step `label`, when it fails. */
function runPackage(label: string, script: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (interrupted) return reject(new Error(`${label} not started (${interrupted})`));
    const child = spawn(process.execPath, [path.join(root, 'node_modules', script), ...args], { cwd: root, stdio: 'inherit' });
    running = child;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running = undefined;
      if (code === 0 && !interrupted) resolve();
      else reject(new Error(`${label} failed (${interrupted ?? signal ?? `exit ${code}`})`));
    });
  });
}

// Stopped by Ctrl-C or a test runner: stop the step under way, so that the temporary folder is
// removed only once nothing writes into it any more.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = signal;
    running?.kill(signal);
  });
}

try {
  await buildAtomically(outDir, async (temporary) => {
    const relative = path.relative(root, temporary);
    await runPackage('astro build', 'astro/bin/astro.mjs', ['build', '--outDir', relative]);
    for (const { glob, folder } of SEARCH_BUNDLES) {
      await runPackage(`pagefind (${folder})`, 'pagefind/lib/runner/bin.cjs', ['--site', relative, '--glob', glob, '--output-subdir', folder]);
    }
  });
  process.stdout.write('build: dist/ replaced by the new build\n');
} catch (error) {
  process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}; dist/ left as it was\n`);
  process.exitCode = interrupted === 'SIGINT' ? 130 : interrupted === 'SIGTERM' ? 143 : 1;
}
