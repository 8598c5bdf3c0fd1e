// The Content Layer loader: runs the extraction once per build (or per change in dev) and hands
// each collection its share. Four collections read one corpus, so a run is shared: the first
// load starts it, and in dev every burst of changes under content/ starts one more. Articles are
// kept between runs and builds in Astro's cache folder, so a run re-parses only changed files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { diskArticleCache } from '../lib/disk-article-cache.ts';
import { ID_LOCK_FILE } from '../lib/id-lock-file.ts';
import { loadCorpus, type Corpus } from '../lib/extract-corpus.ts';
import { extractorDigest } from '../lib/extractor-digest.ts';
import { hasProblems, summarizeReport } from '../lib/summarize-report.ts';
import { readPreviousManifest, saveBuildState } from './build-state.ts';

/** Which part of the corpus a collection holds. */
export type CorpusPart = 'events' | 'actors' | 'sources' | 'report' | 'retired';

/**
 * Files under content/ that the build writes itself, relative to the root: in dev, a write to
 * one must not start another run, which would write it again.
 */
const WRITTEN_BY_BUILD: ReadonlySet<string> = new Set<string>([ID_LOCK_FILE]);

/** How long the watcher events of one save (write, rename, the four collections hearing each) are let settle into one run. */
const SETTLE_MS = 100;

/** One extraction run; an object of its own, so a loader can tell by identity whether a newer run has started. */
interface Run {
  corpus: Promise<Corpus>;
}

let latest: Run | null = null;
let pending: Promise<Run> | null = null;

function startRun(root: string, cacheDir: string, logger: LoaderContext['logger']): Run {
  const started = performance.now();
  const maxBytes = Number(process.env.TIMELINE_MAX_BYTES) || undefined;
  const extractor = extractorDigest(root);
  const articles = diskArticleCache(path.join(cacheDir, 'timeline', 'extract'), extractor);
  const previous = readPreviousManifest(cacheDir);
  const corpus: Promise<Corpus> = loadCorpus({ root, ...(maxBytes ? { maxBytes } : {}), cache: { articles, extractor }, previous }).then((result) => {
    for (const line of summarizeReport(result.report, result.events.length, 'dist/build-report.json')) logger.info(line);
    // In dev, a run overtaken by a newer one must not write its older state over the newer run's.
    if (latest?.corpus === corpus) {
      // Entries of articles since edited or deleted would never be read again.
      articles.sweep();
      for (const line of saveBuildState(root, cacheDir, result)) logger.info(line);
    }
    // Timings go to the log, not the report: they differ on every run. `npm run bench` reads this line.
    logger.info(`content read and extracted in ${Math.round(performance.now() - started)} ms`);
    if (process.env.TIMELINE_STRICT && hasProblems(result.report)) {
      throw new Error('strict mode (TIMELINE_STRICT): files were skipped or warned about; see the lines above');
    }
    return result;
  });
  latest = { corpus };
  return latest;
}

/** The run to follow a change under content/: one for each burst of events, started once the burst has settled. */
function runAfterChange(root: string, cacheDir: string, logger: LoaderContext['logger']): Promise<Run> {
  pending ??= new Promise((resolve) => setTimeout(resolve, SETTLE_MS)).then(() => {
    pending = null;
    return startRun(root, cacheDir, logger);
  });
  return pending;
}

/** True for a changed path that is an input of the extraction: a file under content/ that the build does not write. */
function isContentInput(root: string, changed: string): boolean {
  const relative = path.relative(root, path.resolve(changed)).split(path.sep).join('/');
  return relative.startsWith('content/') && !WRITTEN_BY_BUILD.has(relative);
}

function entriesOf(corpus: Corpus, part: CorpusPart): Array<{ id: string; data: Record<string, unknown> }> {
  switch (part) {
    case 'events':
      return corpus.events.map((event) => ({ id: event.id, data: event }));
    case 'actors':
      return corpus.actors.map((actor) => ({ id: actor.id, data: actor }));
    case 'sources':
      return corpus.sources.map((source) => ({ id: source.id, data: source }));
    case 'report':
      // One entry: the report is read whole, by the page that publishes it.
      return [{ id: 'build', data: corpus.report }];
    case 'retired':
      // One entry too, so that a site with nothing retired has a record saying so, not an empty collection.
      return [{ id: 'build', data: corpus.retired }];
  }
}

/** A loader for one part of the corpus built from `content/`. */
export function articlesLoader(part: CorpusPart): Loader {
  return {
    name: `timeline-${part}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const cacheDir = fileURLToPath(context.config.cacheDir);
      const write = async (run: Run) => {
        const corpus = await run.corpus;
        // A newer run has started: the store waits for it rather than flicker back to this one.
        if (run !== latest) return;
        const entries = entriesOf(corpus, part);
        const keep = new Set(entries.map((entry) => entry.id));
        for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
        for (const { id, data } of entries) {
          const parsed = await context.parseData({ id, data });
          context.store.set({ id, data: parsed, digest: context.generateDigest(data) });
        }
      };
      // One write at a time, in the order the runs started, so an older corpus never lands last.
      let writing = write(latest ?? startRun(root, cacheDir, context.logger));
      await writing;
      context.watcher?.on('all', (_event, changed) => {
        if (!isContentInput(root, changed)) return;
        const run = runAfterChange(root, cacheDir, context.logger);
        writing = writing
          .catch(() => undefined)
          .then(async () => write(await run))
          .catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}
