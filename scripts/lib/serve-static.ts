// A tiny static file server that compresses like a real host (gzip for text), so the measuring
// scripts weigh pages as a reader would receive them. `astro preview` serves everything raw.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { SEARCH_BUNDLES } from '../../src/lib/search-bundles.ts';

/** A URL prefix served from a folder: `{ prefix: '/tl/', dir: 'node_modules/…/dist' }`. */
export interface Mount {
  /** URL path prefix, starting and ending with `/`. */
  prefix: string;
  /** Folder whose files answer under the prefix. */
  dir: string;
}

/** What `serveStatic` needs; one mount at `/` is the usual case. */
export interface ServeStaticOptions {
  /** Longest prefix wins. */
  mounts: readonly Mount[];
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Compress text responses when the client accepts gzip (default true). */
  gzip?: boolean;
}

/** A running server: its origin (`http://127.0.0.1:PORT`) and a way to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index fragments are already compressed by Pagefind itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Types worth gzipping; fonts, images and Pagefind fragments are compressed already. */
function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg\+xml)/.test(type);
}

/** Files named after their content: Astro's, and the index, fragments and filters of each Pagefind bundle. */
const HASHED = new RegExp(`^/(?:_astro|(?:${SEARCH_BUNDLES.map(({ folder }) => folder).join('|')})/(?:fragment|index|filter))/`);

/** Hashed files never change; everything else is revalidated, as static hosts do. */
function cacheControl(urlPath: string): string {
  return HASHED.test(urlPath) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

/** Finds the file for a URL path: exact file, `dir/index.html`, then `path.html`. */
async function resolveFile(mounts: readonly Mount[], urlPath: string): Promise<string | 'redirect' | null> {
  const mount = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).find((m) => urlPath.startsWith(m.prefix) || `${urlPath}/` === m.prefix);
  if (!mount) return null;
  const rest = urlPath.slice(Math.min(mount.prefix.length, urlPath.length));
  const root = path.resolve(mount.dir);
  const file = path.resolve(root, rest);
  // No escaping the mount with `..`.
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) return 'redirect';
    const index = path.join(file, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  const html = `${file}.html`;
  if ((await stat(html).catch(() => null))?.isFile()) return html;
  return null;
}

/** Starts the server on 127.0.0.1; gzip output is cached per file for the server's lifetime. */
export async function serveStatic(options: ServeStaticOptions): Promise<StaticServer> {
  const gzipCache = new Map<string, Buffer>();
  const useGzip = options.gzip ?? true;
  const notFoundPage = path.resolve(options.mounts.find((m) => m.prefix === '/')?.dir ?? '.', '404.html');

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const found = await resolveFile(options.mounts, urlPath);
      if (found === 'redirect') {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const status = found ? 200 : 404;
      const file = found ?? ((await stat(notFoundPage).catch(() => null))?.isFile() ? notFoundPage : null);
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      let body: Buffer = await readFile(file);
      const headers: Record<string, string> = {
        'Content-Type': type,
        'Cache-Control': cacheControl(urlPath),
        'X-Content-Type-Options': 'nosniff',
      };
      if (useGzip && isCompressible(type)) {
        headers['Vary'] = 'Accept-Encoding';
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          let packed = gzipCache.get(file);
          if (!packed) {
            packed = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
            gzipCache.set(file, packed);
          }
          body = packed;
          headers['Content-Encoding'] = 'gzip';
        }
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
