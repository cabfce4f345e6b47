import { endsLikeSentence, type BlockFeatures } from '../features.js';
import { rulesFor, tokenHint } from './types.js';

export const PAYWALL_HINT = tokenHint('*paywall*|[a-z_-]*paywall|regwall|reg-?wall|tp-?(modal|container|backdrop|iframe-wrapper)|tinypass*|poool*|p3-paywall|zephr*|pelcro*|laterpay*|leaky_paywall[a-z_]*|*meter(ed)?-?(wall|prompt|banner)*|premium-?(wall|barrier|gate)|article-?(locked|gate|lock)|content-?(gate|locked)|barrier|plus-?wall|*bezahlschranke*');

/**
 * A wall speaks to the reader or is a short notice; a news paragraph that mentions
 * "subscribers only" in the third person is reporting, not a wall. A sentence of eight words or
 * more must also speak to the reader or name what gets the reader in (an offer, a subscriber, a
 * sign-up): "The judge paused to continue reading the verdict." uses a wall's words for a story.
 */
function addressesReader(b: BlockFeatures): boolean {
  return (
    b.words < 120 &&
    (b.words < 40 || b.count('secondPerson') > 0) &&
    (b.words < 8 || !endsLikeSentence(b.text) || b.count('secondPerson') + b.count('subscriptionOffer') + b.count('subscriptionWord') + b.count('paywallRegistration') > 0)
  );
}

export const paywallRules = rulesFor('paywall', [
  {
    id: 'paywall-hint',
    weight: 1.2,
    reason: 'Named as a paywall by the page.',
    test: (b) => PAYWALL_HINT.test(b.hints) && b.words < 500,
    fixture: { html: '<div class="paywall"><p>Subscribe to continue reading.</p></div>', where: 'article' },
  },
  {
    id: 'paywall-wall-text',
    // The wall names itself; the offers around it are the wall's, not an upsell of their own.
    weight: 2.5,
    reason: 'Says the rest of the article is for subscribers only.',
    test: (b) => addressesReader(b) && b.count('paywallWall') > 0,
    fixture: { html: '<p>Il vous reste 57% de cet article à lire. La suite est réservée aux abonnés.</p>', where: 'article', lang: 'fr' },
  },
  {
    id: 'paywall-meter-text',
    weight: 2.5,
    reason: 'Counts the free articles the reader has left.',
    // With an offer, a count or, in a short line, "you": "You've reached your limit of free articles."
    test: (b) => addressesReader(b) && b.count('paywallMeter') > 0 && (b.count('subscriptionOffer') > 0 || b.count('subscriptionWord') > 0 || /\d/.test(b.lower) || (b.words < 20 && b.count('secondPerson') > 0)),
    fixture: { html: '<p>You have 2 free articles left this month. Subscribe for unlimited access.</p>', where: 'article' },
  },
  {
    id: 'paywall-registration-text',
    weight: 2.5,
    reason: 'Asks the reader to register to keep reading.',
    test: (b) => addressesReader(b) && b.count('paywallRegistration') > 0,
    fixture: { html: '<p>Create a free account to continue reading this article.</p>', where: 'article' },
  },
]);
