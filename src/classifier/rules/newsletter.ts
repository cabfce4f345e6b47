import { askLine } from '../ask-line.js';
import { phraseOpensAClause, speaksAsWeOrToYou, startsWithPhrase } from '../features.js';
import { rulesFor, tokenHint } from './types.js';

const NEWSLETTER_HINT = tokenHint('*newsletter*|*signup*|sign-?up*|email-?(capture|signup|form|optin|promo)*|*optin*|opt-in|mailchimp*|mc4wp*|nl-?(box|signup|teaser|promo|form)|*nletter*|*nyhetsbrev*|*boletin*');

/** Names a newsletter, or stories sent to the reader's inbox or by e-mail, in each book's language. */
export const NAMES_NEWSLETTER = /newsletter|nyhetsbrev|boletín|рассылк|lettre d|boîte|inbox|postfach|(by|via) e-?mail/;


export const newsletterRules = rulesFor('newsletter', [
  {
    id: 'newsletter-hint',
    weight: 1.2,
    reason: 'Named as a newsletter sign-up by the page.',
    test: (b) => NEWSLETTER_HINT.test(b.hints) && b.words < 300,
    fixture: { html: '<div class="newsletter-box"><p>Our morning briefing.</p></div>', where: 'article' },
  },
  {
    id: 'newsletter-form',
    weight: 1.2,
    reason: 'A form asking for the reader\'s e-mail address.',
    test: (b) => b.words < 150 && b.stats.emailInputs > 0,
    fixture: { html: '<form><label>Get our daily email</label><input type="email" placeholder="you@example.com"><button>Go</button></form>', where: 'article' },
  },
  {
    id: 'newsletter-text',
    weight: 0.6,
    reason: 'Invites the reader to sign up for a newsletter.',
    test: (b) => {
      if (b.words > 120) return 0;
      const hits = b.count('newsletter');
      // The offer must name what it is, or open with the ask: "Sign up for our free daily briefing.",
      // "… receive new posts by email", not a report that somebody was told to sign up.
      if (hits === 0 || !(NAMES_NEWSLETTER.test(b.lower) || b.lower.startsWith('sign up'))) return 0;
      // A sentence of twelve words or more that speaks neither to the reader nor for the publisher,
      // and puts no sign-up phrase at the head of a clause, reports one ("Subscribers can sign up for
      // the newsletter on the council's website until the end of May."); an ask says "you" or "our",
      // or opens with the ask ("Get the day's headlines every morning: sign up for the Brief.").
      if (b.words >= 12 && !speaksAsWeOrToYou(b) && !phraseOpensAClause('newsletter', b.lower)) return 0;
      // A line of a few words that offers it ("Subscribe to our newsletter!", "Abonnez-vous à notre
      // newsletter.") needs no second phrase. Not a "we" or "you": "She told us the newsletter closed."
      // Longer, it must speak to the reader ("Dann abonnieren Sie unseren kostenlosen Newsletter
      // und erhalten Sie …"); a post's sign-off that names it says enough ("Thank you for reading!
      // If you enjoyed this story, consider subscribing to our weekly newsletter").
      const offers = (b.words < 12 || (b.words < 25 && b.count('secondPerson') > 0)) && b.count('subscriptionOffer') > 0;
      const signOff = startsWithPhrase(b, 'appealOpener');
      // So does a short line in which the publisher promises its stories to the reader's inbox
      // and ends on it ("Our best stories, every morning, in your inbox."): its "we" or "our" is
      // the publisher's. A report goes on after the inbox ("… land in your inbox every week.").
      const promises = b.words < 15 && /(inbox|postfach|boîte|bandeja|casella|caixa|почту|innboks)\P{L}*$/u.test(b.lower) && b.count('firstPersonPlural') > 0;
      return Math.min(2, hits * (b.words < 40 ? 1 : 0.6) + +offers + +promises + +signOff);
    },
    fixture: { html: '<p>Sign up for our newsletter to get the day\'s top stories in your inbox.</p>', where: 'article' },
  },
  {
    id: 'newsletter-ask-line',
    weight: 1.2,
    reason: 'A short line made of nothing but a newsletter sign-up ("Get the latest in your inbox").',
    test: (b) => askLine(b) === 'newsletter',
    fixture: { html: '<p>Sign up. Get the latest in your inbox.</p>', where: 'article' },
  },
]);
