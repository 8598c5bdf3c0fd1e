// No broken internal link in dist/: every href, src and srcset on the site resolves to a file, and
// every #fragment to an id on its page. The checker is first shown a fixture with known breakage,
// so a pass on dist/ means something.
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { checkLinks, formatBrokenLink } from './support/check-links.ts';

describe('checkLinks on a fixture site', () => {
  it('reports the broken link, the broken fragments and the missing srcset image, and nothing else', async () => {
    const broken = await checkLinks({ dir: 'tests/fixtures/site-links', siteOrigin: 'https://fixture.example' });
    expect(broken.map(formatBrokenLink)).toEqual([
      'tests/fixtures/site-links: https://fixture.example/gone.xml (HTTP 404)',
      "tests/fixtures/site-links: tests/fixtures/site-links/#nowhere (Fragment identifier '#nowhere' not found on page)",
      "tests/fixtures/site-links: tests/fixtures/site-links/about/#nobody (Fragment identifier '#nobody' not found on page)",
      'tests/fixtures/site-links: tests/fixtures/site-links/img/gone.svg (HTTP 404)',
      'tests/fixtures/site-links: tests/fixtures/site-links/missing/ (HTTP 404)',
    ]);
  });
});

describe('dist/', () => {
  it('has no broken internal link', async () => {
    const broken = await checkLinks({ dir: 'dist', ...(config.site ? { siteOrigin: config.site } : {}) });
    expect(broken.map(formatBrokenLink)).toEqual([]);
  });
});
