import { describe, expect, it } from 'vitest';
import { slug } from '../../src/lib/slug.ts';

describe('slug', () => {
  it('transliterates Cyrillic and folds accents and punctuation', () => {
    expect(slug('Юнус-Бек Евкуров')).toBe('yunus-bek-evkurov');
    expect(slug('Iounous-bek Évkourov — l’ANL')).toBe('iounous-bek-evkourov-l-anl');
  });

  it('cuts long text between words', () => {
    expect(slug('Russian defence delegation visits Benghazi for talks with Haftar', 40)).toBe('russian-defence-delegation-visits');
  });
});
