// French: AFP dispatches, Paris broadsheets, RFI, Jeune Afrique and blogs. Templates keep people
// and bodies out of the way of "à" and "de", whose contractions ("au", "du") the names would need.
import { partsOf } from '../calendar.ts';
import { capitalise, type Phrasebook } from '../phrasebook.ts';
import type { Mention, Scene } from '../types.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const at = (s: Scene): string => (s.place ? ` ${s.place.at}` : '');
const where = (s: Scene): string => s.place?.name ?? 'Libye';
/** A past participle agreeing with its subject: "reçu", "reçue". */
const agreed = (m: Mention, participle: string): string => (m.agreement === 'f' ? `${participle}e` : m.agreement === 'pl' ? `${participle}s` : participle);

/** "le", "la" or "l'" before an office name, by its first letter and the holder. */
function article(office: string, female: boolean): string {
  if (/^[aeiouéèêh]/i.test(office)) return "l'";
  return female ? 'la ' : 'le ';
}

/** The French phrasebook. */
export const fr: Phrasebook = {
  language: 'fr',
  months: MONTHS,
  shortMonths: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  shortWeekdays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  longDay: (day) => {
    const { year, month, date } = partsOf(day);
    return `${date === 1 ? '1er' : date} ${MONTHS[month - 1]} ${year}`;
  },
  onDay: (written) => `le ${written}`,
  onWeekday: (weekday) => fr.weekdays[weekday] ?? '',
  yesterday: 'hier',
  inMonth: (day) => `en ${MONTHS[partsOf(day).month - 1]} ${partsOf(day).year}`,
  inYear: (day) => `en ${partsOf(day).year}`,
  front: (phrase, clause) => `${capitalise(phrase)}, ${clause}`,
  places: {
    moscow: { name: 'Moscou', at: 'à Moscou' },
    sochi: { name: 'Sotchi', at: 'à Sotchi, sur la mer Noire' },
    'saint-petersburg': { name: 'Saint-Pétersbourg', at: 'à Saint-Pétersbourg' },
    tripoli: { name: 'Tripoli', at: 'à Tripoli' },
    benghazi: { name: 'Benghazi', at: 'à Benghazi' },
    tobruk: { name: 'Tobrouk', at: 'dans le port de Tobrouk' },
    sirte: { name: 'Syrte', at: 'près de Syrte' },
    'al-jufra': { name: 'al-Joufra', at: "sur la base aérienne d'al-Joufra" },
    misrata: { name: 'Misrata', at: 'à Misrata' },
    'new-york': { name: 'New York', at: "à l'ONU, à New York" },
  },
  bodies: {
    russia: { full: ['la Russie'], short: ['la Russie', 'Moscou'], agreement: 'f' },
    libya: { full: ['la Libye', 'le gouvernement libyen'], short: ['la Libye', 'Tripoli'], agreement: 'f' },
    'russian-ministry-of-defence': { full: ['le ministère russe de la Défense', 'le ministère de la Défense russe'], short: ['le ministère'], agreement: 'm' },
    'russian-ministry-of-foreign-affairs': { full: ['le ministère russe des Affaires étrangères', 'le ministère des Affaires étrangères russe'], short: ['la diplomatie russe'], agreement: 'm' },
    rosoboronexport: { full: ["l'exportateur d'armes russe Rosoboronexport"], short: ['Rosoboronexport'], agreement: 'm' },
    'russian-navy': { full: ['la Marine russe'], short: ['la Marine russe'], agreement: 'f' },
    'wagner-group': { full: ['le groupe Wagner', 'les mercenaires du groupe Wagner'], short: ['Wagner'], agreement: 'm' },
    'africa-corps': { full: ["l'Africa Corps russe", 'le Corps africain russe'], short: ["l'Africa Corps"], agreement: 'm' },
    'libyan-national-army': { full: ["l'Armée nationale libyenne (ANL)", "l'ANL du maréchal Haftar"], short: ["l'ANL"], agreement: 'f' },
  },
  titled: (office, name, side) => {
    const female = /^(?:cheffe|présidente|envoyée|conseillère)\b/.test(office);
    const demonym = side === 'russian' ? 'russe' : female ? 'libyenne' : 'libyen';
    let named = office;
    if (/^(?:vice-)?ministre\s+(?:de|des|d')\b/.test(office)) named = office.replace(/^((?:vice-)?ministre)/, `$1 ${demonym}`);
    else if (!/\b(?:de|du|des|d'|l')|\b(?:libyen|libyenne|russe)\b|[A-Z]{2}/.test(office)) named = `${office} ${demonym}`;
    return `${article(office, female)}${named}, ${name},`;
  },
  described: {
    'ahmed-al-mismari': (name) => `le porte-parole de l'ANL, ${name},`,
  },
  topics: [
    'la coopération militaro-technique',
    'la formation des officiers libyens',
    'la situation en Libye',
    'la coopération dans la lutte contre le terrorisme',
    "la fourniture de pièces détachées pour le matériel d'époque soviétique",
    "la réunification de l'armée libyenne",
    'la sécurité dans le sud de la Libye',
    'la remise en état de la défense antiaérienne libyenne',
  ],
  equipment: ['véhicules blindés', 'chasseurs MiG-29', 'bombardiers Su-24', 'systèmes de défense antiaérienne Pantsir', 'chars T-72', 'camions militaires', 'hélicoptères Mi-35', 'conteneurs de munitions'],
  ships: {
    'admiral-kuznetsov': 'le porte-avions Amiral Kouznetsov',
    'admiral-grigorovich': 'la frégate Amiral Grigorovitch',
    'admiral-essen': 'la frégate Amiral Essen',
    'ivan-gren': 'le navire de débarquement Ivan Gren',
    'vice-admiral-kulakov': 'le destroyer Vice-Amiral Koulakov',
    smetlivy: 'le patrouilleur Smetlivy',
    ladny: 'la frégate Ladny',
    varyag: 'le croiseur lance-missiles Varyag',
  },
  stories: {
    visit: {
      headlines: [
        (s) => `${capitalise(s.guest.short)} en visite à ${where(s)} pour des entretiens avec ${s.host.short}`,
        (s) => `La Russie resserre ses liens avec la Libye : ${s.host.short} reçoit ${s.guest.short}`,
      ],
      leads: [
        (s) => `${s.open(s.guest.full)} a été ${agreed(s.guest, 'reçu')}${at(s)}${s.when} par ${s.host.full}, ${s.source}.`,
        (s) => `${s.open(s.host.full)} a reçu ${s.guest.full}${at(s)}${s.when} pour des entretiens sur ${s.topic}.`,
        (s) => `${s.open(s.guest.full)} est ${agreed(s.guest, 'arrivé')}${at(s)}${s.when} pour une visite centrée sur ${s.topic}, ${s.source}.`,
      ],
      details: [
        (s) => `Les deux hommes ont également évoqué le processus politique en Libye et ${s.topic}.`,
        (s) => `Il s'agit de la première visite de ce niveau à ${where(s)} depuis plus d'un an.`,
      ],
    },
    talks: {
      headlines: [(s) => `${capitalise(s.russian.short)} et ${s.libyan.short} évoquent ${s.topic}`, () => 'Russie-Libye : entretiens sur la coopération militaire'],
      leads: [
        (s) =>
          s.place
            ? `${s.open(s.russian.full)} s'est entretenu avec ${s.libyan.full}${at(s)}${s.when}, les discussions portant sur ${s.topic}.`
            : `${s.open(s.russian.full)} et ${s.libyan.full} se sont entretenus par téléphone${s.when} sur ${s.topic}, ${s.source}.`,
        (s) => `${s.open(s.russian.full)} a rencontré ${s.libyan.full}${at(s)}${s.when} pour évoquer ${s.topic}, ${s.source}.`,
      ],
      details: [(s) => `Les deux parties sont convenues de rester en contact, ${s.source}.`, () => "Aucun accord n'a été annoncé à l'issue des entretiens."],
    },
    agreement: {
      headlines: [(s) => `Moscou et Tripoli signent un accord sur ${s.topic}`, (s) => `La Russie va livrer des ${s.equipment} à la Libye`],
      leads: [
        (s) => `${s.open(s.russian.full)} et ${s.libyan.full} ont signé${at(s)}${s.when} un accord sur ${s.topic}, ${s.source}.`,
        (s) => `${s.open('la Russie et la Libye')} ont signé${at(s)}${s.when} un contrat portant sur la livraison de ${s.count} ${s.equipment}, ${s.source}.`,
      ],
      details: [
        (s) => `Le document porte sur ${s.topic} ainsi que sur la fourniture de pièces détachées.`,
        (s) => `Le contrat prévoit la livraison de ${s.count} ${s.equipment}, selon une source proche du dossier.`,
      ],
    },
    delivery: {
      headlines: [(s) => `La Russie livre des ${s.equipment} en Libye`, (s) => `Des ${s.equipment} russes débarqués à ${where(s)}`],
      leads: [
        (s) => `${s.open(s.russian.full)} a livré${s.when} ${s.count} ${s.equipment} à ${s.libyan.full}${at(s)}, ${s.source}.`,
        (s) => `${s.open('un navire russe')} a débarqué ${s.count} ${s.equipment}${at(s)}${s.when}, une cargaison destinée à ${s.libyan.full} et acheminée par ${s.russian.full}.`,
      ],
      details: [
        (s) => `Des images satellites montrent les ${s.equipment} transférés du port vers une base militaire, selon des analystes.`,
        (s) => (s.happening.date >= '2011-03-01' ? "Cette livraison intervient malgré l'embargo sur les armes imposé par l'ONU à la Libye en 2011." : 'Cette livraison s’inscrit dans les contrats signés avec Tripoli.'),
      ],
    },
    'port-call': {
      headlines: [(s) => `Un navire de guerre russe fait escale à ${where(s)}`, (s) => `${capitalise(s.ship)} accoste à ${where(s)}`],
      leads: [
        (s) => `${s.open(s.ship)} de la Marine russe a fait escale${at(s)}${s.when}, ${s.source}.`,
        (s) => `${s.open(s.ship)} a accosté${at(s)}${s.when}. ${capitalise(s.libyan.full)} a visité le bâtiment, ${s.source}.`,
      ],
      details: [() => "L'équipage a déposé une gerbe au monument aux morts et s'est ravitaillé en carburant.", (s) => `C'est la première escale d'un navire de guerre russe à ${where(s)} depuis plusieurs années.`],
    },
    statement: {
      headlines: [() => 'Moscou appelle les rivaux libyens à reprendre le dialogue', (s) => `${capitalise(s.russian.short)} met en garde contre toute ingérence en Libye`],
      leads: [
        (s) => `${s.open(s.russian.full)} a déclaré${s.when} que Moscou restait en contact avec ${s.libyan.full} et a appelé à un règlement politique en Libye.`,
        (s) => `${s.open(s.russian.full)} a mis en garde${s.when} contre toute ingérence étrangère en Libye, dans des propos visant notamment ${s.libyan.full}.`,
      ],
      details: [() => "Ces propos interviennent sur fond de regain de tension entre les autorités rivales de l'est et de l'ouest libyens.", () => "Moscou a démenti à plusieurs reprises avoir envoyé des troupes en Libye."],
    },
    exercise: {
      headlines: [(s) => `Exercices militaires russo-libyens près de ${where(s)}`, () => 'Des instructeurs russes forment des unités libyennes'],
      leads: [
        (s) => `${s.open(s.russian.full)} a mené des exercices conjoints avec ${s.libyan.full}${at(s)}${s.when}, ${s.source}.`,
        (s) => `${s.open('des instructeurs russes')} ont achevé${s.when} des manœuvres communes avec ${s.libyan.full}${at(s)}.`,
      ],
      details: [(s) => `Les manœuvres ont mobilisé ${s.count} ${s.equipment}, selon des images diffusées ensuite.`, () => "Les exercices comprenaient des tirs réels et l'évacuation de blessés."],
    },
  },
  quotes: {
    visit: [
      'La Russie a toujours été une amie du peuple libyen, et nous entendons qu’elle le reste',
      'Nous avons discuté de la manière de rétablir une armée libyenne unique et nationale',
      'Notre coopération dans le domaine militaire a de bonnes perspectives',
      'Il n’y a pas de solution militaire à la crise libyenne ; c’est aux Libyens eux-mêmes de trouver une issue',
    ],
    talks: [
      'Nous sommes convenus d’intensifier nos contacts à tous les niveaux',
      'La Russie soutient un règlement politique qui préserve l’unité de la Libye',
      'Nous partageons un intérêt pour une Libye stable et unie',
      'Les entretiens ont été francs et utiles',
    ],
    agreement: [
      'Cet accord ouvre une nouvelle page de notre coopération militaro-technique',
      'Nous revenons sur un marché que nous n’aurions jamais dû quitter',
      'La formation des spécialistes libyens commencera cette année',
      'Tout ce que nous signons est conforme à nos obligations internationales',
    ],
    delivery: [
      'Le matériel a été livré dans le cadre d’accords conclus auparavant',
      'Ces livraisons renforceront la lutte contre le terrorisme',
      'Tout se fait dans la transparence',
      'Nous avons reçu ce qui nous avait été promis',
    ],
    'port-call': [
      'Cette visite confirme le caractère amical des relations entre nos deux pays',
      'Nos marins ont été chaleureusement accueillis',
      'Il s’agit d’une escale de routine, et elle n’a rien de secret',
      'Le navire se ravitaillera et son équipage se reposera',
    ],
    statement: [
      'Nous appelons toutes les parties libyennes à renoncer à la violence et à reprendre le dialogue',
      'La Russie n’a aucun militaire sur le terrain en Libye',
      'Les tentatives d’imposer une solution de l’extérieur ne feront que prolonger le conflit',
      'Nous sommes en contact avec toutes les parties, à l’est comme à l’ouest du pays',
    ],
    exercise: [
      'Les exercices ont montré le haut niveau de préparation des unités',
      'Nos instructeurs travaillent à l’invitation de la partie libyenne',
      'Ces manœuvres ne sont dirigées contre personne',
      'L’entraînement commun se poursuivra',
    ],
  },
  quoteLines: [
    (speaker, quoted) => `${quoted}, a déclaré ${speaker.short}.`,
    (speaker, quoted) => `${quoted}, a affirmé ${speaker.short} devant la presse.`,
    (speaker, quoted) => `${capitalise(speaker.short)} a ajouté : ${quoted}.`,
    (speaker, quoted) => `${quoted}, a-t-${speaker.agreement === 'f' ? 'elle' : 'il'} souligné.`,
  ],
  reported: [
    (speaker, s) => `${capitalise(speaker.short)} a indiqué que les deux parties avaient évoqué ${s.topic}.`,
    (speaker) => `${capitalise(speaker.short)} a précisé que Moscou souhaitait une Libye stable et unie.`,
    (speaker, s) => `Selon ${speaker.short}, ${s.topic} sera à l'ordre du jour des prochaines rencontres.`,
  ],
  anonymous: [
    { full: 'une source au ministère', short: 'cette source', person: false, agreement: 'f' },
    { full: 'un diplomate russe', short: 'le diplomate', person: false, agreement: 'm' },
    { full: 'un responsable sous couvert d’anonymat', short: 'ce responsable', person: false, agreement: 'm' },
  ],
  sources: ['a indiqué le ministère dans un communiqué', 'selon un communiqué officiel', 'ont rapporté les agences de presse russes', 'a-t-on appris de source officielle'],
  recall: (party, otherSide, when) => `${capitalise(party.short)} avait déjà rencontré des responsables ${otherSide === 'libyan' ? 'libyens' : 'russes'} ${when}.`,
  context: {
    jamahiriya: [
      "La Libye était l'un des principaux clients de l'industrie d'armement soviétique, et Moscou cherche à reconquérir ce marché depuis la levée des sanctions de l'ONU en 2003.",
      "La Russie a accepté d'effacer la dette libyenne d'époque soviétique en échange de nouveaux contrats.",
    ],
    revolution: [
      "La Russie s'est abstenue lors du vote de la résolution 1973 du Conseil de sécurité, qui a autorisé une zone d'exclusion aérienne au-dessus de la Libye en mars 2011.",
      "Moscou accuse l'OTAN d'avoir outrepassé son mandat en Libye.",
    ],
    transition: ["Les nouvelles autorités libyennes peinent à contrôler les groupes armés qui ont contribué à renverser Mouammar Kadhafi en 2011.", 'La Russie dit vouloir honorer les contrats d’armement signés avant le soulèvement.'],
    split: ["La Libye est divisée depuis 2014 entre deux autorités rivales, dans l'est et dans l'ouest.", 'Moscou garde des canaux ouverts avec les deux camps tout en courtisant Khalifa Haftar.'],
    war: ["Les forces du maréchal Haftar ont lancé en avril 2019 une offensive sur Tripoli.", 'Les combats autour de la capitale ont chassé de chez elles des centaines de milliers de personnes.'],
    unity: ["Le gouvernement d'unité nationale a été formé en mars 2021 à l'issue d'un processus mené par l'ONU.", "L'ONU pousse à l'organisation d'élections qui réunifieraient le pays."],
    corps: [
      "Depuis la mort d'Evgueni Prigojine en août 2023, le ministère russe de la Défense a repris en main les réseaux de Wagner en Libye.",
      "Selon des responsables occidentaux, la Russie se sert de l'est libyen comme d'une plaque tournante pour ses opérations au Sahel.",
    ],
  },
  furniture: {
    nav: [
      ['Accueil', 'International', 'Afrique', 'Libye'],
      ['Afrique', 'Maghreb', 'Libye'],
      ['International', 'Afrique'],
      ['Menu', 'Politique', 'Économie', 'Défense', 'Rechercher'],
    ],
    share: [['Partager', 'Partager sur Facebook', 'Partager sur X'], ['Offrir l\'article', 'Ajouter à vos sélections', 'Partager'], ['Imprimer', 'Partager', 'Réagir']],
    cookies: [
      'Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation. Accepter',
      'Nous utilisons des cookies. Politique de confidentialité. Tout accepter',
    ],
    newsletter: ['Abonnez-vous à notre newsletter', "S'abonner à la newsletter Afrique"],
    relatedMarkers: ['Lire aussi', 'À lire aussi', 'Sur le même sujet', 'Les plus lus', 'Articles similaires'],
    headlines: [
      'Turquie : Recep Tayyip Erdogan veut renforcer les pouvoirs présidentiels',
      'Au Niger, Emmanuel Macron refuse de rappeler l’ambassadeur de France',
      'Naufrage au large de la Libye : des dizaines de migrants portés disparus',
      'Pétrole : la production libyenne repart après la réouverture des terminaux',
      'Syrie : Vladimir Poutine ordonne une réduction du dispositif militaire russe',
      'Sahel : la junte malienne se tourne vers Moscou',
      'Tunisie : le président Saïed limoge son Premier ministre',
    ],
    tags: (words) => `Mots-clés : ${words.join(', ')}`,
    copyright: (year, outlet) => `© ${outlet} ${year}. Tous droits réservés.`,
    byline: (name) => `Par ${name}`,
    reporters: ['Hélène Marchal', 'Frédéric Bobin', 'Isabelle Mandraud', 'Karim Benamar', 'Pierre Lorrain', 'Nadia Ouali'],
    readingTime: (minutes) => `Temps de lecture ${minutes} min.`,
    caption: (subject, place, date, credit) => `${subject} ${place}, le ${date}. ${credit}`,
    paywall: ['Il vous reste 60 % de cet article à lire. La suite est réservée aux abonnés.', 'Déjà abonné ? Se connecter'],
    reportingLine: (reporter, editor) => `${reporter} avec ${editor}`,
  },
};
