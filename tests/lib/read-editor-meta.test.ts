import { describe, expect, it } from 'vitest';
import { createArticle } from '../../src/lib/article.ts';
import { readEditorMeta } from '../../src/lib/read-editor-meta.ts';

const article = (raw: string) => createArticle('content/articles/a.md', raw, 'utf-8');

describe('readEditorMeta', () => {
  it('reads front matter, folds synonyms and strips it from the body', () => {
    const result = readEditorMeta(article('---\ntitle: Haftar in Moscow\ndate: 2018-11-07\nsource: TASS\nlanguage: ru\n---\nBody text.'));
    expect(result.editor).toEqual({ title: 'Haftar in Moscow', published: '2018-11-07', outlet: 'TASS', language: 'ru' });
    expect(result.body).toBe('Body text.');
    expect(result.messages).toEqual([]);
  });

  it('lets the sidecar win field by field', () => {
    const result = readEditorMeta(article('---\ntitle: Front\noutlet: Reuters\n---\nBody.'), {
      file: 'content/articles/a.md.meta.yaml',
      text: 'published: 2021-04-16\ntitle: Sidecar\n',
    });
    expect(result.editor).toEqual({ title: 'Sidecar', outlet: 'Reuters', published: '2021-04-16' });
  });

  it('warns about malformed YAML with its line and still keeps the body', () => {
    const result = readEditorMeta(article('---\ntitle: ok\ndate: [2018\n---\nThe body stays.'));
    expect(result.editor).toEqual({});
    expect(result.body).toBe('The body stays.');
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ severity: 'warning', line: 3 });
    expect(result.messages[0]?.text).toMatch(/^front matter: malformed YAML at line 3: /);
  });

  it('warns about a field of the wrong shape, naming the file and the field', () => {
    const result = readEditorMeta(article('Body.'), { file: 'content/articles/a.md.meta.yaml', text: 'published: last week\n' });
    expect(result.editor).toEqual({});
    expect(result.messages.map((m) => m.text)).toEqual([
      'content/articles/a.md.meta.yaml: published: expected YYYY, YYYY-MM or YYYY-MM-DD, got "last week"; editor metadata ignored',
    ]);
  });

  it('refuses a link that is not a web address, so it can never run as script', () => {
    const result = readEditorMeta(article('---\nurl: "javascript:alert(document.domain)"\n---\nBody.'));
    expect(result.editor).toEqual({});
    expect(result.messages.map((m) => m.text)).toEqual([
      'front matter: url: expected an http:// or https:// address; editor metadata ignored',
    ]);
  });

  it('leaves text without front matter alone', () => {
    const result = readEditorMeta(article('--- not front matter\nBody.'));
    expect(result.body).toBe('--- not front matter\nBody.');
    expect(result.editor).toEqual({});
  });
});
