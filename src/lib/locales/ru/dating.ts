import type { DatingWords } from '../types.ts';

// Words are given in the nominative: they are read in every case ("бывшего министра", "покойным лидером").
export const datingWords: DatingWords = {
  formerMarkers: ['бывший', 'экс', 'покойный', 'свергнутый', 'отставной'],
  thenMarkers: ['тогдашний', 'тогда'],
  // Not "назначенный": a minister "назначенный" (appointed) holds the office.
  designateMarkers: ['избранный', 'новоизбранный'],
  subordinateMarkers: ['заместитель', 'зам', 'вице'],
  officeFillers: ['в', 'по', 'при'],
  // "Был" is read in every form: "была", "было", "были".
  pastTenseWords: ['был'],
  // "С" is also "with": it counts only as the date's own preposition ("с 2011 года"), see elapsed-clues.
  sinceWords: ['с', 'со', 'с тех пор как', 'со времени', 'начиная с'],
  durationAnchors: ['с', 'со', 'после', 'с тех пор как', 'со времени', 'начиная с'],
  durations: {
    'почти десятилетие': [8, 10],
    'почти десять лет': [8, 10],
    'почти 10 лет': [8, 10],
    'около десяти лет': [8, 12],
    десятилетие: [9, 11],
    'десять лет': [9, 11],
    'более десяти лет': [10, 15],
    'больше десяти лет': [10, 15],
    'более десятилетия': [10, 15],
    'почти два десятилетия': [17, 20],
    'два десятилетия': [19, 21],
  },
};
