import { buttonLine, endsLikeSentence, phraseOpensAClause, speaksAsWeOrToYou, startsWithPhrase, type BlockFeatures } from '../features.js';
import { askLine } from '../ask-line.js';
import { rulesFor, tokenHint } from './types.js';

const DONATION_HINT = tokenHint('*donat*|*contribution*|contribute|*support-?us*|fundrais*|reader-?revenue*|*appeal*|membership-?(cta|promo|banner)|patreon*|steady*|*spende*|*spenden*|soutien*|*donacion*|crowdfunding');

/** A currency amount: "$2", "5 €", "£3", "10 Euro", "199 руб". */
export const MONEY = /(?:[$€£¥₽₹]\s?\d|\d(?:[.,]\d+)?\s?(?:[$€£¥₽₹]|eur\b|euro|usd|dollars?|francs?|chf|kr\b|руб|рублей))/;

/** Addressing the reader while the publisher speaks of itself: the voice of an appeal. */
export function appealVoice(b: BlockFeatures): number {
  if (b.words < 4) return 0;
  const you = b.count('secondPerson');
  const we = b.count('firstPersonPlural');
  return you > 0 && we > 0 ? Math.min(1, ((you + we) * 8) / b.words) : 0;
}

/**
 * A sum is an ask's when the block speaks as "we" or to "you", is a short line ("From $5 a month",
 * "Oferta: 1 € el primer mes."; under eight words, or twelve and no sentence), or opens a sentence
 * or clause with a donation's or an offer's phrase ("Please donate $5", "Subscribe: $1 a week"); a
 * report names sums in the third person ("The billionaire pledged to donate $50 million", "Viewers
 * can donate £5 by texting FLOOD").
 */
export function moneyAsks(b: BlockFeatures): boolean {
  if (speaksAsWeOrToYou(b) || b.words < 8 || (b.words < 12 && !endsLikeSentence(b.text))) return true;
  return phraseOpensAClause('donationAsk', b.lower) || phraseOpensAClause('subscriptionOffer', b.lower);
}

export const donationRules = rulesFor('donation_appeal', [
  {
    id: 'donation-hint',
    weight: 1,
    reason: 'Named as a donation or support box by the page.',
    test: (b) => DONATION_HINT.test(b.hints) && b.words < 400,
    fixture: { html: '<div class="support-us-box"><p>Support our newsroom.</p></div>', where: 'article' },
  },
  {
    id: 'donation-ask',
    weight: 0.7,
    reason: 'Asks readers to donate, contribute or support the publication.',
    test: (b) => {
      const asks = b.count('donationAsk');
      if (asks === 0) return 0;
      // Long narrative paragraphs that merely mention donations need more than one ask.
      const density = asks / Math.max(1, b.words / 40);
      // A "Donate" or "Become a member" button set in the body asks as plainly as a box, as does
      // its label of three words or fewer without the link ("Donate now", an aggregator's copy),
      // and a short line or box that links to it and speaks of support ("Your support matters.
      // Donate now"); a report of a donation seldom has its link and "support" in a dozen words.
      const button = buttonLine(b) || (b.words <= 3 && !endsLikeSentence(b.text));
      // So does a sentence that opens with the ask and speaks as "we" or to "you" ("Help us fund
      // independent journalism …", "Donate today and keep our newsroom going."), unless it offers a
      // subscription too (the offer's rules name it): a report says who asked, even "we" ("…, we
      // were told", "…, wirbt der Verband"), or asks for something else ("Donate blood at the town
      // hall on Friday.").
      const opensWithAsk = !button && b.words <= 40 && b.count('subscriptionOffer') + b.count('speechVerb') === 0 && speaksAsWeOrToYou(b) && phraseOpensAClause('donationAsk', b.lower);
      return Math.min(2.2, asks * Math.min(1, density + 0.2) * (button || opensWithAsk ? 2 : b.words < 12 && b.stats.links && b.count('donationSupport') ? 1.5 : 1));
    },
    fixture: { html: '<p>If you value our reporting, please support us monthly from just $2. Donate now.</p>', where: 'article' },
  },
  {
    id: 'donation-support-words',
    weight: 0.3,
    reason: 'Speaks of readers\' support for the publication\'s journalism.',
    test: (b) => (b.count('donationSupport') >= 2 && b.words < 150 ? Math.min(2, b.count('donationSupport') / 2) : 0),
    fixture: { html: '<p>Your support keeps our independent journalism going. Thank you for supporting our work.</p>', where: 'article' },
  },
  {
    id: 'donation-money-ask',
    weight: 0.4,
    reason: 'Names an amount of money to give.',
    test: (b) => b.words < 120 && (b.count('donationAsk') > 0 || b.count('donationSupport') > 0) && MONEY.test(b.lower) && moneyAsks(b),
    fixture: { html: '<p>Please donate $5 today to support independent reporting.</p>', where: 'article' },
  },
  {
    id: 'appeal-voice',
    weight: 0.4,
    reason: 'Speaks to the reader ("you") about the publication ("we") while asking for support.',
    test: (b) => (b.count('donationAsk') + b.count('donationSupport') > 0 && b.words < 150 ? appealVoice(b) : 0),
    fixture: { html: '<p>We need you. Please support us: your support makes our work possible, and we thank you.</p>', where: 'article' },
  },
  {
    id: 'appeal-opener',
    weight: 0.6,
    reason: 'Opens a message from the publisher to its readers ("Dear readers", "A message from …").',
    // Inside the article only, as appeal-closer: outside, "Dear readers, please follow the rules" or a
    // "Weiter" button alone is no appeal (they join a run of one, appeal-runs.ts, inside).
    test: (b) => b.inside && b.words <= 12 && b.count('appealOpener') > 0 && /^\W*\p{L}/u.test(b.lower) && startsWithPhrase(b, 'appealOpener'),
    fixture: { html: '<p>Dear readers,</p><p>We need your help to keep reporting. Please support us.</p>', where: 'article' },
  },
  {
    id: 'appeal-closer',
    weight: 0.5,
    reason: 'A button or line of an appeal ("Remind me later", "Not now", payment methods).',
    test: (b) => b.inside && b.words <= 6 && b.count('appealCloser') > 0,
    fixture: { html: '<p>Please support us monthly; every contribution counts.</p><p>Remind me later.</p>', where: 'article' },
  },
  {
    id: 'donation-ask-line',
    weight: 1.2,
    reason: 'A short line made of nothing but a request for support ("Give monthly", "Help us keep our reporting free for all readers").',
    test: (b) => askLine(b) === 'donation',
    fixture: { html: '<p>Help us keep our reporting free for all readers.</p>', where: 'article' },
  },
]);
