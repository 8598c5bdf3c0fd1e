// Chromium for Lighthouse, which drives the browser itself over a remote-debugging port rather than
// through playwright-core; the binary comes from the same finder as every other browser run.
import { launch as launchChrome } from 'chrome-launcher';
import { BASE_ARGS, type ChromiumBinary } from './find-chromium.ts';

/** A Chromium listening for DevTools on `port`. */
export interface DebuggableChromium {
  port: number;
  close(): Promise<void>;
}

/** Launches `binary` with a remote-debugging port (chrome-launcher picks a free one), for Lighthouse. */
export async function launchForLighthouse(binary: ChromiumBinary): Promise<DebuggableChromium> {
  const chrome = await launchChrome({
    chromePath: binary.executablePath,
    chromeFlags: [...BASE_ARGS, ...binary.args],
    logLevel: 'error',
  });
  return { port: chrome.port, close: async () => chrome.kill() };
}
