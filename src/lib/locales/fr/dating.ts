import type { DatingWords } from '../types.ts';

// « L'ancien ministre » and « l'ex-ministre » are read as « ancien » and « ex »: the article and the hyphen only join them.
export const datingWords: DatingWords = {
  formerMarkers: ['ancien', 'ancienne', 'ex', 'feu', 'défunt', 'défunte', 'déchu', 'déchue', 'renversé', 'destitué'],
  thenMarkers: ['alors'],
  designateMarkers: ['désigné', 'désignée', 'élu', 'élue', 'pressenti', 'pressentie'],
  subordinateMarkers: ['vice'],
  officeFillers: ['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'en', 'pour', 'au', 'aux', 'auprès'],
  // The imperfect and the past historic, never the passé composé that tells the day's news (« a été reçu »).
  pastTenseWords: ['était', 'étaient', 'avait', 'avaient', 'fut', 'furent'],
  sinceWords: ['depuis'],
  durationAnchors: ['depuis', 'après', 'à la suite de'],
  durations: {
    'près de dix ans': [8, 10],
    'presque dix ans': [8, 10],
    "près d'une décennie": [8, 10],
    'presque une décennie': [8, 10],
    'une décennie': [9, 11],
    'dix ans': [9, 11],
    'plus de dix ans': [10, 15],
    "plus d'une décennie": [10, 15],
    'près de vingt ans': [17, 20],
    'deux décennies': [19, 21],
    'plus de vingt ans': [20, 25],
  },
};
