// Writes a generated corpus to disk: DIR/content/articles/…, DIR/content/actors.yaml (the registry it
// was drawn from, so that DIR/content is a ready content folder) and DIR/corpus-manifest.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedCorpus } from './generate-corpus.ts';

/** The manifest's file name in the output folder. */
export const MANIFEST_FILE = 'corpus-manifest.json';

/** Writes `corpus` under `out`, with the registry text it was drawn from. */
export async function writeCorpus(out: string, corpus: GeneratedCorpus, registryText: string): Promise<void> {
  const content = path.join(out, 'content');
  const folders = new Set(corpus.files.map((file) => path.dirname(path.join(content, file.path))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  for (const file of corpus.files) await writeFile(path.join(content, file.path), file.bytes);
  await writeFile(path.join(content, 'actors.yaml'), registryText);
  await writeFile(path.join(out, MANIFEST_FILE), `${JSON.stringify(corpus.manifest, null, 2)}\n`);
}
