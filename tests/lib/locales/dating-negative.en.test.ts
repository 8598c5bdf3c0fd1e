// English text that must give no clue to an undated article's date (no office named at a holder's
// name, no reference that reaches the article), and text whose offices must not bound it from above.
import { describe, expect, it } from 'vitest';
import { OPEN_END } from '../../../src/lib/dating/date-window.ts';
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
    // "Designate" after the lead: it may be what its holder was, long ago.
    'Russia and Libya signed an arms deal in Moscow, officials said.\n\nPrime Minister-designate Abdulhamid Dbeibah had promised such a deal.',
    // A stretch of time with no dated start, and dates that are no start of a state lasting to the article.
    'Libya has been gripped by chaos for almost a decade.',
    'Elections will be held in 2030.',
    'Russia and Libya signed a deal in 2019.',
  ])('finds no clue in “%s”', (text) => {
    const article = extractText(text);
    expect([...officeClues(article, registryContext.actors), ...elapsedClues(article)]).toEqual([]);
  });

  // An office named where it may be a past one's: the article followed its start, and nothing more is read.
  it.each([
    // A past-tense verb before the office in its clause: it may tell of a past the office belonged to.
    'Libya has been mired in chaos since 2011. Moscow was a major arms supplier to Libyan leader Muammar Gaddafi.',
    'Haftar said he had been a friend of Defence Minister Sergei Shoigu.',
    // The office stands after the lead, where the body may tell of any earlier time.
    'Russia and Libya signed an arms deal in Moscow, officials said.\n\nMoscow sold weapons to Libyan leader Muammar Gaddafi for decades.',
  ])('finds no later bound in “%s”', (text) => {
    // The office is read, as begun before the article: only its end is not.
    const ends = officeClues(extractText(text), registryContext.actors).map((clue) => clue.window.map((interval) => interval.end.day));
    expect(ends).toEqual([[OPEN_END.day]]);
  });
});
