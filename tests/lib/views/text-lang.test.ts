import { describe, expect, it } from 'vitest';
import { textLang } from '../../../src/lib/views/text-lang.ts';

describe('textLang', () => {
  it('leaves English unmarked and marks every other language', () => {
    expect(textLang('en')).toBeUndefined();
    expect(textLang('fr')).toBe('fr');
    expect(textLang('ru')).toBe('ru');
  });
});
