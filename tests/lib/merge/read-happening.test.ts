import { describe, expect, it } from 'vitest';
import { readHappening } from '../../../src/lib/merge/read-happening.ts';

const read = (text: string) => {
  const { kinds, places, seats } = readHappening(text);
  return { kinds: [...kinds].sort(), places: [...places].sort(), seats: [...seats].sort() };
};

describe('readHappening', () => {
  it('reads the kind of happening and where it was, in English', () => {
    expect(read('Russian Defence Minister Andrei Belousov held talks in Moscow on Wednesday with Saddam Haftar.')).toEqual({
      kinds: ['meeting'],
      places: [],
      seats: ['russia'],
    });
    expect(read('Two Russian naval vessels unloaded armoured vehicles at the eastern port of Tobruk on Monday.')).toEqual({
      kinds: ['delivery'],
      places: ['tobruk'],
      seats: [],
    });
  });

  it('reads French words, accents folded, and a seat written with its article without it', () => {
    expect(read('Le maréchal Haftar a été reçu mercredi au Kremlin, puis s’est rendu au Caire.')).toEqual({
      kinds: ['meeting'],
      places: [],
      seats: ['egypt', 'russia'],
    });
    expect(read('Moscou et Tripoli signent des contrats d’armement de 1,3 milliard d’euros')).toEqual({ kinds: ['agreement'], places: [], seats: ['libya'] });
  });

  it('reads Russian words in any case', () => {
    expect(read('Евкуров и Хафтар во вторник подписали в Бенгази меморандум о сотрудничестве')).toEqual({
      kinds: ['agreement'],
      places: ['benghazi'],
      seats: [],
    });
    expect(read('В понедельник в порт Тобрука зашли два российских военных корабля, с которых выгрузили бронетехнику')).toEqual({
      kinds: ['delivery', 'port-call'],
      places: ['tobruk'],
      seats: [],
    });
    expect(read('После свержения и гибели Муаммара Каддафи в 2011 году')).toEqual({ kinds: ['death', 'uprising'], places: [], seats: [] });
  });

  it('calls a report a statement only when it names no other kind of happening', () => {
    expect(read('The Kremlin said on Monday that Russia had no troops in Libya.').kinds).toEqual(['statement']);
    expect(read('Lavrov said after talks with Haftar that Russia backed a ceasefire.').kinds).toEqual(['agreement', 'meeting']);
  });
});
