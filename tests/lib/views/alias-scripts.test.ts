import { describe, expect, it } from 'vitest';
import { aliasScripts } from '../../../src/lib/views/alias-scripts.ts';

describe('aliasScripts', () => {
  it('groups aliases by script, tagging Cyrillic as Russian and leaving Latin untagged', () => {
    expect(aliasScripts(['Шойгу', 'Shoigu', 'Sergueï Choïgou', 'Сергей Шойгу'])).toEqual([
      { script: 'Latin', lang: null, aliases: ['Shoigu', 'Sergueï Choïgou'] },
      { script: 'Cyrillic', lang: 'ru', aliases: ['Шойгу', 'Сергей Шойгу'] },
    ]);
  });

  it('files an alias under the script most of its letters are in, and symbols-only ones under Other', () => {
    expect(aliasScripts(['ЧВК Вагнер PMC', 'خليفة حفتر', '444'])).toEqual([
      { script: 'Cyrillic', lang: 'ru', aliases: ['ЧВК Вагнер PMC'] },
      { script: 'Arabic', lang: 'ar', aliases: ['خليفة حفتر'] },
      { script: 'Other', lang: null, aliases: ['444'] },
    ]);
  });

  it('gives no groups for no aliases', () => {
    expect(aliasScripts([])).toEqual([]);
  });
});
