import type { FurnitureWords } from '../types.ts';

export const furnitureWords: FurnitureWords = {
  sectionMarkers: [
    'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'sur le même sujet', 'sur le meme sujet', 'les plus lus',
    'les plus partagés', 'à la une', 'articles liés', 'articles similaires', 'dans la même rubrique', 'dernières actualités',
    'vous aimerez aussi', 'à voir aussi', 'lire la suite', 'mots-clés', 'thèmes', 'en continu',
  ],
  photoCredits: ['photo', 'photos', 'crédit', 'crédits', 'crédit photo', 'illustration', 'image', 'vidéo'],
  bylines: ['par', 'propos recueillis par', 'avec', 'auteur', 'rédigé par'],
  chrome: [
    'cookies', 'abonnez-vous', 'abonnement', "s'abonner", 'newsletter', 'se connecter', 'connexion', 'partager',
    'tous droits réservés', 'reproduction interdite', 'haut de page', 'publicité', 'suivez-nous', 'cliquez ici',
    'politique de confidentialité', 'accepter', 'commentaires', 'réservé aux abonnés', 'article réservé',
    'temps de lecture', 'offrir l\'article', 'imprimer', 'écouter', 'sauvegarder', 'vous devez être connecté', 'réagir',
    'déjà abonné', 'ajouter à vos sélections', 'partager sur', 'vues',
  ],
  notices: [
    'cookie', 'cookies', 'abonnez-vous', "s'abonner", 'abonnement', 'newsletter', 'tous droits réservés', 'reproduction interdite',
    'a contribué à cet article', 'réservé aux abonnés', 'la suite est réservée', 'politique de confidentialité',
    'connectez-vous', 'se connecter', 'créer un compte',
  ],
};
