import { askLine } from '../ask-line.js';
import { buttonLine, hasQuotationMark, startsWithPhrase, statementInArticle, wrapsOneButton } from '../features.js';
import { rulesFor, tokenHint } from './types.js';

const SOCIAL_HINT = tokenHint('*share*|sharing|*social*|follow-?us|addthis*|shariff*|sharethis*|a2a[a-z_-]*|teilen');

export const socialRules = rulesFor('social_share', [
  {
    id: 'social-hint',
    weight: 1,
    reason: 'Named as share or follow buttons by the page.',
    test: (b) => SOCIAL_HINT.test(b.hints) && b.words < 40,
    fixture: { html: '<div class="share-buttons"><a href="#">Facebook</a><a href="#">X</a></div>', where: 'article' },
  },
  {
    id: 'social-buttons',
    // Share links are short links too: outvote the menu rule that also fires on them.
    weight: 1.2,
    reason: 'Buttons to share the article or follow the publisher.',
    // One phrase is enough on a button; the DOM is read (is it one?) only for a line that has one.
    // A longer row of links that opens with a share phrase and has one every few words is one too:
    // a blog's buttons spell themselves out ("Share this: Click to share on Facebook (Opens in new
    // window) …"); a row of topic links with the buttons after them is the topics'.
    test: (b) => {
      const social = b.count('social');
      return (b.words <= 20 || (b.linkDensity > 0.8 && social * 8 >= b.words && startsWithPhrase(b, 'social'))) && social > 0 && (social >= 2 || buttonLine(b) || b.tag === 'BUTTON' || wrapsOneButton(b)) && !statementInArticle(b);
    },
    fixture: { html: '<div><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>', where: 'article' },
  },
  {
    id: 'social-sign-off',
    weight: 1,
    reason: 'A closing line that thanks the reader and asks them to share the post.',
    // Opens as a note to the reader ("Thanks for reading …", "Enjoyed this story?") and asks to
    // share and nothing else: a line that also asks for money is the appeal's.
    test: (b) => b.inside && b.words <= 30 && b.count('social') > 0 && b.count('donationAsk') === 0 && startsWithPhrase(b, 'appealOpener') && !hasQuotationMark(b),
    fixture: { html: '<p>Thanks for reading! This post is public, so feel free to share it.</p>', where: 'article' },
  },
  {
    id: 'social-ask-line',
    // Below the follow line's rule (other-author-contact), which names "Follow us on Facebook" too.
    weight: 1,
    reason: 'A short line made of nothing but a share or follow button ("Share this article").',
    // An aggregator's copy of the buttons: their links gone, their words kept.
    test: (b) => askLine(b) === 'social',
    fixture: { html: '<p>Share this article</p>', where: 'article' },
  },
]);
