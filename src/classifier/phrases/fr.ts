import type { PhraseBook } from './types.js';

export const fr: PhraseBook = {
  donationAsk: [
    'faire un don', 'faites un don', 'je fais un don', 'soutenez', 'nous soutenir', 'soutenir notre journalisme',
    'soutenir la rédaction', 'votre don', 'vos dons', 'devenez membre', 'devenir membre', 'donner maintenant',
    'nous avons besoin de vous', 'votre soutien', 'défiscalisable', 'déductible des impôts', 'faisant un don',
  ],
  donationSupport: ['soutien*', 'soutenir', 'journalisme indépendant', 'indépendance', 'notre travail', 'notre rédaction', 'lecteurs'],
  appealOpener: ['chers lecteurs', 'chères lectrices, chers lecteurs', 'chère lectrice, cher lecteur', 'un message de', 'merci de nous lire', 'merci pour votre lecture', 'merci de votre lecture'],
  appealCloser: ['plus tard', 'pas maintenant', 'non merci', 'continuer', 'moyens de paiement', 'mensuel', 'ponctuel'],
  subscriptionOffer: [
    "s'abonner", 'abonnez-vous', "je m'abonne", "offre d'abonnement", 'une semaine offerte',
    'mois offert', 'essai gratuit', 'sans engagement', 'offre spéciale', 'accès illimité',
    'déjà abonné', 'offert', 'résiliable à tout moment',
  ],
  subscriptionWord: ['abonné', 'abonnés', 'abonnée', 'abonnement', 'réservé aux abonnés', 'article réservé', '€/mois', '€ par mois', 'par mois'],
  paywallWall: [
    'réservé aux abonnés', 'réservée aux abonnés', 'réservée à nos abonnés', 'la suite est réservée', 'il vous reste',
    'de cet article à lire', "de l'article à lire", 'pour lire la suite', 'lire la suite de',
    'pour continuer à lire', 'cet article est réservé', "votre abonnement n'autorise pas",
  ],
  paywallMeter: ['articles gratuits', 'article gratuit', 'articles offerts', 'il vous reste # articles'],
  paywallRegistration: ['inscrivez-vous gratuitement', "s'inscrire gratuitement", 'créez un compte', 'créer un compte gratuit'],
  newsletter: ["lettre d'information", 'inscrivez-vous', 'adresse e-mail', 'adresse email', 'votre e-mail', 'votre email', 'dans votre boîte', 'recevez'],
  related: ['lire aussi', 'voir aussi', 'sur le même sujet', 'sur le même thème', 'pour aller plus loin', 'les plus lus', 'à découvrir', 'recommandé', 'dans la même rubrique', 'nos autres articles', 'dernières actualités'],
  readMoreLink: ["lire l'article", 'lire la suite', 'voir l’article'],
  comments: ['commentaires', 'commentaire', 'réagir', 'réagissez', 'répondre', 'contribuer', 'contributions', 'laisser un commentaire', 'les commentaires sont fermés'],
  cookie: ['consentement', 'tout accepter', 'tout refuser', 'paramétrer', 'vos données', 'vie privée'],
  ad: ['publicité', 'sponsorisé', 'partenaire', 'en partenariat avec'],
  social: ['partager', 'partagez', 'partager sur facebook', 'partager sur twitter', 'envoyer par e-mail', 'suivez-nous', 'imprimer', 'copier le lien', 'partager cet article', "partager l'article"],
  other: ['se connecter', 'connexion', 'mon compte', 'identifiez-vous', 'mentions légales', 'écouter cet article', "écouter l'article", 'temps de lecture', 'ajouter à vos sélections', 'écrivez-nous', 'contactez-nous', 'offrir cet article'],
  speechVerb: ['a déclaré', 'a dit', 'a affirmé', 'a expliqué', 'a souligné', 'a estimé', 'a écrit', 'selon', 'explique', 'affirme', 'déclare', 'estime', 'a recommandé', 'recommande', 'recommandent', 'a lancé', 'lance', 'rappelle', 'a rappelé', 'conseille', 'a conseillé', 'indique', 'indiquent', 'a indiqué', 'implore', 'a imploré', 'a plaisanté', 'a demandé', 'demande', 'a annoncé', 'annonce', 'a prévenu', 'prévient', 'a averti', 'a ajouté', 'ajoute', 'a insisté', 'insiste', 'a exhorté', 'a appelé'],
  firstPersonPlural: ['nous', 'notre', 'nos'],
  secondPerson: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes'],
};
