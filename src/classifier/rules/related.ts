import { endsLikeSentence, isHeadingTag, onlyShortWordBefore, startsWithPhrase, type BlockFeatures } from '../features.js';
import { phraseEndingAt } from '../phrases/scan-all.js';
import { rulesFor, tokenHint } from './types.js';

const RELATED_HINT = tokenHint(
  '*related*|*recommend*|more-?stories|more-?articles|more-?from*|more-?news|read-?next|up-?next|next-?article|most-?(read|popular|viewed|shared)|mostread|popular*|trending*|also-?read|read-?also|further-?reading|more-?on-?this*|latest*|headlines|story-?list|article-?list|teaser-?list|teasers|card-?list|post-?list|river|feed|outbrain*|taboola*|recirc*|see-?also|suggest*|weitere*|mehr-?zum-?thema',
);

/**
 * The most words a teaser list's heading, or its label set as a paragraph, has: "Das könnte Sie
 * auch interessieren", German's stock one, has five.
 */
const MAX_TEASER_LABEL_WORDS = 5;

/** "Read more: <headline>" without its link: the text before the colon is a teaser phrase, and no sentence follows. */
function unlinkedTeaser(b: BlockFeatures): boolean {
  const colon = b.lower.indexOf(':');
  if (colon < 0 || colon > 30 || b.words > 20 || endsLikeSentence(b.text)) return false;
  const label = b.lower.slice(0, colon).replace(/^[^\p{L}]+/u, '').trimEnd();
  return onlyShortWordBefore(label, phraseEndingAt('related', label));
}

export const relatedRules = rulesFor('related', [
  {
    id: 'related-hint',
    weight: 1,
    reason: 'Named as related or recommended stories by the page.',
    // In the article, only with a link: a list of the article's own points may be named a list
    // of posts ("postList"), and a teaser leads somewhere.
    test: (b) => RELATED_HINT.test(b.hints) && (!b.inside || b.stats.links > 0),
    fixture: { html: '<aside class="related-stories"><a href="/x">Another story about the budget</a></aside>', where: 'page' },
  },
  {
    id: 'related-headline-links',
    weight: 1,
    reason: 'A list of links to other articles.',
    test: (b) => {
      if (b.linkDensity < 0.55) return false;
      const links = b.stats.links || (b.tag === 'A' ? 1 : 0);
      return links >= 2 && b.stats.linkLength / links >= 22;
    },
    fixture: {
      html: '<ul><li><a href="/1">Minister resigns after weeks of pressure over spending</a></li><li><a href="/2">Storm leaves thousands without power across the region</a></li></ul>',
      where: 'page',
    },
  },
  {
    id: 'related-teaser-cards',
    weight: 1,
    reason: 'Teaser cards: linked headlines of other articles with short blurbs.',
    test: (b) => {
      if (b.inside || b.words > 600) return false;
      const linked = b.stats.linkedHeadings + b.stats.linkedMinorHeadings;
      return linked >= 3 && b.linkDensity >= 0.3;
    },
    fixture: {
      html: '<section><h3><a href="/1">Bridge to stay closed until August</a></h3><p>Engineers found corrosion.</p><h3><a href="/2">School meals to cost more</a></h3><p>Costs rose.</p><h3><a href="/3">Night bus trial extended</a></h3><p>Two routes.</p></section>',
      where: 'page',
    },
  },
  {
    id: 'related-heading',
    weight: 1,
    reason: 'Teasers for other articles ("Read also", "More on this").',
    test: (b) => {
      // Linked teasers, or the heading over a list of them ("Related stories", "Mehr zum Thema"),
      // which fires twice as strong: the body's headings have two rules of their own. An
      // aggregator's copy drops the link and keeps the line: a teaser phrase and a colon, then a
      // headline, not a sentence ("Read more: Council delays vote on housing plan").
      // A short label set as a paragraph, no link in it and no sentence, stands as a heading does
      // ("<p>Trending now</p>", "<p>You may also like</p>" over a list whose links an aggregator
      // kept, or dropped); so does one of up to eight words that ends in a colon ("MORE FROM THE
      // DAILY TIDE:").
      const short = b.words <= MAX_TEASER_LABEL_WORDS;
      const label = b.inside && b.tag === 'P' && !b.stats.links && (short ? !/[.!?…]$/.test(b.text) : b.words <= 8 && /:$/.test(b.text));
      const heading = (short && isHeadingTag(b.tag)) || label;
      if (b.words > 60 || (b.linkDensity < 0.25 && !heading && !unlinkedTeaser(b))) return false;
      // A teaser phrase opens it ("Most read", "Related stories", "À lire aussi"), not only holds one.
      return startsWithPhrase(b, 'related', true) && (heading ? 2 : 1);
    },
    fixture: { html: '<p>Read also: <a href="/other">Parliament votes on the new budget</a></p>', where: 'article' },
  },
  {
    // "► Council approves new bus lanes", "» Stadtrat beschließt neue Busspuren": a paragraph of the
    // body that is one linked headline and nothing else teases another article, whatever sign
    // leads it. Not a heading (a list article links its items' headings) nor a sentence.
    id: 'related-lone-headline',
    weight: 1,
    reason: 'A lone link to another article, set as a paragraph of its own.',
    test: (b) => b.inside && b.tag === 'P' && b.stats.links === 1 && b.linkDensity > 0.9 && b.words >= 5 && b.words <= 25 && !endsLikeSentence(b.text),
    fixture: { html: '<p>► <a href="/other">Council approves new bus lanes after a year of delays</a></p>', where: 'article' },
  },
  {
    id: 'related-aside-links',
    weight: 1,
    reason: 'A box set aside from the article text, linking elsewhere.',
    test: (b) => b.tag === 'ASIDE' && b.linkDensity >= 0.3 && b.words < 80,
    fixture: { html: '<aside><h2><a href="/other">Third of staff report bullying at the university</a></h2></aside>', where: 'article' },
  },
  {
    id: 'related-read-more-link',
    weight: 1.2,
    reason: 'Only a link to read the article somewhere else.',
    test: (b) => b.words <= 6 && b.count('readMoreLink') > 0 && b.lower.replace(/[\d\s]+$/, '').length <= 40,
    fixture: { html: '<p><a href="https://example.com/story">Read Entire Article</a></p>', where: 'article' },
  },
]);
