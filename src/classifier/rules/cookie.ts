import { speaksAsWeOrToYou } from '../features.js';
import { rulesFor, tokenHint } from './types.js';

const COOKIE_HINT = tokenHint('*cookies?*|*consent*|gdpr*|cmp*|privacy-?(banner|notice|manager)|onetrust*|didomi*|usercentrics*|sp_message[a-z_-]*|truste*|cookiebot*|qc-cmp[a-z0-9-]*');

export const cookieRules = rulesFor('cookie_consent', [
  {
    id: 'cookie-hint',
    weight: 1.2,
    reason: 'Named as a cookie or consent notice by the page.',
    test: (b) => COOKIE_HINT.test(b.hints),
    fixture: { html: '<div id="cookie-banner"><p>We use cookies.</p><button>OK</button></div>', where: 'page' },
  },
  {
    id: 'cookie-text',
    weight: 1.2,
    reason: 'Asks the reader to accept cookies or tracking.',
    // In the article it must speak to the reader ("we use cookies", "you need to accept cookies"):
    // a report on cookie banners ("Regulators said consent banners must offer a reject all button")
    // names the same things.
    test: (b) =>
      b.words < 150 &&
      b.count('cookie') >= 2 &&
      /cookie|informasjonskapsler|куки/.test(b.lower) &&
      (!b.inside || speaksAsWeOrToYou(b)),
    fixture: { html: '<div><p>We use cookies to improve your experience. Accept all or manage preferences.</p></div>', where: 'page' },
  },
]);
