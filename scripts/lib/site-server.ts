// Builds the site when dist/ is missing or stale, then serves dist/ with `astro preview` on a free
// port. Used by the browser tests' global setup, `npm run screenshots` and `lighthouse --server preview`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** Everything the build reads, relative to the project root; folders are walked. */
export const BUILD_INPUTS: readonly string[] = [
  'src',
  'content',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'pagefind.yml',
  'package.json',
  'package-lock.json',
];

/** The environment variables that change what the build writes: the site's origin, the article size limit, strict mode. */
export const BUILD_ENV: readonly string[] = ['SITE_URL', 'TIMELINE_MAX_BYTES', 'TIMELINE_STRICT'];

/** Where the digest of the inputs a build was made from is kept; any build puts a new dist/ in place, so a build by hand drops it. */
export const DIGEST_FILE = path.join('dist', '.source-digest');

/** Every file under `input` (a file or a folder), sorted, as paths relative to `root`. */
function listFiles(root: string, input: string): string[] {
  const full = path.join(root, input);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [input];
  return readdirSync(full, { withFileTypes: true })
    .map((entry) => path.join(input, entry.name))
    .sort()
    .flatMap((child) => listFiles(root, child));
}

/** A SHA-256 over the names and contents of every build input and the build's environment: equal digests, equal builds. */
export function sourceDigest(root: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const hash = createHash('sha256');
  // JSON keeps an unset variable (null) apart from an empty one ("").
  for (const name of BUILD_ENV) hash.update(`${name}=${JSON.stringify(env[name] ?? null)}\0`);
  for (const input of BUILD_INPUTS) {
    for (const file of listFiles(root, input)) {
      hash.update(`${file.split(path.sep).join('/')}\0`);
      hash.update(readFileSync(path.join(root, file)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/** True when dist/ was built by this helper from the inputs as they are now. */
export function isBuildFresh(root: string): boolean {
  const digestFile = path.join(root, DIGEST_FILE);
  if (!existsSync(path.join(root, 'dist', 'index.html')) || !existsSync(digestFile)) return false;
  return readFileSync(digestFile, 'utf8').trim() === sourceDigest(root);
}

/** Runs a command in `root`, its output passed through; rejects when it exits with an error. */
function run(command: string, args: readonly string[], root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Held while a build runs, so two test runs in one checkout do not empty dist/ under each other. */
export const BUILD_LOCK = path.join('node_modules', '.cache', 'site-build.lock');

/** A lock older than this is taken to be left by a run that died. */
const STALE_LOCK_MS = 5 * 60_000;

/** Takes the build lock (an atomic mkdir), waiting while another run holds it; returns its release. */
async function acquireBuildLock(root: string, log: (line: string) => void): Promise<() => void> {
  const lock = path.join(root, BUILD_LOCK);
  mkdirSync(path.dirname(lock), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_LOCK_MS) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (!announced) log(`site: another run is building (${BUILD_LOCK}); waiting`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Runs `npm run build` unless dist/ is fresh; records the inputs' digest afterwards. Returns whether it built. */
export async function ensureBuilt(root: string, log: (line: string) => void = console.log): Promise<boolean> {
  if (isBuildFresh(root)) return false;
  const release = await acquireBuildLock(root, log);
  try {
    // Another run may have built while this one waited for the lock.
    if (isBuildFresh(root)) return false;
    // Taken before the build, so an edit made while it runs leaves dist/ marked stale.
    const digest = sourceDigest(root);
    log('site: dist/ is missing or stale, running npm run build');
    await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], root);
    writeFileSync(path.join(root, DIGEST_FILE), `${digest}\n`);
    return true;
  } finally {
    release();
  }
}

/** A free TCP port on the loopback interface, at this moment. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Polls `url` until it answers or `timeoutMs` passes, or the server process dies. */
async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** A running preview server. */
export interface SiteServer {
  /** Origin without a trailing slash: `http://127.0.0.1:<port>`. */
  url: string;
  close: () => Promise<void>;
}

// Not serve-static.ts: this is Astro's own preview, for tests and screenshots; that one gzips like a real host, for measurements.
/** Serves dist/ with `astro preview` on a free port of 127.0.0.1. */
export async function serveDist(root: string): Promise<SiteServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // --ignore-lock: the tests and the screenshots script may each run a server at once.
  const child = spawn(
    process.execPath,
    [astro, 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    await waitForServer(`${url}/`, child, 30_000);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
