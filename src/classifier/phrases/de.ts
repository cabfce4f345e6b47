import type { PhraseBook } from './types.js';

export const de: PhraseBook = {
  donationAsk: [
    'jetzt spenden', 'bitte spenden', 'spenden sie', 'spende jetzt', 'ihre spende', 'ihrer spende', 'dein* spende', 'unterstützen sie uns', 'unterstütz* uns', 'jetzt unterstützen',
    'mit deiner hilfe', 'mit ihrer hilfe', 'ihre unterstützung', 'deine unterstützung',
    'unterstützer werden', 'mitglied werden', 'werden sie mitglied', 'jetzt mitglied', 'förderer werden', 'freiwillig zahlen', 'freiwilligen beitrag', 'zahl ich',
    'sind sie dabei', 'bist du dabei', 'unabhängige* journalismus', 'finanziert durch',
    'leserfinanziert', 'dauerauftrag', 'monatlich unterstützen', 'einmalig unterstützen', 'wir brauchen ihre hilfe',
    'wir brauchen deine hilfe', 'fördermitglied*', 'machen sie mit',
  ],
  donationSupport: ['spende*', 'unterstützung', 'unterstützen', 'unabhängig', 'journalismus', 'solidarität', 'finanzier*', 'beitrag', 'leserinnen und leser', 'unsere arbeit', 'kostet geld'],
  appealOpener: ['liebe leser*', 'eine nachricht von', 'in eigener sache', 'danke fürs lesen'],
  appealCloser: ['später erinnern', 'erinnere mich später', 'nicht jetzt', 'vielleicht später', 'nein danke', 'zahlungsmethoden', 'weiter', 'monatlich', 'jährlich', 'einmalig', 'anderer betrag'],
  subscriptionOffer: [
    'jetzt abonnieren', 'abo abschließen', 'jetzt abschließen', 'probeabo', 'probe-abo', 'testabo', 'jetzt testen', 'jetzt ausprobieren',
    'gratis testen', 'kostenlos testen', 'digital-abo', 'digitalabo', 'abonnieren', 'monatlich kündbar', 'jederzeit kündbar', 'plus-artikel',
    'plus artikel', 'mit plus', 'bereits abonnent', 'bereits abonniert',
    'schon abonnent', 'exklusiv für abonnenten', 'für abonnenten', 'wochen für', 'wochen gratis', 'plus kaufen', 'zum angebot', 'angebot sichern',
  ],
  subscriptionWord: ['abonnent*', 'abo', 'abos', 'mitgliedschaft', 'zugang', 'im monat', 'pro monat', '/monat', '€ im monat'],
  paywallWall: [
    'weiterlesen mit', 'um weiterzulesen', 'um den artikel', 'um diesen artikel', 'dieser artikel ist exklusiv', 'exklusiv für abonnenten',
    'nur für abonnenten', 'artikel freischalten', 'jetzt freischalten', 'lesen sie jetzt weiter',
    'den ganzen artikel lesen', 'mehr lesen mit',
  ],
  paywallMeter: ['kostenlose* artikel*', 'freie* artikel*', 'artikel frei', 'artikel gelesen', 'ihr kontingent', 'limit erreicht'],
  paywallRegistration: ['kostenlos registrieren', 'registrieren und weiterlesen', 'jetzt registrieren', 'registrierung erforderlich', 'kostenloses konto'],
  newsletter: [
    'in ihr postfach', 'in dein postfach', 'ins postfach', 'in ihrem postfach', 'in deinem postfach', 'e-mail-adresse',
    'ihre e-mail', 'anmelden', 'melden sie sich', 'abmeldung jederzeit', 'jederzeit abbestellen', 'datenschutzerklärung',
  ],
  related: [
    'lesen sie auch', 'lies auch', 'auch interessant', 'das könnte sie auch interessieren', 'weitere artikel',
    'meistgelesen', 'meist gelesen', 'empfehlungen', 'mehr aus', 'mehr zu*', 'weiterlesen', 'passend dazu', 'zum thema', 'auch lesenswert', 'verwandte artikel', 'neueste artikel',
  ],
  readMoreLink: ['zum artikel', 'weiterlesen', 'mehr lesen', 'artikel lesen', 'zum originalartikel'],
  comments: ['kommentar*', 'kommentieren', 'sind geschlossen', 'diskussion', 'antworten', 'leserkommentare', 'ihre meinung'],
  cookie: ['cookie-einstellungen', 'einwilligung', 'datenschutz', 'alle akzeptieren', 'zustimmen', 'ablehnen', 'tracking'],
  ad: ['anzeige', 'werbung', 'gesponsert', 'partnerinhalt', 'in kooperation mit'],
  social: ['teilen', 'auf facebook teilen', 'folgen sie uns', 'drucken', 'link kopieren', 'artikel teilen', 'diesen artikel teilen'],
  other: ['anmelden', 'einloggen', 'mein konto', 'registrieren', 'impressum', 'benachrichtigungen', 'vorlesen', 'merken', 'lesezeit', 'artikel anhören', 'hinweis', 'hinweise', 'schreiben sie uns'],
  speechVerb: [
    'sagt*', 'fügte', 'teilte', 'schrieb', 'schreibt', 'erklärt*', 'betonte', 'betont', 'warnt*', 'so der', 'so die', 'so das', 'empfahl', 'empfiehlt',
    'bat', 'bittet', 'rief', 'ruft', 'versichert*', 'mahnt*', 'forderte', 'fordert', 'wirbt', 'warb', 'heißt es',
  ],
  firstPersonPlural: ['wir', 'unser', 'unsere', 'unseren', 'unserer', 'unserem', 'uns'],
  secondPerson: ['sie', 'ihr*', 'ihnen', 'du', 'dein*', 'dich', 'dir', 'euch', 'euer'],
};
