// A copy of the project for one test file: made before its tests, deleted after them.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { copyProject } from '../../../scripts/lib/project-copy.ts';

export { astroCommand } from '../../../scripts/lib/project-copy.ts';

/**
 * Copies the project before the file's tests and deletes the copy after them; call at the top of
 * a test file, before any hook that uses the copy. `root()` is the copy's path.
 */
export function useProjectCopy(prefix: string): { root: () => string } {
  let copy = '';
  beforeAll(() => {
    copy = copyProject(process.cwd(), prefix);
  });
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });
  return {
    root: () => {
      if (!copy) throw new Error('useProjectCopy: the copy is not made yet');
      return copy;
    },
  };
}
