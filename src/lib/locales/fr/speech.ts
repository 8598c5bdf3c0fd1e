import type { SpeechWords } from '../types.ts';

/** Past participles of French verbs of saying, combined below with their auxiliaries. */
const PARTICIPLES = [
  'déclaré', 'indiqué', 'affirmé', 'souligné', 'expliqué', 'ajouté', 'estimé', 'assuré', 'rapporté',
  'annoncé', 'précisé', 'dit', 'confirmé', 'démenti', 'insisté', 'averti', 'prévenu', 'réaffirmé',
  'rappelé', 'fait savoir', 'jugé', 'martelé', 'noté', 'exprimé', 'dénoncé', 'exhorté', 'répété',
  'reconnu', 'écrit', 'raconté', 'confié', 'ironisé', 'rétorqué', 'déploré',
];

/** Participles that also mean doing ("a lancé une offensive", "a répondu à l'attaque", "a conclu un accord"): speech only in a tag. */
const TAG_PARTICIPLES = [
  'lancé', 'répondu', 'résumé', 'poursuivi', 'conclu', 'tranché', 'répliqué', 'glissé', 'relevé',
  'observé', 'commenté', 'analysé', 'nuancé', 'plaidé', 'admis', 'regretté', 'promis', 'réagi',
];

/** Present-tense verbs of saying, the tense of analyses and reportage ("explique un diplomate"). */
const PRESENT = [
  'déclare', 'indique', 'affirme', 'souligne', 'explique', 'ajoute', 'estime', 'assure', 'rapporte',
  'annonce', 'précise', 'confirme', 'dément', 'rappelle', 'raconte', 'insiste', 'martèle', 'prévient',
  'avertit', 'rétorque', 'ironise', 'reconnaît', 'reconnait', 'déplore', 'dénonce',
];

/** Present-tense forms that also mean doing ("poursuit son offensive", "confie une mission"): speech only in a tag. */
const TAG_PRESENT = [
  'lance', 'répond', 'résume', 'poursuit', 'conclut', 'tranche', 'réplique', 'glisse', 'relève',
  'observe', 'commente', 'analyse', 'nuance', 'plaide', 'admet', 'regrette', 'confie', 'note', 'juge',
];

// The passé composé carries the verb ("a déclaré", "ont indiqué"). A bare participle is left
// out because it is also an adjective: "l'armée dite nationale", "les accords annoncés".
const AUXILIARIES = ['a', 'ont', 'avait', 'avaient'];
// Inverted forms ("a-t-il ajouté", "résume-t-elle") follow a quote and hold their own subject, so
// every verb is speech in them.
const INVERTED_AUXILIARIES = ['a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles'];
const inverted = (verb: string): string[] =>
  /[aeé]$/.test(verb) ? [`${verb}-t-il`, `${verb}-t-elle`] : [`${verb}-il`, `${verb}-elle`];

export const speechWords: SpeechWords = {
  speechVerbs: [
    ...AUXILIARIES.flatMap((auxiliary) => PARTICIPLES.map((participle) => `${auxiliary} ${participle}`)),
    ...INVERTED_AUXILIARIES.flatMap((auxiliary) => [...PARTICIPLES, ...TAG_PARTICIPLES].map((participle) => `${auxiliary} ${participle}`)),
    ...PRESENT,
    ...[...PRESENT, ...TAG_PRESENT, 'dit'].flatMap(inverted),
    'déclarent', 'indiquent', 'affirment', 'annoncent', 'précisent', 'soulignent', 'estiment', 'expliquent',
  ],
  tagVerbs: [...AUXILIARIES.flatMap((auxiliary) => TAG_PARTICIPLES.map((participle) => `${auxiliary} ${participle}`)), ...TAG_PRESENT],
  // The listener of a French verb of saying follows "à": a preposition already keeps it from the subject.
  listenerVerbs: [],
  verbAdverbs: [
    'aussi', 'encore', 'déjà', 'toutefois', 'pourtant', 'cependant', 'ensuite', 'enfin', 'ainsi',
    'bien', 'alors', 'pour sa part', 'de son côté', 'quant à lui', 'quant à elle', 'à nouveau',
    'de nouveau', 'lui-même', 'elle-même', 'même',
  ],
  adverbEndings: ['ment'],
  attributions: [
    'selon', "d'après", 'cité par', 'citée par', 'cités par', 'citées par', 'de source', 'aux yeux de',
    "de l'avis de", 'à en croire',
  ],
  quoteAttributions: ['pour'],
  documentNouns: ['communiqué', 'déclaration', 'note', 'message', 'lettre'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'ce dernier', 'cette dernière'],
  objectPronouns: ['lui', 'elle', 'eux', 'elles'],
  anonymousSources: [
    'source', 'sources', 'responsable', 'responsables', 'diplomate', 'diplomates', 'observateur',
    'observateurs', 'expert', 'experts', 'témoin', 'témoins', 'habitant', 'habitants',
  ],
  roleWords: {
    'premier ministre': ['prime minister'], premier: ['prime minister'], ministre: ['minister'],
    'chef de la diplomatie': ['foreign minister'], 'vice-ministre': ['deputy'], ambassadeur: ['ambassador'],
    président: ['president'], "chef de l'état": ['president'], 'chef du gouvernement': ['prime minister'],
    chef: ['head', 'chief'], 'porte-parole': ['spokesman'],
    envoyé: ['representative', 'envoy'], 'envoyé spécial': ['special representative', 'envoy'],
    commandant: ['commander'], général: [], maréchal: [], directeur: ['director'], dirigeant: ['leader', 'head'],
  },
  institutionNouns: {
    ministère: ['ministry'], agence: [], service: ['service'], entreprise: [], société: [], institution: [],
    organisation: [],
  },
  relativePronouns: ['qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  nounEndings: [],
  definiteArticles: ['le', 'la', "l'"],
  determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cet', 'cette', 'son', 'sa', 'ses', 'leur', 'leurs'],
  prepositions: [
    'de', 'du', 'des', "d'", 'à', 'au', 'aux', 'en', 'par', 'pour', 'avec', 'sur', 'sous', 'dans',
    'chez', 'contre', 'entre', 'vers', 'après', 'avant', 'sans', 'auprès',
  ],
  complementizers: ['que', "qu'"],
  notSpeech: ['soi-disant', 'autrement dit', 'cela dit', 'ceci dit'],
};
