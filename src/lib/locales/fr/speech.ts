import type { SpeechWords } from '../types.ts';

/** Past participles of French verbs of saying, combined below with their auxiliaries. */
const PARTICIPLES = [
  'déclaré', 'indiqué', 'affirmé', 'souligné', 'expliqué', 'ajouté', 'estimé', 'assuré', 'rapporté',
  'annoncé', 'précisé', 'dit', 'confirmé', 'démenti', 'insisté', 'averti', 'prévenu', 'réaffirmé',
  'rappelé', 'fait savoir', 'jugé', 'martelé', 'noté', 'exprimé', 'dénoncé', 'appelé', 'exhorté',
  'répété', 'reconnu', 'lancé', 'écrit', 'raconté', 'confié', 'insisté',
];

// The passé composé carries the verb ("a déclaré", "ont indiqué"); the inverted forms
// ("a-t-il ajouté") follow a quote. A bare participle ("dit") is left out: "l'armée dite nationale".
const AUXILIARIES = ['a', 'ont', 'avait', 'avaient', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles'];

export const speechWords: SpeechWords = {
  speechVerbs: [
    ...AUXILIARIES.flatMap((auxiliary) => PARTICIPLES.map((participle) => `${auxiliary} ${participle}`)),
    'déclare', 'indique', 'affirme', 'souligne', 'explique', 'ajoute', 'estime', 'assure', 'rapporte',
    'annonce', 'précise', 'confirme', 'dément', 'rappelle', 'dit-il', 'dit-elle', 'déclarent',
    'indiquent', 'affirment', 'annoncent', 'précisent', 'soulignent', 'selon',
  ],
  attributions: ['selon', "d'après", 'cité par', 'citée par', 'cités par', 'citées par', 'de source'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'ce dernier', 'cette dernière'],
  anonymousSources: [
    'source', 'sources', 'responsable', 'responsables', 'diplomate', 'diplomates', 'observateur',
    'observateurs', 'expert', 'experts', 'témoin', 'témoins', 'habitant', 'habitants', 'proche', 'proches',
  ],
  roleWords: [
    'premier ministre', 'ministre', 'vice-ministre', 'ambassadeur', 'président', 'chef',
    'porte-parole', 'envoyé', 'envoyé spécial', 'commandant', 'général', 'maréchal', 'directeur',
    'dirigeant', 'diplomate',
  ],
  definiteArticles: ['le', 'la', "l'"],
  notSpeech: ['soi-disant', 'ledit', 'ladite', 'lesdits', 'lesdites', 'autrement dit', 'cela dit', 'ceci dit'],
};
