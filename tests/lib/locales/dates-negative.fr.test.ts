// French text that must not yield a date.
import { describe, expect, it } from 'vitest';
import { readDates } from '../../../src/lib/read-dates.ts';

describe('readDates: French negatives', () => {
  it.each([
    'La sonde a atterri sur Mars après sept mois de voyage.',
    'La planète Mars est visible ce soir.',
    'Mais la Russie pourrait reprendre sa coopération.',
    'un contrat de 2 milliards de dollars',
    'la Russie a envoyé 2 000 soldats et 1500 mercenaires',
    'la résolution 1973 du Conseil de sécurité',
    'la résolution 2009 crée la mission',
    'voir la page 2011 du rapport',
    'des Su-24, des MiG-29 et des S-300',
    'composez le 01 45 20 11 33',
    'ils étaient sept à Moscou, sept 2 fois plus nombreux',
    'le vol 2011 a atterri à Benghazi',
    'une hausse de 2011 %',
    'un budget de 1950 euros',
    'près de 1800 combattants et de 1500 mercenaires',
    'la résolution n° 1973',
  ])('finds no date in « %s »', (text) => {
    expect(readDates(text)).toEqual([]);
  });
});
