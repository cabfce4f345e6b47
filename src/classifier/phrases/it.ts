import type { PhraseBook } from './types.js';

export const it: PhraseBook = {
  donationAsk: ['dona ora', 'donazione', 'sostienici', 'sostieni', 'sostenere il nostro giornalismo', 'il tuo sostegno', 'abbiamo bisogno del tuo aiuto', 'abbiamo bisogno di te', 'diventa socio', 'diventa sostenitore', 'contribuisci'],
  donationSupport: ['sostegno', 'sostenere', 'giornalismo indipendente', 'indipendenza', 'il nostro lavoro', 'lettori', 'nostro giornalismo'],
  appealOpener: ['cari lettori', 'cara lettrice, caro lettore', 'un messaggio da', 'grazie per aver letto', 'grazie per averci letto'],
  appealCloser: ['più tardi', 'non ora', 'no, grazie', 'continua', 'metodi di pagamento', 'mensile'],
  subscriptionOffer: ['abbonati', 'abbonarsi', 'abbonati ora', 'prova gratis', '€/mese', 'al mese', 'accesso illimitato', 'offerta', 'sei già abbonato', 'abbonamento'],
  subscriptionWord: ['abbonato', 'abbonati', 'abbonamento', 'riservato agli abbonati'],
  paywallWall: ['riservato agli abbonati', 'per continuare a leggere', "per leggere l'articolo", 'contenuto riservato', 'continua a leggere con'],
  paywallMeter: ['articoli gratuiti', 'articoli gratis', 'hai letto'],
  paywallRegistration: ['registrati gratis', 'registrati per continuare', 'crea un account'],
  newsletter: ['iscriviti alla newsletter', 'iscriviti', 'nella tua casella', 'indirizzo email', 'la tua email'],
  related: ['leggi anche', 'potrebbe interessarti', 'correlati', 'più letti', 'altre notizie', 'ti potrebbe interessare'],
  readMoreLink: ['leggi tutto', 'continua a leggere', "leggi l'articolo"],
  comments: ['commenti', 'commento', 'commenta', 'rispondi', 'lascia un commento', 'commenti chiusi'],
  cookie: ['cookie', 'consenso', 'accetta tutti', 'rifiuta tutti', 'privacy'],
  ad: ['pubblicità', 'sponsorizzato', 'in collaborazione con'],
  social: ['condividi', 'condividi su facebook', 'seguici', 'stampa', 'copia link', 'condividi questo articolo', 'condividi questa notizia'],
  other: ['accedi', 'il mio account', 'registrati', 'note legali', 'notifiche', 'tempo di lettura', 'scrivici', 'contattaci', 'riproduzione riservata'],
  speechVerb: ['ha detto', 'ha dichiarato', 'ha spiegato', 'ha scritto', 'ha affermato', 'secondo'],
  firstPersonPlural: ['noi', 'nostro', 'nostra', 'nostri', 'nostre', 'ci'],
  secondPerson: ['tu', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vostro', 'lei'],
};
