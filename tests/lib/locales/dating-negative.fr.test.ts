// French text that must give no clue to an undated article's date: no office named at a holder's
// name, no reference that reaches the article.
import { describe, expect, it } from 'vitest';
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
});
