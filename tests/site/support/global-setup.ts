// Global setup of the `site` test project: build dist/ if it is missing or stale, serve it, and
// hand the address to the tests as `inject('siteUrl')`.
import type { TestProject } from 'vitest/node';
import { ensureBuilt, serveDist } from '../../../scripts/lib/site-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the preview server: `http://127.0.0.1:<port>`, no trailing slash. */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  await ensureBuilt(root);
  const server = await serveDist(root);
  project.provide('siteUrl', server.url);
  return server.close;
}
