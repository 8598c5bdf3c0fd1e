import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOf } from '../../src/lib/detect-language.ts';
import { articleFromText } from '../helpers/article.ts';

describe('detectLanguage', () => {
  it('names English, French and Russian articles', () => {
    const detect = (text: string) => detectLanguage(articleFromText(text, { language: 'und' })).language;
    expect(detect('Russia may soon resume military-technical cooperation with Libya, a federal agency supervising the country said.')).toBe('en');
    expect(detect('Une délégation du ministère russe de la Défense est arrivée en Libye, sur invitation du maréchal Khalifa Haftar.')).toBe('fr');
    expect(detect('Министр обороны России Сергей Шойгу провел в среду в Москве переговоры с командующим Ливийской национальной армией.')).toBe('ru');
  });

  it('keeps the editor’s language, and warns when the text is too short to tell', () => {
    expect(detectLanguage(articleFromText('Haftar in Moscow.', { editor: { language: 'en' } })).language).toBe('en');
    const short = detectLanguage(articleFromText('Haftar.', { language: 'und' }));
    expect(short.language).toBe('und');
    expect(short.messages).toEqual([{ severity: 'warning', text: 'language could not be detected; treated as undetermined' }]);
  });
});

describe('languageOf', () => {
  it('tells a quote’s language among the article’s and the pipeline’s', () => {
    expect(languageOf('Il est prévu de discuter des perspectives de coopération dans la lutte contre le terrorisme', 'en')).toBe('fr');
    expect(languageOf('We would like to give new momentum to our cooperation and build new bridges', 'fr')).toBe('en');
    expect(languageOf('Мы рассчитываем на Россию как на друга', 'en')).toBe('ru');
  });

  it('falls back on short passages', () => {
    expect(languageOf('global equilibrium', 'en')).toBe('en');
    expect(languageOf('constructive', 'fr')).toBe('fr');
  });
});
