import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../src/lib/merge/read-numbers.ts';

describe('readNumbers', () => {
  it('reads amounts alike in every language once their separators are read', () => {
    expect([...readNumbers('Russia wrote off $4.5 billion and signed deals worth €1,300 million')]).toEqual(['4.5', '1300']);
    expect([...readNumbers('Moscou a effacé 4,5 milliards de dollars, 48 312 abonnés')]).toEqual(['4.5', '48312']);
    expect([...readNumbers('Россия списала $4,5 млрд, контракты на €1,3 млрд')]).toEqual(['4.5', '1.3']);
  });

  it('reads counts from ten up, not the numbers of model designations', () => {
    expect([...readNumbers('at least 14 MiG-29 and Su-24 aircraft, two S-300 batteries and 3 radars')]).toEqual(['14']);
    expect([...readNumbers('Pantsir-S1, T-72 tanks, an Il-76 and 12 Ka‑52 helicopters')]).toEqual(['12']);
    expect([...readNumbers('des MiG-29, des Su‑24, 30 blindés T-72')]).toEqual(['30']);
    expect([...readNumbers('МиГ-29, Су-24, С-300, Ил-76 и 40 танков Т-72')]).toEqual(['40']);
  });

  it('leaves out days beside a month and years, except a labelled number', () => {
    expect([...readNumbers('on 26 February 2011, le 17 mars, 22 августа, Aug. 22')]).toEqual([]);
    expect([...readNumbers('resolution 1973, la résolution 1970, резолюция 1970, since 2011')]).toEqual(['1973', '1970']);
  });
});
