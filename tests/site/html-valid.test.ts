// Every built page is valid HTML: html-validate with .htmlvalidate.json, zero errors.
// The one relaxation there, `valid-id` in relaxed mode, checks ids as HTML5 defines them (non-empty,
// no whitespace) instead of html-validate's stricter house style (must begin with a letter): the
// DOM contract makes each timeline entry's id its event id, which starts with the year, so that
// `/#2012-08-22-…` lands on it.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

const dist = path.resolve('dist');

async function htmlFiles(): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('built HTML', () => {
  it('has zero html-validate errors on every page', async () => {
    const files = await htmlFiles();
    expect(files).toContain('index.html');
    // Reads .htmlvalidate.json from the project root, as the CLI does (the bare constructor would not).
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(dist, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) errors.push(`dist/${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(errors).toEqual([]);
  });
});
