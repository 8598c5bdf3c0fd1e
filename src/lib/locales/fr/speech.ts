import type { SpeechWords } from '../types.ts';

/** Past participles of French verbs of saying, combined below with their auxiliaries. */
const PARTICIPLES = [
  'déclaré', 'indiqué', 'affirmé', 'souligné', 'expliqué', 'ajouté', 'estimé', 'assuré', 'rapporté',
  'annoncé', 'précisé', 'dit', 'confirmé', 'démenti', 'insisté', 'averti', 'prévenu', 'réaffirmé',
  'rappelé', 'fait savoir', 'jugé', 'martelé', 'noté', 'exprimé', 'dénoncé', 'exhorté', 'répété',
  'reconnu', 'écrit', 'raconté', 'confié',
];

// The passé composé carries the verb ("a déclaré", "ont indiqué"); the inverted forms
// ("a-t-il ajouté") follow a quote and hold their own subject. A bare participle is left
// out because it is also an adjective: "l'armée dite nationale", "les accords annoncés".
const AUXILIARIES = ['a', 'ont', 'avait', 'avaient', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles'];

export const speechWords: SpeechWords = {
  speechVerbs: [
    ...AUXILIARIES.flatMap((auxiliary) => PARTICIPLES.map((participle) => `${auxiliary} ${participle}`)),
    'déclare', 'indique', 'affirme', 'souligne', 'explique', 'ajoute', 'estime', 'assure', 'rapporte',
    'annonce', 'précise', 'confirme', 'dément', 'rappelle', 'dit-il', 'dit-elle', 'déclarent',
    'indiquent', 'affirment', 'annoncent', 'précisent', 'soulignent',
  ],
  attributions: ['selon', "d'après", 'cité par', 'citée par', 'cités par', 'citées par', 'de source'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'ce dernier', 'cette dernière'],
  anonymousSources: [
    'source', 'sources', 'responsable', 'responsables', 'diplomate', 'diplomates', 'observateur',
    'observateurs', 'expert', 'experts', 'témoin', 'témoins', 'habitant', 'habitants',
  ],
  roleWords: [
    'premier ministre', 'ministre', 'vice-ministre', 'ambassadeur', 'président', 'chef',
    'porte-parole', 'envoyé', 'envoyé spécial', 'commandant', 'général', 'maréchal', 'directeur',
    'dirigeant',
  ],
  definiteArticles: ['le', 'la', "l'"],
  determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cet', 'cette', 'son', 'sa', 'ses', 'leur', 'leurs'],
  prepositions: [
    'de', 'du', 'des', "d'", 'à', 'au', 'aux', 'en', 'par', 'pour', 'avec', 'sur', 'sous', 'dans',
    'chez', 'contre', 'entre', 'vers', 'après', 'avant', 'sans', 'auprès',
  ],
  complementizers: ['que', "qu'"],
  notSpeech: ['soi-disant', 'autrement dit', 'cela dit', 'ceci dit'],
};
