import { askLine } from '../ask-line.js';
import { hiddenByAttributeOrStyle } from '../dom.js';
import { buttonLine, endsLikeSentence, isHeadingTag, speaksAsWeOrToYou, wrapsOneButton } from '../features.js';
import { leadsOffSite } from '../site-links.js';
import { rulesFor, tokenHint } from './types.js';

const OTHER_HINT = tokenHint(
  'author-?(bio|box|info|card|profile)*|about-?the-?author|login*|log-?in|signin|sign-?in|push-?*|notification*|toolbar|print*|tags|tag-?list|keywords|breaking*|ticker|modal|popup|popover*|overlay|sr-only|visually-?hidden|screen-?reader*|skip|hidden-?print|sidebar*|rail|aside|audio-?player|listen*|bookmark*|user-?(menu|nav|account)|account*|copyright|legal|disclaimer|correction|byline-?social',
);

/**
 * The block's first link leads to another site: a site's controls (gift, save, log-in) link to its
 * own pages, a charity's or a campaign's name ("Save the Children") to theirs.
 */
function linksOffSite(el: Element): boolean {
  return leadsOffSite(el.querySelector('a[href]')?.getAttribute('href') ?? '', el.ownerDocument);
}

/** Hidden by an attribute, an inline style or a conventional "hidden" class token. */
export function hiddenByMarkup(el: Element): boolean {
  return hiddenByAttributeOrStyle(el) || /(^|\s)(hidden|is-hidden|d-none|hide)(\s|$)/.test(el.getAttribute('class') ?? '');
}

export const otherRules = rulesFor('other', [
  {
    id: 'other-hint',
    weight: 1,
    reason: 'Page furniture: a log-in box, author box, toolbar or pop-up, by its name in the page.',
    test: (b) => OTHER_HINT.test(b.hints) && b.words < 80,
    fixture: { html: '<div class="author-bio"><p>Jane Doe writes about cities.</p></div>', where: 'page' },
  },
  {
    id: 'aside-in-article',
    weight: 1,
    reason: 'An aside in the article with no picture: a story card, a pull quote or a side box.',
    test: (b) => b.inside && b.tag === 'ASIDE' && b.words < 80 && b.stats.media === 0,
    fixture: { html: '<aside class="card"><h2>Third of staff have experienced bullying, survey finds</h2></aside>', where: 'article' },
  },
  {
    id: 'other-account-prompt',
    weight: 0.8,
    reason: 'A short line of site furniture: log-in, account, copyright, contact or reading time.',
    test: (b) => b.words <= 25 && b.count('other') > 0 && !endsLikeSentence(b.text),
    fixture: { html: '<div><a href="/login">Log in</a> <a href="/account">My account</a></div>', where: 'page' },
  },
  {
    id: 'button-in-article',
    weight: 1,
    reason: 'A button in the article ("Listen to this article", "Share", "Save"): a control, not text.',
    // Readability drops the article's buttons too. Just decisive: a "Donate" or "Subscribe" button
    // the appeal and upsell rules name goes to them (a tie goes to the label listed first), and an
    // appeal run may claim one that closes it ("Remind me later": appeal-runs.ts, POSITIONAL). A
    // paragraph that holds one button and nothing else is the button; so is a lone link that names
    // a control of the site's ("<a>Gift article</a>", "<a>Log in</a>"; not one to another site,
    // "<a>Save the Children</a>"); either, when its words are the comments', a share's or an
    // ask's, is left to their rules ("2 Kommentare", "Share").
    test: (b) =>
      b.inside &&
      b.words <= 8 &&
      (b.tag === 'BUTTON' ||
        (((buttonLine(b) && b.count('other') > 0 && !linksOffSite(b.element)) || wrapsOneButton(b)) &&
          b.count('comments') + b.count('social') + b.count('donationAsk') + b.count('subscriptionOffer') + b.count('newsletter') + b.count('appealCloser') === 0)),
    fixture: { html: '<button>Gift this article</button>', where: 'article' },
  },
  {
    id: 'funding-note',
    weight: 1.5,
    reason: 'A note on who funds the coverage or partners in it, not the story.',
    // "The AP is solely responsible for all content" closes the note agencies put under funded
    // stories; "This story was produced in partnership with …" opens a partner's. A report that a
    // project "receives support from" a fund says neither. A shop's links fund the page too: an
    // affiliate disclosure says "we" earn a commission ("If you buy through our links, we may earn
    // a commission") or names affiliate links; a broker's commission on a sale is a report.
    test: (b) => b.inside && b.words <= 60 && b.count('fundingNote') > 0 && /solely responsible for|\bwe [^.]{0,12}(earn|receive) (a|an affiliate) commission|affiliate link|^this (story|article|report|reporting|project|series|coverage|investigation)\b/.test(b.lower),
    fixture: { html: '<p>The Associated Press receives support from several private foundations to enhance its coverage. The AP is solely responsible for all content.</p>', where: 'article' },
  },
  {
    id: 'copyright-line',
    weight: 1.5,
    reason: 'A copyright line: who owns the text, not the text.',
    // Opens with "©", or "Copyright" and a © or a year: no sentence of an article starts so (one
    // about copyright goes on in words, "Copyright law…"). Agencies' stories end with one in every
    // language ("© 2024 Reuters", "© Riproduzione riservata", "Copyright 2024 The Associated Press").
    // Not a picture whose only caption is its credit ("© AFP"): the photo is the article's.
    test: (b) => b.inside && b.words <= 40 && !b.stats.media && /^(©|copyright\W+(©|\d{4}))/.test(b.lower),
    fixture: { html: '<p>Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>', where: 'article' },
  },
  {
    id: 'short-label-line',
    weight: 1,
    reason: 'A short label before the article starts ("Truth", "5 min read"), not a sentence of it.',
    // One or two words, or up to five that name site furniture (reading time, log-in, print).
    test: (b) => b.inside && b.beforeArticle && b.role === 'none' && b.words > 0 && (b.words <= 2 || (b.words <= 5 && b.count('other') > 0)) && !isHeadingTag(b.tag) && !endsLikeSentence(b.text),
    fixture: { html: '<p>Truth</p>', where: 'article' },
  },
  {
    id: 'short-line-after-article',
    weight: 1,
    reason: 'A short line after the article has ended, not a sentence.',
    // Not a table without links: the article's own table of figures, which ends many a report
    // (tags, credits and buttons link somewhere; a promo's points are a list, not a table). The
    // tags: TABLE, TBODY, TD, TH, TR.
    test: (b) => b.inside && b.afterArticle && b.words <= 8 && !endsLikeSentence(b.text) && !isHeadingTag(b.tag) && b.tag !== 'FIGURE' && (b.stats.links > 0 || !/^T[ABDHR]/.test(b.tag)),
    fixture: { html: '<p>Tags: politics, budget</p>', where: 'article' },
  },
  {
    id: 'other-author-contact',
    weight: 1.2,
    reason: 'A line on how to follow the publication or its author, or to reach them.',
    // After the article, or on a line of site furniture that speaks as "we" or to "you", or asks
    // ("Have a news tip? Email us at tips@…", "Contact us at …", "Hai una segnalazione? Scrivici
    // a …"), an e-mail address: not a sentence of the story that mentions one ("The tip line at
    // tips@… took 200 calls, police said."). Anywhere in it, a line that opens by asking to follow
    // ("Follow us on Google News", "Folgen Sie uns", "Síguenos", "Seguici") or to subscribe to a
    // channel ("Abonnieren Sie unseren WhatsApp-Kanal", "Subscribe to our YouTube channel") and
    // names a network, a channel or a follow phrase. Only the verbs' asking forms: "Folgen für …"
    // (consequences), "Sigue la polémica" (it goes on), "Follow-up" open reports.
    test: (b) =>
      b.inside &&
      b.words <= 40 &&
      (((b.afterArticle || (b.words <= 25 && b.count('other') > 0 && (speaksAsWeOrToYou(b) || b.text.includes('?')))) && /\S@[\w-]+\.\w/.test(b.lower)) || (/^[^\p{L}\p{N}]*(follow |suivez|folgen sie|síg|seguic|siga|følg |(subscribe to|join) our |abonnieren sie |abonnez-vous à notre |únete a nuestro |iscriviti al nostro |junte-se ao nosso |подписывайтесь на )/u.test(b.lower) && (b.count('social') > 0 || /channel|kanal|chaîne|canal|youtube|instagram|tiktok|telegram/.test(b.lower)))),
    fixture: { html: '<p><em>Jane Doe can be reached at jane.doe@example.com.</em></p>', where: 'article' },
  },
  {
    id: 'podcast-promo',
    weight: 1.2,
    reason: "A promotion of the publication's podcast, not the story.",
    // Speaks to the reader or of "our" podcast, or is a link button, and says where to listen ("…
    // on Apple Podcasts or Spotify", "wherever you get your podcasts"); a report on a podcast does
    // neither, and a quotation opens with its mark (a podcast's name in quotes may stand inside).
    test: (b) =>
      b.inside &&
      b.words <= 40 &&
      /podcast/.test(b.lower) &&
      (speaksAsWeOrToYou(b) || buttonLine(b)) &&
      /apple podcasts|spotify|deezer|wherever you (get|listen)|überall, wo es podcasts gibt|dans votre application|donde escuches/.test(b.lower) &&
      !/^["“„«»‘]/.test(b.text),
    fixture: { html: '<p>Listen to our daily podcast, The Briefing, on Apple Podcasts, Spotify or wherever you get your podcasts.</p>', where: 'article' },
  },
  {
    id: 'account-prompt-line',
    weight: 1.2,
    reason: 'A short line made of nothing but a log-in or account prompt ("Already have an account? Sign in").',
    test: (b) => askLine(b) === 'other',
    fixture: { html: '<p>Already have an account? Sign in</p>', where: 'article' },
  },
  {
    id: 'hidden-by-page',
    // Stronger than any article rule: what the page hides is not what the reader reads.
    weight: 2,
    reason: 'Hidden by the page itself (a prompt or a copy shown only in some cases), not article text.',
    test: (b) => b.inside && hiddenByMarkup(b.element),
    fixture: { html: '<div class="prompt hidden"><p>Sign in to unlock more articles.</p></div>', where: 'article' },
  },
  {
    id: 'page-furniture',
    // A fallback label for what is outside the article; too weak to outvote any real rule.
    weight: 0.1,
    reason: 'Outside the article and not part of it.',
    test: (b) => !b.inside && b.role === 'none',
    fixture: { html: '<div><p>Example News is published by Example Media Ltd.</p></div>', where: 'page' },
  },
]);
