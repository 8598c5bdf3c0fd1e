// Russian text that must not yield a date.
import { describe, expect, it } from 'vitest';
import { readDates } from '../../../src/lib/read-dates.ts';

describe('readDates: Russian negatives', () => {
  it.each([
    'Резолюция 1973 Совета Безопасности ООН',
    'согласно резолюции 2009 Совбеза',
    'Россия может возобновить сотрудничество с Ливией.',
    'контракты на 2 млрд долларов',
    'около 2000 человек и 1200 наемников',
    'Су-24, МиГ-29 и С-300',
    'телефон +7 495 2011 33 44',
    'на странице № 2011',
    'рейс 2011 приземлился в Бенгази',
    'Среда обитания изменилась.',
    'в 2011 %',
    'около 1988 бойцов',
    'резолюция 1973 и 1970 резолюция',
  ])('finds no date in «%s»', (text) => {
    expect(readDates(text)).toEqual([]);
  });
});
