import type { NameWords } from '../types.ts';

// French writes the head of a name first ("la Brigade 444", "le Conseil présidentiel") and
// puts an article before a title ("le colonel Sergueï Ivanov"); titles are listed with and
// without it, so that the evidence a reader sees is the whole phrase.
export const nameWords: NameWords = {
  personTitles: [
    'général', 'le général', 'colonel', 'le colonel', 'colonel général', 'colonel-général', 'lieutenant-colonel',
    'commandant', 'le commandant', 'capitaine', 'lieutenant', 'sergent', 'amiral', 'maréchal', 'le maréchal',
    'feld-maréchal', 'gén.', 'col.', 'm.', 'mme', 'mme.',
    'ministre', 'le ministre', 'la ministre', 'premier ministre', 'le premier ministre', 'vice-ministre',
    'le vice-ministre', 'ministre de la défense', 'ministre des affaires étrangères', "ministre de l'intérieur",
    'chef de la diplomatie', 'président', 'le président', 'vice-président', 'présidente', 'chef', 'le chef',
    "chef d'état-major", 'envoyé', 'envoyé spécial', "l'envoyé spécial", 'émissaire', 'représentant spécial',
    'ambassadeur', "l'ambassadeur", 'ambassadrice', 'diplomate', 'porte-parole', 'le porte-parole', 'la porte-parole',
    'directeur', 'directrice', 'directeur général', 'secrétaire général', 'conseiller', 'conseillère', 'dirigeant',
    'homme fort', 'dictateur', 'responsable', 'roi', 'prince', 'émir', 'cheikh',
  ],
  organizationHeads: [
    'ministère', 'commandement', 'conseil', 'agence', 'comité', 'service', 'services', 'société', 'compagnie',
    'office', 'direction', 'département', 'commission', 'autorité', 'bureau', 'institut', 'fondation',
    'organisation', 'assemblée', 'parlement', 'congrès', 'parti', 'mouvement', 'front', 'coalition', 'alliance',
    'gouvernement', 'banque', 'groupe', 'centre', 'fonds',
  ],
  // "Armée" is left out: "Armée 2023" is a forum, and the armies that matter are in the registry.
  armedGroupHeads: [
    'brigade', 'brigades', 'bataillon', 'régiment', 'milice', 'milices', 'force', 'forces', 'garde', 'division',
    'légion', 'unité',
  ],
  headPosition: 'first',
  connectors: ['de', 'du', 'des', 'd', 'la', 'l', 'le', 'les', 'pour'],
  complementWords: ['de', 'du', 'des', 'd', 'la', 'l', 'le', 'en', 'à', 'au', 'aux', 'auprès'],
  modifierEndings: [
    'al', 'ale', 'ales', 'aux', 'el', 'elle', 'els', 'elles', 'ien', 'ienne', 'iens', 'iennes', 'ais', 'aise',
    'ois', 'oise', 'ique', 'iques', 'aire', 'aires', 'if', 'ive', 'ifs', 'ives', 'eur', 'ieure', 'russe', 'russes',
  ],
  notModifierEndings: [],
  particles: ['al', 'el', 'ben', 'ibn', 'abou', 'de', 'van', 'von', 'der', 'del'],
  places: [
    'moscou', 'tripoli', 'benghazi', 'tobrouk', 'syrte', 'misrata', 'derna', 'al-joufra', 'joufra', 'sebha',
    'koufra', 'zaouïa', 'zintan', 'fezzan', 'cyrénaïque', 'tripolitaine', 'le caire', 'ankara', 'istanbul',
    'abou dhabi', 'dubaï', 'riyad', 'doha', 'tunis', 'alger', 'khartoum', 'niamey', 'ndjamena', 'bamako', 'damas',
    'lattaquié', 'hmeimim', 'tartous', 'washington', 'new york', 'paris', 'londres', 'berlin', 'rome', 'bruxelles',
    'genève', 'palerme', 'pékin', 'sotchi', 'saint-pétersbourg', 'kiev', 'kyiv', 'skhirat',
    'afrique', 'afrique du nord', 'europe', 'moyen-orient', 'méditerranée', 'sahel', 'sahara', 'golfe', 'occident',
    'égypte', 'turquie', 'algérie', 'tunisie', 'soudan', 'tchad', 'niger', 'mali', 'syrie', 'ukraine', 'chine',
    'japon', 'italie', 'france', 'allemagne', 'royaume-uni', 'qatar', 'émirats arabes unis', 'états-unis',
  ],
  abbreviations: [
    'm.', 'mme.', 'mlle.', 'gén.', 'col.', 'cdt.', 'lt.', 'dr.', 'pr.', 'st.', 'ste.', 'av.', 'env.',
    'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.',
  ],
  stopWords: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'en', 'au', 'aux', 'à', 'a', 'et', 'ou', 'mais',
    'or', 'donc', 'car', 'ni', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous',
    'je', 'selon', 'après', 'avant', 'depuis', 'pendant', 'dans', 'sur', 'sous', 'pour', 'par', 'avec', 'sans',
    'entre', 'contre', 'vers', 'chez', 'lors', 'alors', 'ainsi', 'cependant', 'toutefois', 'pourtant',
    'néanmoins', 'enfin', 'aussi', 'quand', 'lorsque', 'si', 'comme', 'son', 'sa', 'ses', 'leur', 'leurs',
    'notre', 'votre', 'qui', 'que', 'quoi', 'où', 'dont', 'tout', 'tous', 'toute', 'toutes', 'plusieurs',
    'certains', 'autre', 'autres', 'hier', 'aujourd', 'demain', 'désormais', 'déjà', 'encore', 'puis',
    'ensuite', 'lire', 'voir', 'photo', 'crédit', 'partager', 'publicité', 'commentaires',
  ],
};
