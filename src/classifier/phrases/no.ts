import type { PhraseBook } from './types.js';

/** Norwegian (bokmål): one corpus page is Norwegian. */
export const no: PhraseBook = {
  donationAsk: ['støtt oss', 'støtt journalistikken', 'gi en gave', 'doner', 'bli medlem', 'din støtte', 'gi et bidrag', 'bidra med', 'støtt uavhengig journalistikk', 'støttemedlem*', 'lesernes støtte'],
  donationSupport: ['støtte', 'uavhengig journalistikk', 'vårt arbeid', 'bidrag', 'journalistikken'],
  appealOpener: ['kjære leser', 'kjære lesere', 'en melding fra', 'takk for at du leser', 'takk for at du leste', 'likte du saken', 'likte du denne saken'],
  appealCloser: ['minn meg på det senere', 'ikke nå', 'nei takk', 'fortsett'],
  subscriptionOffer: ['abonner', 'kjøp abonnement', 'bli abonnent', 'prøv gratis', 'full tilgang', 'allerede abonnent', 'ingen bindingstid', 'første måned', 'prøv en måned', 'prøv # måned*', 'få tilgang', 'ubegrenset tilgang', 'digital tilgang', 'allerede abonnement', 'kjøp tilgang'],
  subscriptionWord: ['abonnent', 'abonnenter', 'abonnement', 'per måned', 'kr/mnd'],
  paywallWall: ['for abonnenter', 'kun for abonnenter', 'les videre med', 'for å lese videre', 'lese hele saken', 'lås opp hele', 'lese hele artikkelen', 'for å fortsette å lese', 'denne saken er for abonnenter', 'forbeholdt abonnenter'],
  paywallMeter: ['gratis artikler', 'gratisartikler', 'du har lest #', 'artikler igjen'],
  paywallRegistration: ['registrer deg gratis', 'opprett bruker', 'opprett en gratis bruker', 'registrer deg for å lese'],
  newsletter: ['nyhetsbrev*', 'meld deg på', 'e-postadresse', 'i innboksen', 'rett i innboksen', 'innboksen din'],
  related: ['les også', 'relatert*', 'mest lest', 'siste saker', 'populære saker', 'flere saker', 'siste nytt', 'se også', 'anbefalt for deg', 'anbefalte', 'mer om', 'flere nyheter', 'siste nyheter', 'mest leste', 'flere artikler', 'mer fra', 'les flere'],
  readMoreLink: ['les mer', 'les hele saken'],
  comments: ['kommentarer', 'kommentar', 'svar', 'legg igjen en kommentar', 'kommentarfeltet', 'vis kommentarer', 'skriv en kommentar', 'debattregler', 'kommentere', 'kommentarer er stengt'],
  cookie: ['informasjonskapsler', 'samtykke', 'personvern', 'godta', 'avvis alle', 'personvernerklæring'],
  ad: ['annonse*', 'reklame', 'sponset', 'annonsør*', 'betalt innhold', 'kommersielt samarbeid'],
  social: ['del', 'del på facebook', 'følg oss', 'kopier lenke', 'del artikkelen', 'del saken', 'del på x', 'del på e-post', 'send på e-post', 'del denne artikkelen'],
  other: ['logg inn', 'min side', 'varsler', 'lesetid', 'lytt til saken', 'hør saken', 'logg ut', 'hør artikkelen', 'lytt til artikkelen'],
  speechVerb: ['sa', 'sier', 'skrev', 'uttalte', 'ifølge', 'forteller', 'opplyser', 'skriver', 'mener', 'legger til', 'oppfordret', 'oppfordrer', 'anbefaler', 'anbefalte', 'ba', 'ber', 'advarte', 'advarer', 'understreket', 'understreker', 'minner', 'lover', 'lovet'],
  firstPersonPlural: ['vi', 'vår', 'vårt', 'våre', 'oss'],
  secondPerson: ['du', 'deg', 'din', 'ditt', 'dine', 'dere'],
};
