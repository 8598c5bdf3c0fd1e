// Russian text that must yield no provisional actor: sentence-initial function words, months
// and weekdays, places in every case, bylines, credits, furniture and unnamed sources. Read
// against an empty registry, so that no alias hides a false positive.
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../src/lib/actor-index.ts';
import { findActors } from '../../../src/lib/find-actors.ts';
import { articleFromText } from '../../helpers/article.ts';

const context = { actors: buildActorIndex([]) };

describe('findActors finds no actor in (ru)', () => {
  it.each([
    'Читайте также',
    'Москва заявила о готовности. В Москве заявили, что переговоры продолжатся.',
    'В Триполи заявили о поддержке. Бенгази сообщил об обратном.',
    'По данным источников, делегация прибыла.',
    'В понедельник министерство заявило о визите. В августе ничего не произошло.',
    'Автор: Иван Петров',
    'Фото: РИА Новости',
    'Он заявил, что всё спокойно. Эксперты отметили рост.',
    'Однако Каир заявил о нейтралитете.',
    'Смотрите также: Ливия и Россия',
    'Тяжёлый авианесущий крейсер «Адмирал Кузнецов» зашёл в порт.',
    'На борту крейсера «Адмирал Кузнецов» прошла встреча. Фрегат «Адмирал Григорович» ушёл.',
    'По данным Africa Intelligence, поставки продолжаются.',
  ])('%j', (text) => {
    expect(findActors(articleFromText(text, { language: 'ru' }), context).provisionalActors).toEqual([]);
  });
});
