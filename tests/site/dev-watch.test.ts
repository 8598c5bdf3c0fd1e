// `npm run dev` follows content/articles/ without a restart: an article added, edited or deleted
// shows on the timeline open in a browser, changes or leaves it, within seconds, the page
// reloading itself. The dev server runs on a copy of the project, so the test never writes into
// this checkout's content.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort } from '../../scripts/lib/site-server.ts';
import { astroCommand, useProjectCopy } from './support/project-copy.ts';
import { useBrowser } from './support/site.ts';

/** How long a change may take to reach the open page: about a second and a half when idle, kept generous for a loaded two-core machine. */
const UPDATE_DEADLINE_MS = 10_000;
/** How long the dev server may take to start and render `/` the first time (Vite transforms every module). */
const START_DEADLINE_MS = 90_000;

const FILE = 'content/articles/dev-watch/haftar-kazan.md';
const FIRST_TITLE = 'Haftar tours the Zelenodolsk shipyard near Kazan';
const EDITED_TITLE = 'Haftar tours the Yantar shipyard in Kaliningrad';

/** An article whose primary event carries `title`, dated by its front matter so nothing else varies. */
const article = (title: string) => `---
title: ${title}
published: 2019-06-12
outlet: Test Wire
---
MOSCOW, June 12 (Test Wire) - Libyan commander Khalifa Haftar toured a Russian naval shipyard on Wednesday, the Russian Defence Ministry said in a statement.

"We discussed the repair of Libyan patrol boats," Haftar told reporters after the visit.
`;

const copy = useProjectCopy('timeline-dev-');
const { newPage } = useBrowser();
let server: ChildProcess | undefined;
let origin = '';
let output = '';

/** The HTML of `/` as the dev server renders it now. */
async function timeline(): Promise<string> {
  const response = await fetch(`${origin}/`);
  if (response.status !== 200) throw new Error(`GET / answered ${response.status}`);
  return response.text();
}

/** Polls `/` until it lists events, failing at START_DEADLINE_MS or when the server dies, with what it said. */
async function waitUntilServing(): Promise<void> {
  const started = performance.now();
  let last = '';
  while (performance.now() - started < START_DEADLINE_MS) {
    if (server?.exitCode !== null) throw new Error(`astro dev exited (${server?.exitCode}):\n${output}`);
    try {
      last = await timeline();
      if (last.includes('data-event')) return;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro dev did not serve the timeline within ${START_DEADLINE_MS} ms; / last gave: ${last.slice(0, 300)}\nthe server said:\n${output.slice(-3000)}`);
}

beforeAll(async () => {
  const root = copy.root();
  const port = await freePort();
  const [command, args] = astroCommand(root, ['dev', '--host', '127.0.0.1', '--port', String(port)]);
  // Without Vitest's variables: Astro takes a process with VITEST set for a test run and serves no page (404).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
  server = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  origin = `http://127.0.0.1:${port}`;
  await waitUntilServing();
}, START_DEADLINE_MS + 10_000);

afterAll(async () => {
  const running = server;
  if (!running || running.exitCode !== null || running.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    running.once('exit', () => resolve());
    running.kill();
  });
});

/**
 * Whether the page listens for the dev server's reloads: from the moment Vite's client says it is
 * connected until the page navigates. A reload sent in between two is lost, so no change is made then.
 */
function listening(page: Page): () => Promise<void> {
  let connected = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) connected = false;
  });
  page.on('console', (message) => {
    if (message.text().includes('[vite] connected')) connected = true;
  });
  return async () => {
    const started = performance.now();
    while (!connected) {
      if (performance.now() - started > START_DEADLINE_MS) throw new Error('the page never connected to the dev server');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
}

/** Makes `change` once the page listens, then waits until it shows `shown` and no longer `gone`; returns the milliseconds that took. */
async function timeChange(page: Page, ready: () => Promise<void>, change: () => void, shown: string | null, gone: string | null): Promise<number> {
  await ready();
  const started = performance.now();
  change();
  try {
    // Locators outlive the reloads the dev server sends, so each wait spans as many as it takes.
    if (shown) await page.getByText(shown).first().waitFor({ state: 'attached', timeout: UPDATE_DEADLINE_MS });
    if (gone) await page.getByText(gone).first().waitFor({ state: 'detached', timeout: UPDATE_DEADLINE_MS });
  } catch (error) {
    const served = await timeline().catch(String);
    const state = `the server's / ${shown && !served.includes(shown) ? 'lacks' : 'has'} "${shown}" and ${gone && served.includes(gone) ? 'has' : 'lacks'} "${gone}"`;
    throw new Error(`${String(error)}\n${state}; the server said:\n${output.slice(-3000)}`);
  }
  return Math.round(performance.now() - started);
}

test('an article added, edited and deleted under content/articles/ reaches the open timeline in seconds', async () => {
  const file = path.join(copy.root(), FILE);
  const page = await newPage();
  const ready = listening(page);
  await page.goto(`${origin}/`);
  expect(await page.getByText(FIRST_TITLE).count()).toBe(0);

  mkdirSync(path.dirname(file), { recursive: true });
  const added = await timeChange(page, ready, () => writeFileSync(file, article(FIRST_TITLE)), FIRST_TITLE, null);
  const edited = await timeChange(page, ready, () => writeFileSync(file, article(EDITED_TITLE)), EDITED_TITLE, FIRST_TITLE);
  const deleted = await timeChange(page, ready, () => rmSync(file), null, EDITED_TITLE);

  // The server renders what the page shows: the same three states, read without a browser.
  expect(await timeline()).not.toContain(EDITED_TITLE);
  // For the record; each wait above fails past UPDATE_DEADLINE_MS.
  console.log(`dev update latency: added ${added} ms, edited ${edited} ms, deleted ${deleted} ms`);
});
