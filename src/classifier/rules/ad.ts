import { endsLikeSentence } from '../features.js';
import { rulesFor, tokenHint } from './types.js';

const AD_HINT = tokenHint(
  'ad|ads|adv|advert[a-z]*|advertisement|advertising|ad-?(slot|container|wrapper|unit|box|block|label|banner|place[a-z]*|zone|space|top|bottom|inline|mid)[a-z0-9-]*|adslot[a-z0-9-]*|adunit[a-z0-9-]*|dfp[a-z0-9-]*|gpt-?ad[a-z0-9-]*|google-?ad*|banner-?ad|sponsor(ed)?*|promoted|partner-?content|commercial|anzeige*|werbung|publicite|publicidad|native-?ad*|app-?promo*|billboard|leaderboard|skyscraper|mpu|halfpage|rectangle',
);

export const adRules = rulesFor('ad', [
  {
    id: 'ad-hint',
    weight: 1,
    reason: 'Named as an advertisement slot by the page.',
    test: (b) => AD_HINT.test(b.hints),
    fixture: { html: '<div class="ad-slot"><span>Advertisement</span></div>', where: 'article' },
  },
  {
    // A label ("Advertisement", "Anzeige"), or a line of the page's that names an ad and the story
    // going on ("Story continues below advertisement", "Artikel wird nach der Anzeige fortgesetzt",
    // "La suite après cette publicité"), without a full stop. One rule: a second cost 30 bytes.
    id: 'ad-label',
    weight: 1.2,
    reason: 'Labelled as advertising or sponsored content, or says the article goes on after an ad.',
    test: (b) => b.words <= 7 && b.count('ad') > 0 && (b.lower.replace(/[^\p{L} ]/gu, '').trim().split(' ').length <= 3 || /contin|weiter|fort[gs]|suite|sigue|segue|prosegu|продолж/.test(b.lower) && !endsLikeSentence(b.text)),
    fixture: { html: '<div><p>Advertisement</p></div>', where: 'article' },
  },
  {
    id: 'ad-app-promo',
    weight: 1,
    reason: 'Promotes the publisher\'s app.',
    test: (b) =>
      b.words < 60 &&
      // Every phrase names the app or a store: a substring check spares most blocks the regex.
      // An ask's verb, then the app as each language names it ("Laden Sie unsere App herunter",
      // "Téléchargez notre application", "Скачайте наше приложение", "Last ned appen"); the German
      // and Russian verbs only as they speak to the reader ("der Laden" is a shop, "скачать" reports),
      // and Spanish and Portuguese ones too ("la descarga de la app", "que baixem o aplicativo").
      // German also puts the verb last ("Die News-App bei Google Play herunterladen").
      // Known cost: an English report of the same ask ("told citizens to download the app") is hidden.
      (/app|aplica|приложени|google play/.test(b.lower) &&
        // A store's name alone only on a short line ("Get it on Google Play", a badge row): a
        // report names the store too ("… kostet knapp 50 Euro im Mac App Store …").
        (/(download|\bget|install|herunterladen|laden sie|lade dir|télécharge|descarga [lgn]|baixe |scarica|скачай|last ned)[^.]{0,30}(\bapp(en)?\b|aplica|приложени)|\bapp\b[^.]{0,30}herunterladen|télécharge[^.]{0,30}application/.test(b.lower) ||
          (b.words < 12 && /app store|google play/.test(b.lower))) ||
        // "Read more comfortably with our app!": an exclamation to the reader about an app.
        (b.words < 40 && b.text.includes('!') && b.count('secondPerson') > 0 && /\b(app|e-paper|epaper)\b/.test(b.lower))),
    fixture: { html: '<p>Get the app: download it now on the App Store and Google Play.</p>', where: 'article' },
  },
]);
