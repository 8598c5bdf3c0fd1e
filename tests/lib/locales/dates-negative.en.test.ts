// English text that must not yield a date.
import { describe, expect, it } from 'vitest';
import { readDates } from '../../../src/lib/read-dates.ts';

describe('readDates: English negatives', () => {
  it.each([
    'Russia may soon resume military-technical cooperation with Libya.',
    'Moscow had signed about $2 billion worth of contracts.',
    'another $2-billion package has been in negotiation',
    'Russia sent 2,000 troops and 1,200 mercenaries.',
    'as reported on page 2011 of the annex',
    'call +7 495 2011 334 or 8-800-2011-44',
    'UN Security Council Resolution 1973 authorised a no-fly zone.',
    'Resolution 2009 set up the support mission.',
    'a Su-24 bomber, MiG-29 fighters and S-300 systems',
    'Protesters march 20 km to the capital.',
    'they may 2 times a year review it',
    'Sun Tzu wrote that all warfare is based on deception.',
    'The Sun reported that Wed. talks failed.',
    'the 1990s and the 2010s',
    'the 2011 troops figure',
    'Flight 2011 landed in Benghazi.',
    'prices rose 2011% in a decade',
    'August Landmesser refused to salute.',
    'The march on Tripoli began.',
    'Russia abstained on the 1973 resolution.',
    'the 1950 troops stayed behind',
    'its 1200 km border with Egypt',
    'a 1988-strong force',
  ])('finds no date in “%s”', (text) => {
    expect(readDates(text)).toEqual([]);
  });
});
