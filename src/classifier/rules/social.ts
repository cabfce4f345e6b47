import { buttonLine } from '../features.js';
import { rulesFor, tokenHint } from './types.js';

const SOCIAL_HINT = tokenHint('[a-z-]*share[a-z-]*|sharing|[a-z-]*social[a-z-]*|follow-?us|addthis[a-z-]*|shariff[a-z-]*|sharethis[a-z-]*|a2a[a-z_-]*|teilen');

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
    // In the article, not a statement: a sentence about the networks ("Facebook and Twitter
    // declined to comment.") is the article's, and hiding its text is the worse mistake.
    test: (b) => b.words <= 20 && b.count('social') >= (buttonLine(b) ? 1 : 2) && !(b.placement === 'inside' && /\.$/.test(b.text)),
    fixture: { html: '<div><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>', where: 'article' },
  },
]);
