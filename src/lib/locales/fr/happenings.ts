import type { HappeningWords } from '../types.ts';

// Every form is listed: French words are matched whole, accents folded ("reçu", "reçue", "reçus").
// "Rendu" is read only before "à" or "visite": "a rendu public" is no visit.
export const happeningWords: HappeningWords = {
  kinds: {
    meeting: [
      'visite', 'visites', 'visité', 'visiter', 'rendu à', 'rendue à', 'rendu visite', 'se rend à', 'se rendra à', 'déplacement',
      'voyage', 'séjour', 'arrivé', 'arrivée', 'arrivés', 'rencontre', 'rencontres', 'rencontré', 'rencontrer', 'entretien',
      'entretiens', 'entretenu', 'reçu', 'reçue', 'reçus', 'accueilli', 'accueille', 'pourparlers', 'négociations',
      'discussions', 'discuté', 'délégation', 'sommet', 'tournée',
    ],
    statement: [
      'déclaration', 'déclarations', 'communiqué', 'conférence de presse', 'interview', 'annoncé', 'annonce',
      'déclaré', 'affirmé', 'averti', 'accusé', 'démenti', 'dénoncé', 'appelé à',
    ],
    agreement: [
      'accord', 'accords', 'contrat', 'contrats', 'signé', 'signée', 'signés', 'signe', 'signent', 'signer', 'signature',
      'traité', 'mémorandum', 'protocole', 'cessez-le-feu', 'trêve', 'effacé', 'efface', 'annulé la dette',
    ],
    delivery: [
      'livraison', 'livraisons', 'livre', 'livrent', 'livré', 'livrés', 'livrée', 'livrées', 'cargaison', 'cargaisons',
      'décharge', 'déchargent', 'déchargé', 'déchargés', 'déchargée', 'déchargement', 'déchargements', 'débarqué', 'débarqués',
      'débarquement', 'fourni', 'fournis', 'fourniture', 'fournitures', 'acheminé', 'acheminés', 'chargement',
    ],
    deployment: ['déployé', 'déployés', 'déployée', 'déploiement', 'stationnés', 'dépêché', 'dépêchés', 'redéployé', 'redéployés'],
    strike: [
      'frappe', 'frappes', 'bombardement', 'bombardements', 'bombardé', 'attaque', 'attaques', 'attaqué', 'offensive',
      'assaut', 'raid', 'raids', 'combats', 'affrontements',
    ],
    exercise: ['exercice', 'exercices', 'manœuvres', 'manoeuvres', 'entraînement conjoint'],
    'port-call': ['escale', 'escales', 'accosté', 'amarré', 'mouillé', 'fait escale'],
    sanctions: ['sanction', 'sanctions', 'embargo', 'gel des avoirs'],
    vote: ['résolution', 'vote', 'voté', 'votée', 'abstention', 'abstenue', 'abstenu', 'veto'],
    uprising: [
      'soulèvement', 'révolution', 'révolte', 'renversement', 'renversé', 'chute', 'guerre civile', 'insurrection',
      'rébellion',
    ],
    death: ['mort', 'décès', 'tué', 'tués', 'tuée', 'meurtre', 'assassinat', 'assassiné', 'crash', 'obsèques'],
  },
  places: {
    benghazi: ['benghazi', 'bengazi', 'benina'],
    sirte: ['syrte'],
    tobruk: ['tobrouk'],
    'al-jufra': ['al-joufra', 'joufra', 'al-jufra', 'jufra'],
    misrata: ['misrata', 'misratah'],
    derna: ['derna'],
    sabha: ['sebha'],
    tartus: ['tartous'],
    hmeimim: ['hmeimim'],
    istanbul: ['istanbul'],
    'new-york': ['new york'],
    geneva: ['genève'],
    berlin: ['berlin'],
    sochi: ['sotchi'],
    'saint-petersburg': ['saint-pétersbourg'],
    palermo: ['palerme'],
    skhirat: ['skhirat'],
  },
};
