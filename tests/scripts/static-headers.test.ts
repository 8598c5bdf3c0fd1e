import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile } from '../../scripts/lib/static-headers.ts';

const FILE = `# A comment
/*
  X-Content-Type-Options: nosniff

/_astro/*
  # a comment under a rule
  Cache-Control: public, max-age=31536000, immutable
/events/:id/
  Cache-Control: no-cache
  Cache-Control: must-revalidate
`;

describe('parseHeadersFile', () => {
  it('reads each path and the headers indented under it, skipping comments and blank lines', () => {
    expect(parseHeadersFile(FILE)).toEqual([
      { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      {
        pattern: '/events/:id/',
        headers: [
          ['Cache-Control', 'no-cache'],
          ['Cache-Control', 'must-revalidate'],
        ],
      },
    ]);
  });

  it('names the line a host would not understand', () => {
    expect(() => parseHeadersFile('/*\n  ! Cache-Control\n')).toThrow('_headers line 2: not "Name: value" under a path: ! Cache-Control');
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow('_headers line 1: not "Name: value" under a path: X-A: b');
    expect(() => parseHeadersFile('events/*\n  X-A: b\n')).toThrow('_headers line 1: a path must start with "/": events/*');
  });
});

describe('matchesPattern', () => {
  it('matches a splat across segments, a placeholder within one, and the rest literally', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astro/index.A1b2.js')).toBe(true);
    expect(matchesPattern('/events/*', '/events/2019-x/')).toBe(true);
    expect(matchesPattern('/events/*', '/events.json')).toBe(false);
    expect(matchesPattern('/events/:id/', '/events/2019-x/')).toBe(true);
    expect(matchesPattern('/events/:id/', '/events/a/b/')).toBe(false);
    expect(matchesPattern('/', '/about/')).toBe(false);
    expect(matchesPattern('/index.html', '/indexxhtml')).toBe(false);
  });
});

describe('headersFor', () => {
  it('gathers the values of every matching rule, in file order, by lower-cased name', () => {
    const rules = parseHeadersFile(FILE);
    expect(Object.fromEntries(headersFor(rules, '/_astro/a.js'))).toEqual({
      'x-content-type-options': ['nosniff'],
      'cache-control': ['public, max-age=31536000, immutable'],
    });
    expect(Object.fromEntries(headersFor(rules, '/events/x/'))).toEqual({
      'x-content-type-options': ['nosniff'],
      'cache-control': ['no-cache', 'must-revalidate'],
    });
  });
});
