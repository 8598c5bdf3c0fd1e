// What an office named at its holder's name says of the article's date, by where it stands and how
// it is worded: held in the headline or the lead; only begun elsewhere, in a past-tense clause or in a
// sentence that states a year; ended after "former"; not yet begun after "designate".
import { describe, expect, it } from 'vitest';
import { officeClues } from '../../../src/lib/dating/office-clues.ts';
import { extractText, registryContext } from '../../helpers/extract-text.ts';

/** Each office clue of `text`: its words, its reasoning and where it puts the article. */
const clues = (text: string) =>
  officeClues(extractText(text), registryContext.actors).map((c) => [c.quote, c.detail, c.window.map((w) => `${w.start.day}..${w.end.day}`).join(' ')]);

const GADDAFI = 'Brotherly Leader and Guide of the Revolution of Libya';

describe('officeClues: where the office stands', () => {
  it('reads an office in the lead as held when the article was written', () => {
    expect(clues('Defence Minister Andrei Belousov received Khalifa Haftar in Moscow, the ministry said.')).toEqual([
      ['“Defence Minister Andrei Belousov”', 'named in the lead as Defence Minister of Russia: while in office, from 14 May 2024', '2024-05-14..9999-12-31'],
    ]);
  });

  it('reads an office after the lead only as begun: the body may tell of earlier times', () => {
    expect(clues('Defence Minister Andrei Belousov received Khalifa Haftar in Moscow.\n\nHaftar had long dealt with Defence Minister Sergei Shoigu.')).toEqual([
      ['“Defence Minister Andrei Belousov”', 'named in the lead as Defence Minister of Russia: while in office, from 14 May 2024', '2024-05-14..9999-12-31'],
      [
        '“Defence Minister Sergei Shoigu”',
        'named as Defence Minister of Russia outside the headline and lead: from 6 November 2012, when the office began',
        '2012-11-06..9999-12-31',
      ],
    ]);
  });

  it('reads an office in the headline as held, before the body’s', () => {
    const text =
      'Defence Minister Sergei Shoigu hosts Libyan prime minister\n\n' +
      'Prime Minister Abdulhamid Dbeibah held talks in Moscow with Russia’s defence minister, the ministry said.\n\nThe talks covered the training of officers.';
    expect(clues(text)).toEqual([
      [
        '“Defence Minister Sergei Shoigu”',
        'named in the headline as Defence Minister of Russia: while in office, from 6 November 2012 to 12 May 2024',
        '2012-11-06..2024-05-12',
      ],
      [
        '“Prime Minister Abdulhamid Dbeibah”',
        'named in the lead as Prime Minister of the Government of National Unity: while in office, from 15 March 2021',
        '2021-03-15..9999-12-31',
      ],
    ]);
  });
});

describe('officeClues: how the office is told', () => {
  it('reads an office only as begun after a past-tense verb in its clause, in every language', () => {
    const begun = `named as ${GADDAFI} in a past-tense clause: from 1 September 1969, when the office began`;
    expect(clues('Libya has been mired in chaos since 2011. Moscow was a major arms supplier to Libyan leader Muammar Gaddafi.')).toEqual([
      ['“Libyan leader Muammar Gaddafi”', begun, '1969-09-01..9999-12-31'],
    ]);
    expect(
      clues("La Libye est plongée dans le chaos depuis 2011. Moscou était un important fournisseur d'armes du dirigeant libyen Mouammar Kadhafi."),
    ).toEqual([['“dirigeant libyen Mouammar Kadhafi”', begun, '1969-09-01..9999-12-31']]);
    expect(clues('Ливия погружена в хаос с 2011 года. Москва была крупным поставщиком оружия ливийскому лидеру Муаммару Каддафи.')).toEqual([
      ['“ливийскому лидеру Муаммару Каддафи”', begun, '1969-09-01..9999-12-31'],
    ]);
  });

  it('reads an office only as begun in a sentence that states a year, or after “then”', () => {
    expect(clues('In 2018, Defence Minister Sergei Shoigu received Khalifa Haftar in Moscow.')).toEqual([
      [
        '“Defence Minister Sergei Shoigu”',
        'named as Defence Minister of Russia in a sentence that states a year: from 6 November 2012, when the office began',
        '2012-11-06..9999-12-31',
      ],
    ]);
    expect(clues('Then-President Dmitry Medvedev signed the decree.')).toEqual([
      ['“Then-President Dmitry Medvedev”', 'named as then President of Russia: from 7 May 2008, when the office began', '2008-05-07..9999-12-31'],
    ]);
  });

  it('reads “former” as after the office ended, wherever it stands', () => {
    expect(
      clues('Defence Minister Andrei Belousov received Khalifa Haftar in Moscow.\n\nUnder former defence minister Sergei Shoigu, the ministry grew.'),
    ).toEqual([
      ['“Defence Minister Andrei Belousov”', 'named in the lead as Defence Minister of Russia: while in office, from 14 May 2024', '2024-05-14..9999-12-31'],
      ['“former defence minister Sergei Shoigu”', 'left the office of Defence Minister of Russia on 12 May 2024', '2024-05-12..9999-12-31'],
    ]);
  });

  it('reads “designate” as before the office began only where “held” would be read', () => {
    expect(clues('Prime Minister-designate Abdulhamid Dbeibah flew to Tunis for talks.')).toEqual([
      [
        '“Prime Minister-designate Abdulhamid Dbeibah”',
        'took office as Prime Minister of the Government of National Unity on 15 March 2021, after the article',
        '0000-01-01..2021-03-15',
      ],
    ]);
    expect(
      clues('Dbeibah flew to Moscow for talks on Friday, his office said.\n\nPrime Minister-designate Abdulhamid Dbeibah had promised elections.'),
    ).toEqual([]);
  });
});
