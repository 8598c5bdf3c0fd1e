// French text that must give no clue to an undated article's date (no office named at a holder's
// name, no reference that reaches the article), and text whose offices must not bound it from above.
import { describe, expect, it } from 'vitest';
import { OPEN_END } from '../../../src/lib/dating/date-window.ts';
import { elapsedClues } from '../../../src/lib/dating/elapsed-clues.ts';
import { officeClues } from '../../../src/lib/dating/office-clues.ts';
import { extractText, registryContext } from '../../helpers/extract-text.ts';

describe('inferEventDate clues: French negatives', () => {
  it.each([
    // The office is another person's, or belongs to a phrase of its own.
    'Le Premier ministre a reçu Abdelhamid Dbeibah au palais.',
    'Choïgou, qui a reçu le Premier ministre, est reparti pour Moscou.',
    // « Vice- » and « adjoint » make it another office.
    'Le vice-ministre de la Défense Sergueï Choïgou est arrivé à Benghazi.',
    'Le ministre adjoint de la Défense Sergueï Choïgou est arrivé à Benghazi.',
    // A stretch of time with no dated start, and dates that are no start of a state lasting to the article.
    'La Libye est plongée dans le chaos depuis près de dix ans.',
    'Des élections auront lieu en 2030.',
    'La Russie et la Libye ont signé un accord en 2019.',
  ])('ne trouve aucun indice dans « %s »', (text) => {
    const article = extractText(text);
    expect([...officeClues(article, registryContext.actors), ...elapsedClues(article)]).toEqual([]);
  });

  // An office named where it may be a past one's: the article followed its start, and nothing more is read.
  it.each([
    // The imperfect or the pluperfect before the office in its clause: it may tell of a past the office belonged to.
    "La Libye est plongée dans le chaos depuis 2011. Moscou était un important fournisseur d'armes du dirigeant libyen Mouammar Kadhafi.",
    'Haftar avait rencontré le ministre russe de la Défense Sergueï Choïgou à Moscou.',
    // The office stands after the lead, where the body may tell of any earlier time.
    "La Russie et la Libye ont signé un accord d'armement à Moscou, selon des responsables.\n\nMoscou a vendu des armes au dirigeant libyen Mouammar Kadhafi pendant des décennies.",
  ])('ne trouve aucune borne supérieure dans « %s »', (text) => {
    // The office is read, as begun before the article: only its end is not.
    const ends = officeClues(extractText(text), registryContext.actors).map((clue) => clue.window.map((interval) => interval.end.day));
    expect(ends).toEqual([[OPEN_END.day]]);
  });
});
