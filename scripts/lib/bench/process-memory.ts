// The memory a command takes with everything it starts: `npm run build` is Node running Astro, then
// Pagefind's own binary, so the figure that matters is the whole process tree's, sampled as it runs.
// Read from Linux's /proc; Node reports only its own process's peak (`process.resourceUsage`).
import { readdirSync, readFileSync } from 'node:fs';

/** Peak resident memory, in MB: of the whole tree at once, and of each step (by what it runs) alone. */
export interface MemoryPeaks {
  treeMb: number;
  byStepMb: Record<string, number>;
}

const read = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf-8');
  } catch {
    return null; // the process ended between listing and reading
  }
};

/** Parent of every process now running, from /proc/<pid>/stat (the field after the parenthesised name). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    const after = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (after?.[1]) parentOf.set(Number(entry), Number(after[1]));
  }
  return parentOf;
}

/** `root` and every process under it. */
function tree(root: number): number[] {
  const parentOf = parents();
  const inTree = new Set([root]);
  // Children may be listed before their parents: repeat until nothing joins.
  for (let grown = true; grown;) {
    grown = false;
    for (const [pid, parent] of parentOf) {
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        grown = true;
      }
    }
  }
  return [...inTree];
}

const residentMb = (pid: number): number => Number(/VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '')?.[1] ?? 0) / 1024;

/**
 * Samples the tree under `root` every `intervalMs` until `stop()`, which returns the peaks. `stepOf` names the step
 * a process belongs to from its command line ("astro", "pagefind"), or null to count it only in the tree's total.
 */
export function watchMemory(root: number, stepOf: (commandLine: string) => string | null, intervalMs = 100): { stop(): MemoryPeaks } {
  const peaks: MemoryPeaks = { treeMb: 0, byStepMb: {} };
  const sample = () => {
    let total = 0;
    for (const pid of tree(root)) {
      const mb = residentMb(pid);
      total += mb;
      const step = stepOf((read(`/proc/${pid}/cmdline`) ?? '').replaceAll('\0', ' '));
      if (step !== null) peaks.byStepMb[step] = Math.max(peaks.byStepMb[step] ?? 0, mb);
    }
    peaks.treeMb = Math.max(peaks.treeMb, total);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return { treeMb: Math.round(peaks.treeMb), byStepMb: Object.fromEntries(Object.entries(peaks.byStepMb).map(([step, mb]) => [step, Math.round(mb)])) };
    },
  };
}
