import { describe, expect, it } from 'vitest';
import { languageName } from '../../../src/lib/views/language-name.ts';

describe('languageName', () => {
  it('names the languages of the corpus in English', () => {
    expect(['en', 'fr', 'ru'].map(languageName)).toEqual(['English', 'French', 'Russian']);
  });

  it('falls back to the upper-cased code for codes it cannot name', () => {
    expect(languageName('zz')).toBe('ZZ');
    expect(languageName('not a code')).toBe('NOT A CODE');
  });
});
