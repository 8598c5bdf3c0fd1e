// Russian text that names no kind of happening, and no place of one.
import { describe, expect, it } from 'vitest';
import { readHappening } from '../../../src/lib/merge/read-happening.ts';

describe('readHappening: Russian negatives', () => {
  it.each([
    'Ливийская сторона вновь поставила вопрос о снятии ограничений.',
    'Москва дает понять, что уходить из Ливии не собирается.',
    'Грузовики ушли вглубь страны.',
    'Страна остается расколотой между востоком и западом.',
  ])('ничего не находит в «%s»', (text) => {
    const { kinds, places, seats } = readHappening(text);
    expect({ kinds: [...kinds], places: [...places], seats: [...seats] }).toEqual({ kinds: [], places: [], seats: [] });
  });
});
