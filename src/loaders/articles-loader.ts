// The Content Layer loader: runs the extraction once per build (or per change in dev) and hands
// each collection its share. Four collections read one corpus, so the run is shared through a
// cached promise, renewed when a file under content/ changes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadCorpus, type Corpus } from '../lib/extract-corpus.ts';
import { hasProblems, summarizeReport } from '../lib/summarize-report.ts';

/** Which part of the corpus a collection holds. */
export type CorpusPart = 'events' | 'actors' | 'sources' | 'report';

let cached: { startedAt: number; corpus: Promise<Corpus> } | null = null;

function corpusFor(root: string, logger: LoaderContext['logger'], since = 0): Promise<Corpus> {
  if (cached && cached.startedAt >= since) return cached.corpus;
  const maxBytes = Number(process.env.TIMELINE_MAX_BYTES) || undefined;
  const corpus = loadCorpus({ root, ...(maxBytes ? { maxBytes } : {}) }).then((result) => {
    for (const line of summarizeReport(result.report, result.events.length)) logger.info(line);
    if (process.env.TIMELINE_STRICT && hasProblems(result.report)) {
      throw new Error('strict mode (TIMELINE_STRICT): files were skipped or warned about; see the lines above');
    }
    return result;
  });
  cached = { startedAt: Date.now(), corpus };
  return corpus;
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
  }
}

/** A loader for one part of the corpus built from `content/`. */
export function articlesLoader(part: CorpusPart): Loader {
  return {
    name: `timeline-${part}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async (since?: number) => {
        const corpus = await corpusFor(root, context.logger, since);
        const entries = entriesOf(corpus, part);
        const keep = new Set(entries.map((entry) => entry.id));
        for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
        for (const { id, data } of entries) {
          const parsed = await context.parseData({ id, data });
          context.store.set({ id, data: parsed, digest: context.generateDigest(data) });
        }
      };
      await sync();
      const contentDir = path.join(root, 'content');
      context.watcher?.on('all', (_event, changed) => {
        if (!path.resolve(changed).startsWith(contentDir + path.sep)) return;
        const since = Date.now();
        void sync(since).catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}
