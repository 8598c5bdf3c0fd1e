// Two builds of the same content write byte-identical sites: no clock, random id, absolute path,
// time zone or locale of the machine reaches dist/, Pagefind's index and Astro's hashed file
// names included. Each build runs `npm run build`'s script (scripts/build.ts) in its own copy of
// the project, so the two also differ in where they are on disk.
//
// Both start from the same state, as the copies are made: the same content/ and id lock, and an
// empty build cache each (the copy helper gives each copy its own node_modules/.astro). That is
// needed: dist/build-report.json counts the articles parsed and reused from the cache
// (`extraction`) and what changed since the previous build on this machine (`changes`), so a
// rebuild in a warm checkout differs from a cold build in that file, by design.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { fileDigests } from './support/file-digests.ts';
import { useProjectCopy } from './support/project-copy.ts';

const BUILD_SCRIPT = path.resolve('scripts/build.ts');

const first = useProjectCopy('timeline-reproducible-a-');
const second = useProjectCopy('timeline-reproducible-b-');

/**
 * What the two builds are given. `SOURCE_DATE_EPOCH` pins the day the id lock records for an event
 * it has not met (none, while the checked-in lock is up to date), so that two builds either side of
 * midnight agree too. The time zone and locale differ on purpose: neither may show in the output.
 */
const ENVIRONMENTS: readonly Record<string, string>[] = [
  { SOURCE_DATE_EPOCH: '1767225600', TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { SOURCE_DATE_EPOCH: '1767225600', TZ: 'Pacific/Kiritimati', LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' },
];

beforeAll(() => {
  for (const [index, copy] of [first, second].entries()) {
    execFileSync(process.execPath, ['--experimental-strip-types', BUILD_SCRIPT], {
      cwd: copy.root(),
      stdio: 'ignore',
      env: { ...process.env, ...ENVIRONMENTS[index] },
    });
  }
}, 300_000);

test('two builds of the same content write the same files, byte for byte', () => {
  const a = fileDigests(path.join(first.root(), 'dist'));
  const b = fileDigests(path.join(second.root(), 'dist'));
  const differences = [...new Set([...a.keys(), ...b.keys()])].sort().flatMap((file) => {
    if (!a.has(file)) return [`${file}: only in the second build`];
    if (!b.has(file)) return [`${file}: only in the first build`];
    return a.get(file) === b.get(file) ? [] : [`${file}: differs`];
  });
  expect(differences).toEqual([]);
  // The comparison covered every kind of output: pages, data, feed, sitemap, Astro's hashed
  // scripts, Pagefind's content-named index files.
  const kinds = {
    page: /^events\/.+\/index\.html$/,
    data: /^events\.json$/,
    feed: /^rss\.xml$/,
    sitemap: /^sitemap-0\.xml$/,
    script: /^_astro\/.+\.js$/,
    fragment: /^pagefind\/fragment\/.+\.pf_fragment$/,
  };
  const found = Object.fromEntries(Object.entries(kinds).map(([kind, pattern]) => [kind, [...a.keys()].some((file) => pattern.test(file))]));
  expect(found).toEqual({ page: true, data: true, feed: true, sitemap: true, script: true, fragment: true });
});
