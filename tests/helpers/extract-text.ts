// One article through the whole pipeline with the real actor registry (content/actors.yaml), for
// tests of the stages that read the registry's people and offices.
import { readFileSync } from 'node:fs';
import { buildActorIndex } from '../../src/lib/actor-index.ts';
import type { Article, PipelineContext } from '../../src/lib/article.ts';
import { loadRegistry } from '../../src/lib/load-registry.ts';
import { extractArticle } from '../../src/lib/pipeline.ts';

/** The registry's text, as the build reads it. */
export const REGISTRY_TEXT = readFileSync(new URL('../../content/actors.yaml', import.meta.url), 'utf-8');

/** What every stage reads besides the article, built from the real registry. */
export const registryContext: PipelineContext = { actors: buildActorIndex(loadRegistry('content/actors.yaml', REGISTRY_TEXT).actors) };

/** `text` extracted as the article file `file`, with no sidecar. */
export function extractText(text: string, file = 'content/articles/test.txt'): Article {
  return extractArticle({ file, bytes: new TextEncoder().encode(text) }, registryContext);
}
