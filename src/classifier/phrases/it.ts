import type { PhraseBook } from './types.js';

export const it: PhraseBook = {
  donationAsk: ['dona ora', 'donazione', 'sostienici', 'sostieni', 'sostenere il nostro giornalismo', 'tuo sostegno', 'abbiamo bisogno del tuo aiuto', 'abbiamo bisogno di te', 'diventa socio', 'diventa sostenitore', 'contribuisci', 'tuo contributo'],
  donationSupport: ['sostegno', 'contributo', 'sostenere', 'giornalismo indipendente', 'indipendenza', 'il nostro lavoro', 'lettori', 'nostro giornalismo'],
  appealOpener: ['cari lettori', 'cara lettrice, caro lettore', 'un messaggio da', 'grazie per aver letto', 'grazie per averci letto', 'ti è piaciut*'],
  appealCloser: ['più tardi', 'non ora', 'no, grazie', 'continua', 'metodi di pagamento', 'mensile'],
  subscriptionOffer: ['abbonarsi', 'abbonati ora', 'abbonati subito', 'prova gratis', 'accesso illimitato', 'offerta speciale', 'sei già abbonato', 'primo mese', 'disdici', 'senza limiti'],
  subscriptionWord: ['abbonato', 'abbonati', 'abbonamento', 'riservato agli abbonati', '€/mese', 'al mese'],
  paywallWall: ['riservat* agli abbonati', 'per continuare a leggere', "per leggere l'articolo", 'contenuto riservato', 'continua a leggere con', 'esclusivo per gli abbonati'],
  paywallMeter: ['articoli gratuiti', 'articoli gratis', 'hai letto #', 'limite di articoli'],
  paywallRegistration: ['registrati gratis', 'registrati per continuare', 'crea un account'],
  newsletter: ['iscriviti alla newsletter', 'iscriviti', 'nella tua casella', 'indirizzo email', 'la tua email'],
  related: ['leggi anche', 'potrebbe interessarti', 'correlati', 'più lett*', 'altre notizie', 'ti potrebbe interessare', 'ultime notizie', 'articoli correlati', 'notizie correlate', 'vedi anche', 'da non perdere', 'più vist*'],
  readMoreLink: ['leggi tutto', 'continua a leggere', "leggi l'articolo"],
  comments: ['commenti', 'commento', 'commenta', 'rispondi', 'lascia un commento', 'commenti chiusi', 'scrivi un commento'],
  cookie: ['cookie', 'consenso', 'accetta tutti', 'rifiuta tutti', 'privacy'],
  ad: ['pubblicità', 'sponsorizzat*', 'in collaborazione con', 'informazione pubblicitaria'],
  social: ['condividi*', 'condividi su facebook', 'seguici', 'stampa', 'copia link', 'condividi questo articolo', 'condividi questa notizia'],
  other: ['accedi', 'hai già un account', 'il mio account', 'registrati', 'note legali', 'notifiche', 'tempo di lettura', 'scrivici', 'contattaci', 'riproduzione riservata', "ascolta l'articolo", 'ascolta questo articolo', 'tutti i diritti riservati'],
  speechVerb: ['ha detto', 'ha dichiarato', 'ha spiegato', 'ha scritto', 'ha affermato', 'secondo', 'ha annunciato', 'ha aggiunto', 'spiega', 'ha raccomandato', 'raccomanda', 'ha chiesto', 'chiede', 'consiglia', 'ha consigliato', 'ricorda', 'ha ricordato', 'avverte', 'ha avvertito', 'afferma', 'dice', 'ha ripetuto', 'ripete', 'ha sottolineato', 'sottolinea', 'ha esortato'],
  firstPersonPlural: ['noi', 'nostro', 'nostra', 'nostri', 'nostre', 'ci', 'abbiamo', 'facciamo', 'siamo'],
  secondPerson: ['tu', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vostro', 'lei', 'hai', 'puoi', 'vuoi', 'ti'],
};
