import { askLine } from '../ask-line.js';
import { NAMES_NEWSLETTER } from './newsletter.js';
import { rulesFor, tokenHint } from './types.js';
import { MONEY, moneyAsks } from './donation.js';
import { buttonLine, hasQuotationMark, startsWithPhrase, type BlockFeatures } from '../features.js';

/**
 * "Subscribe" to a newsletter, for stories "in your inbox" or "by email", is a newsletter sign-up,
 * not a subscription offer; so is a box that asks for an e-mail address and names no price (a
 * blog's "Subscribe" widget, a newsletter's "Subscribe for free": a paid offer names its price).
 */
function aboutNewsletter(b: BlockFeatures): boolean {
  return NAMES_NEWSLETTER.test(b.lower) || (b.stats.emailInputs > 0 && !MONEY.test(b.lower));
}

const SUBSCRIPTION_HINT = tokenHint('*subscri(be|ption|ber)*|abo|abo-*|*-abo|*upsell*|*offer*|premium-?(promo|teaser|box|banner|cta)|plus-?(teaser|promo|box)|*paywall-?promo*|membership|member-?cta|piano-?(offer|inline|template)*|tp-?(inline|offer)*|*abonnement*|*suscripcion*');

export const subscriptionRules = rulesFor('subscription_upsell', [
  {
    id: 'subscription-hint',
    weight: 1,
    reason: 'Named as a subscription offer by the page.',
    test: (b) => SUBSCRIPTION_HINT.test(b.hints) && !/newsletter/.test(b.hints) && b.words < 400,
    fixture: { html: '<div class="subscribe-cta"><p>Get the full picture.</p></div>', where: 'article' },
  },
  {
    id: 'subscription-offer',
    weight: 0.6,
    reason: 'Offers a paid subscription or a trial.',
    test: (b) => {
      // The counts first: they are in hand, the newsletter pattern reads the whole text.
      const offers = b.count('subscriptionOffer');
      if (offers === 0 || b.words > 200 || aboutNewsletter(b)) return 0;
      // A short line that links the offer and speaks to the reader, for "us" or of supporting
      // journalism asks as plainly as a button ("<a>Abonnez-vous</a> pour lire tous nos articles.",
      // "Support local journalism. <a>Subscribe today.</a>"), and so does such a line of six words
      // or fewer without its link, as an aggregator's copy prints it (not one that names a network:
      // "Abonnieren Sie unseren WhatsApp-Kanal" asks to follow); a report of a trial does none of
      // these.
      const asksPlainly = (b.stats.links ? b.words < 12 : b.words <= 6 && b.count('social') === 0) && b.count('firstPersonPlural') + b.count('secondPerson') + b.count('donationSupport') > 0;
      return Math.min(2, offers * (buttonLine(b) || asksPlainly ? 2 : b.words < 40 ? 1 : 0.7));
    },
    fixture: { html: '<p>Subscribe now: unlimited digital access for $1 a week. Cancel anytime.</p>', where: 'article' },
  },
  {
    id: 'subscription-price',
    weight: 0.5,
    reason: 'Names a subscription price.',
    test: (b) => b.words < 120 && b.count('subscriptionOffer') + b.count('subscriptionWord') > 0 && !aboutNewsletter(b) && MONEY.test(b.lower) && moneyAsks(b),
    fixture: { html: '<p>Start your subscription: 4 weeks for €1, then €9.99 per month.</p>', where: 'article' },
  },
  {
    id: 'subscription-sign-off',
    weight: 1,
    reason: 'A closing line that thanks the reader and asks them to subscribe ("Thanks for reading! Subscribe …").',
    // Opens as a note to the reader does ("Thanks for reading …", "Enjoyed this story?") and offers
    // a subscription in the same short line, as newsletters' posts end; not a quotation of one.
    test: (b) => b.inside && b.words <= 30 && b.count('subscriptionOffer') > 0 && startsWithPhrase(b, 'appealOpener') && !aboutNewsletter(b) && !hasQuotationMark(b),
    fixture: { html: '<p>Thanks for reading The Weekly Brief! Subscribe for free to receive new posts and support my work.</p>', where: 'article' },
  },
  {
    id: 'subscriber-only-extra',
    weight: 0.5,
    reason: 'Mentions features for subscribers only.',
    test: (b) => b.words < 50 && b.count('subscriptionWord') > 0 && (b.count('secondPerson') > 0 || b.count('subscriptionOffer') > 0) && !aboutNewsletter(b),
    fixture: { html: '<p>Comments are available to subscribers. Subscribe to join the conversation.</p>', where: 'article' },
  },
  {
    id: 'subscription-ask-line',
    weight: 1.2,
    reason: 'A short line made of nothing but a subscription offer ("Become a member and get unlimited access.", "Cancel anytime.").',
    test: (b) => askLine(b) === 'subscription',
    fixture: { html: '<p>Cancel anytime.</p>', where: 'article' },
  },
]);
