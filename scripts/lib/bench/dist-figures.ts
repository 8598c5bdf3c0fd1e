// What a build wrote, as the benchmark reports it: pages, bytes, and the heaviest page a reader can open.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSize, pageUrlOf } from '../size-report.ts';

export interface DistFigures {
  /** HTML pages written. */
  pages: number;
  /** Every file under dist/, in bytes. */
  bytes: number;
  /** The page whose HTML weighs most gzipped (what a reader downloads for it, stylesheets and scripts aside). */
  largestPage: { path: string; gzipBytes: number };
}

/** Figures of the build in `dist`. */
export function distFigures(dist: string): DistFigures {
  const figures: DistFigures = { pages: 0, bytes: 0, largestPage: { path: '', gzipBytes: 0 } };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    figures.bytes += statSync(file).size;
    if (!entry.name.endsWith('.html')) continue;
    figures.pages += 1;
    const weight = gzipSize(readFileSync(file));
    if (weight > figures.largestPage.gzipBytes)
      figures.largestPage = { path: pageUrlOf(path.relative(dist, file).split(path.sep).join('/')), gzipBytes: weight };
  }
  return figures;
}
