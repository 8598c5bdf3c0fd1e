// Russian text that must give no clue to an undated article's date: no office named at a holder's
// name, no reference that reaches the article.
import { describe, expect, it } from 'vitest';
import { elapsedClues } from '../../../src/lib/dating/elapsed-clues.ts';
import { officeClues } from '../../../src/lib/dating/office-clues.ts';
import { extractText, registryContext } from '../../helpers/extract-text.ts';

describe('inferEventDate clues: Russian negatives', () => {
  it.each([
    // The office is another person's, or belongs to a phrase of its own.
    'Премьер-министр принял Абдель Хамида Дбейбу в Москве.',
    'Шойгу сказал ливийскому премьеру, что Москва поможет.',
    'Путин и премьер-министр Турции обсудили Ливию.',
    // "Заместитель" makes it another office.
    'Заместитель министра обороны Сергей Шойгу прибыл в Триполи.',
    // "С" is also "with": it bounds nothing unless it is the date's own preposition.
    'Шойгу встретился с Хафтаром в 2018 году.',
    // A stretch of time with no dated start, and a date ahead.
    'Ливия почти десятилетие живет в условиях раскола.',
    'Выборы пройдут в 2030 году.',
  ])('не находит подсказок в «%s»', (text) => {
    const article = extractText(text);
    expect([...officeClues(article, registryContext.actors), ...elapsedClues(article)]).toEqual([]);
  });
});
