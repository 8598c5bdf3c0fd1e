// English text that must give no clue to an undated article's date: no office named at a holder's
// name, no reference that reaches the article.
import { describe, expect, it } from 'vitest';
import { elapsedClues } from '../../../src/lib/dating/elapsed-clues.ts';
import { officeClues } from '../../../src/lib/dating/office-clues.ts';
import { extractText, registryContext } from '../../helpers/extract-text.ts';

describe('inferEventDate clues: English negatives', () => {
  it.each([
    // The office is another person's, or belongs to a phrase of its own.
    "Vladimir Putin made the first visit by a Kremlin leader to Moammar Gadhafi's Libya.",
    'The prime minister hosted Abdulhamid Dbeibah for talks on energy.',
    'Prime Minister Boris Johnson met Abdulhamid Dbeibah in London.',
    'Shoigu told the Libyan prime minister that Moscow would help.',
    'Dbeibah, who met the defence minister, flew home on Friday.',
    // "Deputy" makes it another office.
    'Deputy Defence Minister Sergei Shoigu arrived in Benghazi.',
    // A stretch of time with no dated start, and dates that are no start of a state lasting to the article.
    'Libya has been gripped by chaos for almost a decade.',
    'Elections will be held in 2030.',
    'Russia and Libya signed a deal in 2019.',
  ])('finds no clue in “%s”', (text) => {
    const article = extractText(text);
    expect([...officeClues(article, registryContext.actors), ...elapsedClues(article)]).toEqual([]);
  });
});
