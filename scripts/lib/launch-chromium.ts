// Chromium for the measuring scripts: the browser tests' finder picks the binary (CHROMIUM_PATH,
// the system's, then @sparticuz/chromium); this module launches it for playwright-core or for
// Lighthouse, which drives Chromium itself over a remote-debugging port.
import { launch as launchChrome } from 'chrome-launcher';
import { chromium, type Browser } from 'playwright-core';
import { BASE_ARGS, findChromium, type ChromiumBinary } from '../../tests/site/support/chromium.ts';

/** The binary to use: `executablePath` when given (a `--chromium` flag), else what the finder picks. */
export async function resolveChromium(executablePath?: string): Promise<ChromiumBinary> {
  if (executablePath) return { executablePath, args: [], origin: 'CHROMIUM_PATH' };
  return findChromium();
}

/** Launches Chromium under playwright-core, headless, with the shared flags. Close it when done. */
export async function launchForPlaywright(binary: ChromiumBinary): Promise<Browser> {
  return chromium.launch({ executablePath: binary.executablePath, headless: true, args: [...BASE_ARGS, ...binary.args] });
}

/** A Chromium listening for DevTools on `port`. */
export interface DebuggableChromium {
  port: number;
  close(): Promise<void>;
}

/** Launches Chromium with a remote-debugging port (chrome-launcher picks a free one), for Lighthouse. */
export async function launchForLighthouse(binary: ChromiumBinary): Promise<DebuggableChromium> {
  const chrome = await launchChrome({
    chromePath: binary.executablePath,
    chromeFlags: [...BASE_ARGS, ...binary.args],
    logLevel: 'error',
  });
  return { port: chrome.port, close: async () => chrome.kill() };
}
