import type { DateWords } from '../types.ts';

export const dateWords: DateWords = {
  // Copy-pastes lose accents now and then ("fevrier", "aout"), so both spellings are read.
  months: {
    janvier: 1, 'janv.': 1, janv: 1,
    février: 2, fevrier: 2, 'févr.': 2, févr: 2, 'fevr.': 2, 'fév.': 2, 'fev.': 2,
    mars: 3,
    avril: 4, 'avr.': 4, avr: 4,
    mai: 5,
    juin: 6,
    juillet: 7, 'juil.': 7, juil: 7,
    août: 8, aout: 8,
    septembre: 9, 'sept.': 9,
    octobre: 10, 'oct.': 10,
    novembre: 11, 'nov.': 11,
    décembre: 12, decembre: 12, 'déc.': 12, 'dec.': 12,
  },
  weekdays: {
    dimanche: 0,
    lundi: 1,
    mardi: 2,
    mercredi: 3,
    jeudi: 4,
    vendredi: 5,
    samedi: 6,
  },
  relativeDays: {
    "aujourd'hui": 0,
    'ce matin': 0,
    hier: -1,
    'avant-hier': -2,
  },
  relativeYears: {
    "l'an dernier": -1,
    "l'année dernière": -1,
    "l'an passé": -1,
    "l'année passée": -1,
    'cette année': 0,
    "l'an prochain": 1,
    "l'année prochaine": 1,
  },
  // "Mars" is also the planet ("la mission Mars 2020"); French writes the month in lower case.
  ambiguousWords: ['mars'],
  capitalisedNames: false,
  monthFirst: false,
  periodPrepositions: [
    'en', 'depuis', 'dès', 'jusqu\'en', 'jusqu\'à', 'jusqu\'au', "d'ici", "d'ici à", 'avant', 'après', 'pendant', 'durant',
    'début', 'fin', 'mi-', 'courant', 'à partir de', 'au début de', 'à la fin de', 'en début', 'en fin', 'à la mi-',
  ],
  dayPrepositions: ['le', 'ce', 'dès'],
  forwardWords: ["jusqu'en", "jusqu'à", "jusqu'au", "d'ici", "d'ici à", "d'ici le", "d'ici au", "d'ici fin", 'avant la fin de'],
  ordinalSuffixes: ['er', 'ᵉʳ'],
  yearSuffixes: [],
  numberLabels: [
    'résolution', 'résolutions', 'page', 'pages', 'p.', 'n°', 'numéro', 'vol', 'article', 'paragraphe', 'chapitre',
    'décret', 'loi', 'modèle', 'version',
  ],
  amountWords: [
    '%', 'pour cent', 'million', 'millions', 'milliard', 'milliards', 'mille', 'soldats', 'hommes', 'personnes', 'combattants',
    'mercenaires', 'militaires', 'tonnes', 'km', 'kilomètres', 'dollars', 'euros', 'roubles', 'véhicules', 'chars', 'avions',
  ],
  datelineLabels: ['publié le', 'publié', 'paru le', 'date de publication', 'mis à jour le', 'mis à jour', 'modifié le', 'modifié', 'dernière mise à jour'],
  revisionLabels: ['mis à jour le', 'mis à jour', 'modifié le', 'modifié', 'dernière mise à jour'],
  // "l'attentat de 1988", "la révolution de 2011".
  yearDeterminers: ['de'],
  boundPrepositions: ['depuis', 'dès', "jusqu'en", "jusqu'à", "jusqu'au", 'avant', 'après', 'à partir de', "d'ici", "d'ici à"],
  sceneClauseOpeners: ['depuis', 'après', 'avant', 'dès', "jusqu'à", 'à la suite de', 'suite à', 'au lendemain de', 'dans la foulée de'],
  dateCoordinators: ['et', 'ou', 'puis', 'et de nouveau', 'au', 'à'],
};
