// A build writes into a temporary folder beside its output and only then takes the output's place:
// a build that fails, or is stopped, leaves the previous site whole.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The temporary folder a build of `outDir` writes into: beside it, so that a rename moves it. */
export function temporaryOutDir(outDir: string, id: string | number = process.pid): string {
  return path.join(path.dirname(outDir), `${path.basename(outDir)}.tmp-${id}`);
}

/**
 * Puts the folder `built` in the place of `outDir`: the old output is moved aside, the new one
 * renamed in, and the old one deleted. If the second rename fails, the old output is put back.
 */
export function swapInto(built: string, outDir: string, id: string | number = process.pid): void {
  const previous = path.join(path.dirname(outDir), `${path.basename(outDir)}.old-${id}`);
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, previous);
  try {
    renameSync(built, outDir);
  } catch (error) {
    if (hadOutput) renameSync(previous, outDir);
    throw error;
  }
  if (hadOutput) rmSync(previous, { recursive: true, force: true });
}

/**
 * Runs `build` with a fresh temporary folder to write into, then swaps that folder into `outDir`.
 * When `build` rejects, the temporary folder is deleted, `outDir` is left as it was, and the
 * error is passed on.
 */
export async function buildAtomically(outDir: string, build: (temporary: string) => Promise<void>, id: string | number = process.pid): Promise<void> {
  const temporary = temporaryOutDir(outDir, id);
  // Left by a run with this id that was killed outright (a pid is reused only after its process ended).
  rmSync(temporary, { recursive: true, force: true });
  try {
    await build(temporary);
    swapInto(temporary, outDir, id);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}
