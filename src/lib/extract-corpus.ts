// The whole build's extraction: every file under content/ in, events, actors, sources and the
// build report out. Pure over the files it is given; `loadCorpus` is the one function that reads disk.
import path from 'node:path';
import type { Actor, ActorType, RegistryActor } from '../schemas/actor.ts';
import type { IdLock, RetiredAddresses } from '../schemas/id-lock.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { BuildReport, FileReport } from '../schemas/report.ts';
import { EditorFieldSchema, type EditorField, type Source } from '../schemas/source.ts';
import { buildActorIndex } from './actor-index.ts';
import { articleCacheKey, type ArticleCache } from './article-cache.ts';
import type { Article, Message } from './article.ts';
import { assembleEvents } from './assemble-events.ts';
import { assignEventIds, resolveRetired } from './assign-event-ids.ts';
import { buildDay } from './build-day.ts';
import { compareBuilds, type BuildManifest } from './compare-builds.ts';
import { digestOf } from './digest.ts';
import { EMPTY_LOCK, ID_LOCK_FILE, parseIdLock } from './id-lock-file.ts';
import { reportFile } from './merge/report-key.ts';
import { loadRegistry } from './load-registry.ts';
import { mergeEvents } from './merge-events.ts';
import { orderEvents } from './order-events.ts';
import { extractArticle } from './pipeline.ts';
import { DEFAULT_MAX_BYTES, readContent, type ContentFile } from './read-content.ts';
import { slug } from './slug.ts';
import { trackSources } from './track-sources.ts';
import { validateEvents } from './validate-events.ts';

/** Everything the site is built from, and what the build leaves for the next one. */
export interface Corpus {
  events: TimelineEvent[];
  actors: Actor[];
  sources: Source[];
  report: BuildReport;
  /** Addresses of events no longer on the timeline, with where each sends readers, and of sources removed from content/. */
  retired: RetiredAddresses;
  /** The id lock after this build, to write back to `content/id-lock.yaml`. */
  lock: IdLock;
  /**
   * False when the lock on disk had problems (a merge conflict, a damaged entry): the build used
   * what validated, but writing its result back would lose the rest, so the file is left for the
   * editor to mend.
   */
  lockWritable: boolean;
  /** Digests the next build compares itself with. */
  manifest: BuildManifest;
}

/** What a build knows beyond the files: its cache, its day, and the build before it. */
export interface CorpusOptions {
  /** Articles kept from earlier runs; without it, every article is parsed. */
  cache?: CorpusCache;
  /** The build day, `YYYY-MM-DD`, recorded for events added and ids retired; defaults to `buildDay()`. */
  today?: string;
  /** The previous build's manifest, to say what changed; absent or null for none. */
  previous?: BuildManifest | null;
}

const REGISTRY_FILE = 'content/actors.yaml';

function formatMessage(message: Message): string {
  return message.line ? `line ${message.line}: ${message.text}` : message.text;
}

/** The id of a source page: the file's path under content/articles, as a slug. */
export function sourceId(file: string): string {
  return slug(file.replace(/^content\/articles\//, '').replace(/\.(txt|md)$/i, ''), 120);
}

/**
 * The fields of `source` whose value is the one the editor gave: a field counts only when the stage
 * that sets it took the editor's value (an editor's date that is not a calendar date is ignored).
 */
function editorFields(article: Article, source: Omit<Source, 'editor'>): EditorField[] {
  const { editor } = article;
  const given: Record<EditorField, boolean> = {
    title: editor.title !== undefined && source.title === editor.title,
    published: article.publication?.basis === 'editor',
    outlet: editor.outlet !== undefined && source.outlet === editor.outlet,
    url: editor.url !== undefined && source.url === editor.url,
    language: editor.language !== undefined && source.language === editor.language,
  };
  return EditorFieldSchema.options.filter((field) => given[field]);
}

function toSource(article: Article, events: string[]): Source {
  const source = {
    id: sourceId(article.file),
    file: article.file,
    title: article.title,
    outlet: article.outlet,
    url: article.editor.url ?? null,
    published: article.publication?.value ?? null,
    language: article.language,
    encoding: article.encoding,
    text: article.text,
    paragraphs: article.paragraphs,
    sentences: article.sentences,
    captions: article.captions,
    removed: article.removed,
    events,
  };
  return { ...source, editor: { fields: editorFields(article, source), note: article.editor.note?.trim() || null } };
}

function registryToActor(actor: RegistryActor): Actor {
  return { id: actor.id, name: actor.name, type: actor.type, aliases: actor.aliases, description: actor.description, roles: actor.roles };
}

/** Extracts one article, turning a stage's crash into a skip so one bad file never stops the build. */
function safelyExtract(file: ContentFile & { bytes: Uint8Array }, sidecar: { file: string; bytes: Uint8Array } | undefined, context: Parameters<typeof extractArticle>[1]): Article {
  try {
    return extractArticle({ file: file.file, bytes: file.bytes, ...(sidecar ? { sidecar: { file: sidecar.file, text: new TextDecoder().decode(sidecar.bytes) } } : {}) }, context);
  } catch (error) {
    return {
      ...extractArticle({ file: file.file, bytes: new Uint8Array() }, context),
      messages: [{ severity: 'skip', text: `internal error while extracting: ${(error as Error).message}` }],
    };
  }
}

/** Articles kept from earlier runs, and the digest of the code that extracted them (`extractorDigest`). */
export interface CorpusCache {
  articles: ArticleCache;
  extractor: string;
}

/** The article as extracted before from these very inputs, when the cache has it; else extracted now, and kept. */
function extractOrReuse(
  file: ContentFile & { bytes: Uint8Array },
  sidecar: { file: string; bytes: Uint8Array } | undefined,
  registryText: string | null,
  context: Parameters<typeof extractArticle>[1],
  cache: CorpusCache | undefined,
): { article: Article; reused: boolean } {
  if (!cache) return { article: safelyExtract(file, sidecar, context), reused: false };
  const key = articleCacheKey({ extractor: cache.extractor, file: file.file, bytes: file.bytes, ...(sidecar ? { sidecar } : {}), registry: registryText });
  const kept = cache.articles.get(key);
  if (kept) return { article: kept, reused: true };
  const article = safelyExtract(file, sidecar, context);
  cache.articles.set(key, article);
  return { article, reused: false };
}

/** Builds the corpus from files already read, and the registry's text; with a cache, only articles never seen before are parsed. */
export function extractCorpus(files: readonly ContentFile[], registryText: string | null, { cache, today = buildDay(), previous = null }: CorpusOptions = {}): Corpus {
  const registry = registryText === null ? { actors: [], messages: [`${REGISTRY_FILE}: missing; no actor is known`] } : loadRegistry(REGISTRY_FILE, registryText);
  const context = { actors: buildActorIndex(registry.actors) };
  const sidecars = new Map(files.filter((f) => f.role === 'sidecar').map((f) => [f.file, f]));
  const articleFiles = new Set(files.filter((f) => f.role === 'article').map((f) => f.file));

  const reports = new Map<string, FileReport>();
  const articles: Article[] = [];
  const extraction = { parsed: 0, reused: 0 };
  const lockFile = files.find((file) => file.role === 'lock');
  const lockText = lockFile?.bytes ? new TextDecoder().decode(lockFile.bytes) : null;
  const previousLock = lockText === null ? { lock: EMPTY_LOCK, messages: [] } : parseIdLock(ID_LOCK_FILE, lockText);
  for (const file of files) {
    if (file.role === 'lock') {
      const { events, retired, sources } = previousLock.lock;
      const summary = `id lock: ${Object.keys(events).length} event ids, ${Object.keys(retired).length} retired, ${Object.keys(sources).length} source pages`;
      const problems = previousLock.messages.length > 0 ? [...previousLock.messages, 'not rewritten by this build: mend it (or restore it from version control) and build again'] : [];
      reports.set(file.file, { file: file.file, status: problems.length ? 'warning' : 'ok', messages: [summary, ...problems], events: [] });
    } else if (file.role === 'registry') {
      reports.set(file.file, { file: file.file, status: registry.messages.length ? 'warning' : 'ok', messages: registry.messages, events: [] });
    } else if (file.role === 'other') {
      reports.set(file.file, { file: file.file, status: 'skipped', messages: ['not an article: only .txt and .md files under content/articles/ are read'], events: [] });
    } else if (file.role === 'sidecar') {
      const article = file.file.replace(/\.meta\.yaml$/i, '');
      const known = articleFiles.has(article);
      reports.set(file.file, {
        file: file.file,
        status: known && !file.skip ? 'ok' : 'warning',
        messages: file.skip ? [file.skip] : known ? [`editor metadata for ${article}`] : [`no article named ${article}: this sidecar is unused`],
        events: [],
      });
    } else if (!file.bytes) {
      reports.set(file.file, { file: file.file, status: 'skipped', messages: [file.skip ?? 'could not be read'], events: [] });
    } else {
      const found = sidecars.get(`${file.file}.meta.yaml`);
      const sidecar = found?.bytes ? { file: found.file, bytes: found.bytes } : undefined;
      const { article, reused } = extractOrReuse({ ...file, bytes: file.bytes }, sidecar, registryText, context, cache);
      extraction[reused ? 'reused' : 'parsed'] += 1;
      const skip = article.messages.find((message) => message.severity === 'skip');
      if (!skip) articles.push(article);
      reports.set(file.file, {
        file: file.file,
        status: skip ? 'skipped' : article.messages.length > 0 ? 'warning' : 'ok',
        messages: skip ? [skip.text] : article.messages.map(formatMessage),
        events: [],
      });
    }
  }

  const perArticle = articles.map((article) => ({ article, events: assembleEvents(article) }));
  const actorTypes = new Map<string, ActorType>([...registry.actors, ...articles.flatMap((article) => article.provisionalActors)].map((actor) => [actor.id, actor.type]));
  const { valid: merged, problems } = validateEvents(mergeEvents(perArticle.flatMap((entry) => entry.events), actorTypes));
  const assigned = assignEventIds(merged, previousLock.lock, today);
  const { events } = assigned;
  // Each article's events: those holding any of its reports, its own news and the happenings it dates.
  const eventsOfFile = new Map<string, string[]>();
  merged.forEach((entry, index) => {
    const id = events[index]?.id;
    if (id === undefined) return;
    for (const file of new Set(entry.reports.map(reportFile))) eventsOfFile.set(file, [...(eventsOfFile.get(file) ?? []), id]);
  });
  const sources = perArticle.map(({ article }) => {
    const ids = eventsOfFile.get(article.file) ?? [];
    const report = reports.get(article.file);
    if (report) {
      const extra = problems.get(article.file) ?? [];
      reports.set(article.file, { ...report, events: ids, messages: [...report.messages, ...extra], status: extra.length ? 'warning' : report.status });
    }
    return toSource(article, ids);
  });

  const provisional = new Map<string, { actor: Actor; files: Set<string> }>();
  for (const article of articles) {
    for (const found of article.provisionalActors) {
      const entry = provisional.get(found.id) ?? {
        actor: { id: found.id, name: found.name, type: found.type, aliases: [], provisional: true, description: `Found in the articles (${found.evidence}); not yet in the registry.` },
        files: new Set<string>(),
      };
      entry.files.add(article.file);
      provisional.set(found.id, entry);
    }
  }

  const unknownNames = [...provisional.values()]
    .map(({ actor, files: where }) => ({ name: actor.name, files: [...where].sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const manifest = buildManifest(files, events, unknownNames);
  const lock = { ...assigned.lock, sources: trackSources(previousLock.lock.sources, sources, today) };
  return {
    events: orderEvents(events),
    actors: [...registry.actors.map(registryToActor), ...[...provisional.values()].map((entry) => entry.actor)],
    sources,
    report: { files: [...reports.values()], unknownNames, extraction, changes: compareBuilds(previous, manifest) },
    retired: {
      events: Object.entries(lock.retired).map(([id, { reason, retired }]) => ({ id, to: resolveRetired(id, lock), reason, retired })),
      sources: Object.entries(lock.sources).flatMap(([id, { file, removed }]) => (removed ? [{ id, file, removed }] : [])),
    },
    lock,
    lockWritable: previousLock.messages.length === 0,
    manifest,
  };
}

/** The digests this build leaves for the next: each article with its sidecar, each event, each unknown name. */
function buildManifest(files: readonly ContentFile[], events: readonly TimelineEvent[], unknownNames: ReadonlyArray<{ name: string }>): BuildManifest {
  const byFile = new Map(files.map((file) => [file.file, file]));
  const articles = files
    .filter((file) => file.role === 'article')
    .map((file): [string, string] => [file.file, digestOf(file.bytes ?? file.skip ?? null, byFile.get(`${file.file}.meta.yaml`)?.bytes ?? null)]);
  // An event changes when what readers see of it changes; the day it was added never does.
  const eventDigests = events.map(({ added: _added, ...event }): [string, string] => [event.id, digestOf(JSON.stringify(event))]);
  return { articles: Object.fromEntries(articles), events: Object.fromEntries(eventDigests), unknownNames: unknownNames.map((entry) => entry.name) };
}

/** Options for reading the content folder. */
export interface LoadOptions {
  /** The project root; file paths in the output are relative to it. */
  root: string;
  /** The content folder; defaults to `<root>/content`. */
  contentDir?: string;
  maxBytes?: number;
  /** Articles kept from earlier runs; without it, every article is parsed. */
  cache?: CorpusCache;
  /** The previous build's manifest, to say what changed. */
  previous?: BuildManifest | null;
}

/** Reads `content/` from disk and extracts the corpus. */
export async function loadCorpus({ root, contentDir = path.join(root, 'content'), maxBytes = DEFAULT_MAX_BYTES, cache, previous = null }: LoadOptions): Promise<Corpus> {
  const files = await readContent(contentDir, root, maxBytes);
  const registry = files.find((file) => file.role === 'registry');
  return extractCorpus(files, registry?.bytes ? new TextDecoder().decode(registry.bytes) : null, { ...(cache ? { cache } : {}), previous });
}
