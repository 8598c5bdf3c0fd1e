// Dated references that reach the article: states begun at a date, and stretches of time counted from one.
import { describe, expect, it } from 'vitest';
import { elapsedClues } from '../../../src/lib/dating/elapsed-clues.ts';
import { extractText } from '../../helpers/extract-text.ts';

/** Each clue of `text`: its words, its reasoning and where it puts the article. */
const clues = (text: string) => elapsedClues(extractText(text)).map((c) => [c.quote, c.detail, c.window.map((w) => `${w.start.day}..${w.end.day}`).join(' ')]);

describe('elapsedClues', () => {
  it('counts a stretch of time from the date its clause anchors, in every language', () => {
    expect(clues('Libya has been gripped by chaos for almost a decade, since longtime dictator Moamer Kadhafi was killed in a 2011 uprising.')).toEqual([
      ['“almost a decade”, “since … 2011”', '8 to 10 years after 2011: 2019 to 2021', '2019-01-01..2021-12-31'],
    ]);
    expect(clues('La Libye est plongée dans le chaos depuis près de dix ans, depuis la chute de Mouammar Kadhafi en 2011.')).toEqual([
      ['“près de dix ans”, “depuis … en 2011”', '8 to 10 years after 2011: 2019 to 2021', '2019-01-01..2021-12-31'],
    ]);
    expect(clues('Ливия почти десятилетие живет в условиях раскола после свержения Муаммара Каддафи в 2011 году.')).toEqual([
      ['“почти десятилетие”, “после … в 2011 году”', '8 to 10 years after 2011: 2019 to 2021', '2019-01-01..2021-12-31'],
    ]);
  });

  it('counts from a month at the month', () => {
    expect(clues('The war has gone on for more than a decade since March 2011.')).toEqual([
      ['“more than a decade”, “since March 2011”', '10 to 15 years after March 2011: March 2021 to March 2026', '2021-03-01..2026-03-31'],
    ]);
  });

  it('puts the article after the start of a state that lasts to it', () => {
    expect(clues('Russia has backed Khalifa Haftar since 2019.')).toEqual([['“since 2019”', 'from 2019 on', '2019-01-01..9999-12-31']]);
    expect(clues("Depuis la mort d'Evgueni Prigojine en août 2023, le ministère a repris la main.")).toEqual([
      ['“Depuis … en août 2023”', 'from August 2023 on', '2023-08-01..9999-12-31'],
    ]);
    expect(clues('Российские инструкторы работают в Ливии с 2019 года.')).toEqual([['“с 2019 года”', 'from 2019 on', '2019-01-01..9999-12-31']]);
  });
});
