// Russian text that must yield no claim, though an actor stands in every sentence.
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../src/lib/actor-index.ts';
import type { PipelineContext } from '../../../src/lib/article.ts';
import { findClaims } from '../../../src/lib/find-claims.ts';
import { articleWithMentions } from '../../helpers/article.ts';

const context: PipelineContext = {
  actors: buildActorIndex([{ id: 'khalifa-haftar', name: 'Khalifa Haftar', type: 'person', description: 'ливийский командующий', aliases: [], roles: [] }]),
};

const NEGATIVES: Record<string, string> = {
  'кавычки без цитаты': 'Хафтар выступает за «глобальное равновесие» в регионе.',
  'заголовок в строке «Читайте также»': 'Читайте также: «Хафтар и Россия подписали соглашение о поставках оружия»',
  'название книги в кавычках': 'В 2019 году вышла книга «Русские в Ливии: история сотрудничества» о Хафтаре.',
  '«так называемая»': 'Так называемая армия Хафтара контролирует восток страны.',
  '«как говорится»': 'Как говорится, Хафтар своего не упустит.',
  'цитата, которую никто не произносил': '«Мы возьмём Триполи до зимы» — эта надпись появилась у штаба Хафтара.',
  // Глаголы, которые передают речь только рядом с цитатой или перед «что».
  '«ответил» на удар': 'Хафтар ответил на удар авиацией.',
  '«заключил» контракт': 'Хафтар заключил контракт с Рособоронэкспортом.',
  '«считает» без цитаты': 'Хафтар считает Россию своим главным союзником.',
  '«говорит о том»': 'Это говорит о том, что Хафтар готов к переговорам.',
  '«продолжил» наступление': 'Хафтар продолжил наступление на Триполи.',
  '«передает» оружие': 'Россия передает Хафтару бронетехнику через Тобрук.',
};

describe('findClaims (ru): нет высказываний', () => {
  for (const [name, text] of Object.entries(NEGATIVES)) {
    it(name, () => {
      expect(findClaims(articleWithMentions(text, 'ru', /Хафтар\p{L}*/gu, 'khalifa-haftar'), context).claims).toEqual([]);
    });
  }
});
