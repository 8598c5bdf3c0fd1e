// Finds a Chromium and launches it with playwright-core, for the browser tests and the scripts that
// drive a browser. Order: `CHROMIUM_PATH`, then the system's browsers, then the Chromium shipped inside the
// `@sparticuz/chromium` devDependency, so a machine with no browser installed can still run them.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags every launch gets: headless, no sandbox (CI containers run as root), no background traffic. */
export const BASE_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where operating systems usually install Chromium or Chrome, in the order they are tried. */
export const SYSTEM_CHROMIUM_PATHS: Readonly<Record<string, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** A browser binary and the extra flags it needs. */
export interface ChromiumBinary {
  executablePath: string;
  /** Flags beyond `BASE_ARGS`. */
  args: readonly string[];
  /** Which rule found it, for the log. */
  origin: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/** What the finder reads from the machine; each part can be replaced, for tests and manual checks. */
export interface FindChromiumOptions {
  env?: Readonly<Record<string, string | undefined>>;
  exists?: (path: string) => boolean;
  /** The system paths to try; defaults to `SYSTEM_CHROMIUM_PATHS` for this platform. */
  systemPaths?: readonly string[];
  /** Unpacks the bundled Chromium and gives its path and recommended flags. */
  loadBundled?: () => Promise<{ executablePath: string; args: readonly string[] }>;
}

/**
 * The bundled build's recommended flags, without `--single-process` (one process for every page
 * breaks tests that open several) and without its own `--headless=…` (BASE_ARGS has one).
 */
export function bundledArgs(args: readonly string[]): string[] {
  return args.filter((arg) => arg !== '--single-process' && !arg.startsWith('--headless'));
}

/** Unpacks `@sparticuz/chromium` (to the system's temporary folder, once) and returns its binary and flags. */
async function loadSparticuz(): Promise<{ executablePath: string; args: readonly string[] }> {
  const { default: bundled } = await import('@sparticuz/chromium');
  return { executablePath: await bundled.executablePath(), args: bundled.args };
}

/** The first Chromium found: `CHROMIUM_PATH` (an empty value counts as unset), a system path, or the bundled one. */
export async function findChromium(options: FindChromiumOptions = {}): Promise<ChromiumBinary> {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    // A path the reader chose that is wrong should fail loudly, not fall through to another browser.
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, args: [], origin: 'CHROMIUM_PATH' };
  }
  const systemPaths = options.systemPaths ?? SYSTEM_CHROMIUM_PATHS[process.platform] ?? [];
  const system = systemPaths.find((candidate) => exists(candidate));
  if (system) return { executablePath: system, args: [], origin: 'system' };
  const bundled = await (options.loadBundled ?? loadSparticuz)();
  return { executablePath: bundled.executablePath, args: bundledArgs(bundled.args), origin: '@sparticuz/chromium' };
}

/** Launches `binary` (by default the Chromium `findChromium` picks) headless under playwright-core. Close it when done. */
export async function launchChromium(binary?: ChromiumBinary): Promise<Browser> {
  const { executablePath, args } = binary ?? (await findChromium());
  return chromium.launch({ executablePath, headless: true, args: [...BASE_ARGS, ...args] });
}
