import type { PhraseBook } from './types.js';

/** Norwegian (bokmål): one corpus page is Norwegian. */
export const no: PhraseBook = {
  donationAsk: ['støtt oss', 'støtt journalistikken', 'gi en gave', 'doner', 'bli medlem', 'din støtte'],
  donationSupport: ['støtte', 'uavhengig journalistikk', 'vårt arbeid'],
  appealOpener: ['kjære leser', 'kjære lesere', 'en melding fra', 'takk for at du leser', 'takk for at du leste'],
  appealCloser: ['minn meg på det senere', 'ikke nå', 'nei takk', 'fortsett'],
  subscriptionOffer: ['abonner', 'kjøp abonnement', 'bli abonnent', 'prøv gratis', 'per måned', 'kr/mnd', 'full tilgang', 'allerede abonnent'],
  subscriptionWord: ['abonnent', 'abonnenter', 'abonnement'],
  paywallWall: ['for abonnenter', 'kun for abonnenter', 'les videre med', 'for å lese videre', 'lese hele saken'],
  paywallMeter: ['gratis artikler'],
  paywallRegistration: ['registrer deg gratis', 'opprett bruker'],
  newsletter: ['nyhetsbrev*', 'meld deg på', 'e-postadresse', 'i innboksen'],
  related: ['les også', 'relaterte saker', 'mest lest', 'flere saker', 'siste nytt'],
  readMoreLink: ['les mer', 'les hele saken'],
  comments: ['kommentarer', 'kommentar', 'svar', 'legg igjen en kommentar'],
  cookie: ['informasjonskapsler', 'samtykke', 'godta alle'],
  ad: ['annonse*', 'reklame', 'sponset', 'annonsørinnhold'],
  social: ['del', 'del på facebook', 'følg oss', 'kopier lenke', 'del artikkelen', 'del saken'],
  other: ['logg inn', 'min side', 'varsler', 'lesetid'],
  speechVerb: ['sa', 'sier', 'skrev', 'uttalte', 'ifølge'],
  firstPersonPlural: ['vi', 'vår', 'vårt', 'våre', 'oss'],
  secondPerson: ['du', 'deg', 'din', 'ditt', 'dine', 'dere'],
};
