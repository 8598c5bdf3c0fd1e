import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../src/lib/actor-index.ts';
import { findOutlet } from '../../src/lib/find-outlet.ts';
import { articleFromText } from '../helpers/article.ts';

const context = {
  actors: buildActorIndex([
    { id: 'interfax', name: 'Interfax', type: 'media', description: 'Russian news agency.', aliases: ['Интерфакс'], roles: [] },
    { id: 'xinhua', name: 'Xinhua', type: 'media', description: 'Chinese state news agency.', aliases: [], roles: [] },
    { id: 'reuters', name: 'Reuters', type: 'media', description: 'News agency.', aliases: [], roles: [] },
  ]),
};

describe('findOutlet', () => {
  it('names the outlet of a credit line as the registry does', () => {
    const article = articleFromText('Russia may resume arms sales.', { metaLines: ['(Xinhua)'] });
    expect(findOutlet(article, context).outlet).toBe('Xinhua');
  });

  it('reads the credit of an opening dateline', () => {
    const article = articleFromText('TRIPOLI, Jan 11 (Reuters) - Libya said on Monday it would buy arms.');
    expect(findOutlet(article, context).outlet).toBe('Reuters');
  });

  it('meets a wire signed with its web address', () => {
    const article = articleFromText('Москва. 29 ноября. INTERFAX.RU - Сергей Лавров встретился с Халифой Хафтаром.', { language: 'ru' });
    expect(findOutlet(article, context).outlet).toBe('Interfax');
  });

  it('keeps an unknown credit as written', () => {
    const article = articleFromText('Russia may resume arms sales.', { metaLines: ['(Libya Observer)'] });
    expect(findOutlet(article, context).outlet).toBe('Libya Observer');
  });

  it('lets the editor’s outlet win', () => {
    const article = articleFromText('MOSCOW (Sputnik) - Russia said so.');
    expect(findOutlet({ ...article, editor: { ...article.editor, outlet: 'The Moscow Times' } }, context).outlet).toBe('The Moscow Times');
  });
});
