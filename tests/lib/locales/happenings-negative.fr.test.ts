// French text that names no kind of happening, and no place of one.
import { describe, expect, it } from 'vitest';
import { readHappening } from '../../../src/lib/merge/read-happening.ts';

describe('readHappening: French negatives', () => {
  it.each([
    'Le rapport a été rendu public jeudi.',
    'À propos de la Libye, rien de neuf.',
    'Le porte-avions croise au large de la Cyrénaïque.',
    'Moscou cherche en Cyrénaïque un point d’appui de rechange.',
    'Le Kremlin consolide son ancrage dans l’Est libyen.',
    'Les forces du maréchal tiennent la région.',
  ])('ne trouve rien dans « %s »', (text) => {
    const { kinds, places, seats } = readHappening(text);
    expect({ kinds: [...kinds], places: [...places], seats: [...seats] }).toEqual({ kinds: [], places: [], seats: [] });
  });
});
