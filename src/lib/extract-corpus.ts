// The whole build's extraction: every file under content/ in, events, actors, sources and the
// build report out. Pure over the files it is given; `loadCorpus` is the one function that reads disk.
import path from 'node:path';
import type { Actor, RegistryActor } from '../schemas/actor.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { BuildReport, FileReport } from '../schemas/report.ts';
import { EditorFieldSchema, type EditorField, type Source } from '../schemas/source.ts';
import { buildActorIndex } from './actor-index.ts';
import type { Article, Message } from './article.ts';
import { assembleEvents } from './assemble-events.ts';
import { loadRegistry } from './load-registry.ts';
import { mergeEvents } from './merge-events.ts';
import { orderEvents } from './order-events.ts';
import { extractArticle } from './pipeline.ts';
import { DEFAULT_MAX_BYTES, readContent, type ContentFile } from './read-content.ts';
import { slug } from './slug.ts';
import { validateEvents } from './validate-events.ts';

/** Everything the site is built from. */
export interface Corpus {
  events: TimelineEvent[];
  actors: Actor[];
  sources: Source[];
  report: BuildReport;
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
function safelyExtract(file: ContentFile & { bytes: Uint8Array }, sidecars: Map<string, ContentFile>, context: Parameters<typeof extractArticle>[1]): Article {
  const sidecar = sidecars.get(`${file.file}.meta.yaml`);
  const sidecarText = sidecar?.bytes ? new TextDecoder().decode(sidecar.bytes) : undefined;
  try {
    return extractArticle({ file: file.file, bytes: file.bytes, ...(sidecar && sidecarText !== undefined ? { sidecar: { file: sidecar.file, text: sidecarText } } : {}) }, context);
  } catch (error) {
    return {
      ...extractArticle({ file: file.file, bytes: new Uint8Array() }, context),
      messages: [{ severity: 'skip', text: `internal error while extracting: ${(error as Error).message}` }],
    };
  }
}

/** Builds the corpus from files already read, and the registry's text. */
export function extractCorpus(files: readonly ContentFile[], registryText: string | null): Corpus {
  const registry = registryText === null ? { actors: [], messages: [`${REGISTRY_FILE}: missing; no actor is known`] } : loadRegistry(REGISTRY_FILE, registryText);
  const context = { actors: buildActorIndex(registry.actors) };
  const sidecars = new Map(files.filter((f) => f.role === 'sidecar').map((f) => [f.file, f]));
  const articleFiles = new Set(files.filter((f) => f.role === 'article').map((f) => f.file));

  const reports = new Map<string, FileReport>();
  const articles: Article[] = [];
  for (const file of files) {
    if (file.role === 'registry') {
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
      const article = safelyExtract({ ...file, bytes: file.bytes }, sidecars, context);
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
  const { events, problems } = validateEvents(mergeEvents(perArticle.flatMap((entry) => entry.events)));
  const eventIds = new Set(events.map((event) => event.id));
  const sources = perArticle.map(({ article, events: own }) => {
    const ids = own.map((event) => event.id).filter((id) => eventIds.has(id));
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

  return {
    events: orderEvents(events),
    actors: [...registry.actors.map(registryToActor), ...[...provisional.values()].map((entry) => entry.actor)],
    sources,
    report: {
      files: [...reports.values()],
      unknownNames: [...provisional.values()]
        .map(({ actor, files: where }) => ({ name: actor.name, files: [...where].sort() }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    },
  };
}

/** Options for reading the content folder. */
export interface LoadOptions {
  /** The project root; file paths in the output are relative to it. */
  root: string;
  /** The content folder; defaults to `<root>/content`. */
  contentDir?: string;
  maxBytes?: number;
}

/** Reads `content/` from disk and extracts the corpus. */
export async function loadCorpus({ root, contentDir = path.join(root, 'content'), maxBytes = DEFAULT_MAX_BYTES }: LoadOptions): Promise<Corpus> {
  const files = await readContent(contentDir, root, maxBytes);
  const registry = files.find((file) => file.role === 'registry');
  return extractCorpus(files, registry?.bytes ? new TextDecoder().decode(registry.bytes) : null);
}
