// The Chromium finder's order: CHROMIUM_PATH, then system paths in order, then the bundled build.
import { describe, expect, test } from 'vitest';
import { bundledArgs, findChromium } from '../../scripts/lib/find-chromium.ts';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/google-chrome'];
const bundled = async () => ({ executablePath: '/tmp/chromium', args: ['--no-zygote', '--single-process', "--headless='shell'"] });
const never = async (): Promise<never> => {
  throw new Error('the bundled Chromium should not be unpacked');
};
/** A file system holding exactly `files`. */
const filesystem = (...files: string[]) => (file: string) => files.includes(file);

describe('findChromium', () => {
  test('CHROMIUM_PATH wins over every system path', async () => {
    const found = await findChromium({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      exists: filesystem('/opt/chrome/chrome', ...systemPaths),
      systemPaths,
      loadBundled: never,
    });
    expect(found).toEqual({ executablePath: '/opt/chrome/chrome', args: [], origin: 'CHROMIUM_PATH' });
  });

  test('a CHROMIUM_PATH that does not exist is an error, not a silent fallback', async () => {
    await expect(
      findChromium({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, exists: filesystem(...systemPaths), systemPaths, loadBundled: never }),
    ).rejects.toThrow('/nowhere/chrome');
  });

  test('an empty CHROMIUM_PATH counts as unset', async () => {
    const found = await findChromium({ env: { CHROMIUM_PATH: '' }, exists: filesystem(...systemPaths), systemPaths, loadBundled: never });
    expect(found.executablePath).toBe('/usr/bin/chromium');
  });

  test('system paths are tried in order, the first that exists is taken', async () => {
    const found = await findChromium({ env: {}, exists: filesystem('/usr/bin/google-chrome'), systemPaths, loadBundled: never });
    expect(found).toEqual({ executablePath: '/usr/bin/google-chrome', args: [], origin: 'system' });
  });

  test('with no browser installed the bundled Chromium is used, without --single-process', async () => {
    const found = await findChromium({ env: {}, exists: filesystem(), systemPaths, loadBundled: bundled });
    expect(found).toEqual({ executablePath: '/tmp/chromium', args: ['--no-zygote'], origin: '@sparticuz/chromium' });
  });
});

describe('bundledArgs', () => {
  test('drops --single-process and the bundle’s own headless mode, keeps the rest in order', () => {
    expect(bundledArgs(['--a', '--single-process', "--headless='shell'", '--b'])).toEqual(['--a', '--b']);
  });
});
