// Russian text that must give no clue to an undated article's date (no office named at a holder's
// name, no reference that reaches the article), and text whose offices must not bound it from above.
import { describe, expect, it } from 'vitest';
import { OPEN_END } from '../../../src/lib/dating/date-window.ts';
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

  // An office named where it may be a past one's: the article followed its start, and nothing more is read.
  it.each([
    // "Был" before the office in its clause: it may tell of a past the office belonged to.
    'Ливия погружена в хаос с 2011 года. Москва была крупным поставщиком оружия ливийскому лидеру Муаммару Каддафи.',
    'Хафтар был частым гостем у министра обороны Сергея Шойгу.',
    // The office stands after the lead, where the body may tell of any earlier time.
    'Россия и Ливия подписали оружейный контракт в Москве, сообщили чиновники.\n\nМосква десятилетиями продавала оружие ливийскому лидеру Муаммару Каддафи.',
  ])('не находит верхней границы в «%s»', (text) => {
    // The office is read, as begun before the article: only its end is not.
    const ends = officeClues(extractText(text), registryContext.actors).map((clue) => clue.window.map((interval) => interval.end.day));
    expect(ends).toEqual([[OPEN_END.day]]);
  });
});
