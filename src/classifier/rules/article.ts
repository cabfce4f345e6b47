import { endsLikeSentence, isPicture, type BlockFeatures } from '../features.js';
import { firstPhraseAt, phraseMatches } from '../phrases/scan-all.js';
import { hiddenByMarkup } from './other.js';
import { rulesFor, tokenHint } from './types.js';

/** No appeal or offer in it: an ask beside the article is not the article's own text. */
function asksNothing(b: BlockFeatures): boolean {
  return b.count('donationAsk') + b.count('subscriptionOffer') + b.count('paywallWall') + b.count('newsletter') + b.count('appealOpener') === 0;
}

/**
 * A speaker who is the writer or the reader: "Last year, we said …" is an appeal's own voice. Read
 * with the books' "we" and "you" words, not a pattern of every language's pronouns.
 */
const writerOrReader = (speaker: string): boolean => (['firstPersonPlural', 'secondPerson'] as const).some((list) => firstPhraseAt(list, speaker.replace(/^— /, '')) === 0);
/** After the speech verb: the speaker or more of the clause, then the sentence's end. */
const CLAUSE_END = /^(?: [^.!?]{0,80})?[.!?]["”»]?$/;

/** A class or id that names a headline's deck ("dek", "subtitle", "standfirst", "article-summary"). */
const DECK_HINT = tokenHint('*(dek|deck|subtitle|subhead|subheadline|standfirst|strapline|summary|excerpt|lede)*');

/**
 * What the article says someone said, after a comma: ", the company said.", ", sagte der
 * Chefredakteur in seiner Rede.", ", a déclaré le maire.", ", — заявил мэр.": a speech verb of
 * the page's language (the books' speechVerb lists), at most 40 characters of speaker before it
 * and nothing after it but the rest of the clause. Read in the paragraph's last 130 characters.
 */
function namesItsSpeaker(b: BlockFeatures): boolean {
  if (b.words > 80 || b.count('speechVerb') === 0) return false;
  const tail = b.lower.slice(-130);
  return phraseMatches('speechVerb', tail).some(([start, end]) => {
    const comma = tail.lastIndexOf(', ', start);
    const speaker = tail.slice(comma + 2, start);
    return comma >= 0 && speaker.length <= 40 && !/[,.!?]/.test(speaker) && !writerOrReader(speaker) && CLAUSE_END.test(tail.slice(end));
  });
}

export const articleRules = rulesFor('article', [
  {
    id: 'article-paragraph',
    weight: 0.7,
    reason: 'A paragraph of the article body.',
    test: (b) => b.inside,
    fixture: { html: '<p>The council met on Tuesday.</p>', where: 'article' },
  },
  {
    id: 'article-prose',
    weight: 0.5,
    reason: 'Long, linked-little prose, as article paragraphs are.',
    test: (b) => b.inside && b.words >= 30 && b.linkDensity < 0.3 && endsLikeSentence(b.text),
    fixture: {
      html: '<p>The council met on Tuesday to discuss the budget, which has grown by a third since last year, and voted to delay the decision until the spring, when new figures from the treasury are expected to arrive.</p>',
      where: 'article',
    },
  },
  {
    id: 'article-quote',
    weight: 1,
    reason: 'A quotation with who said it, as an article reports speech.',
    // Opens with a quotation mark, and a closing one is followed by who spoke, in lower case:
    // `"…," the mayor said`, `‘…,’ she said`, `„…“, sagte er`, `»…«, sagte er`, `« … », a déclaré`,
    // `«…», — сказал`. An appeal speaks for itself; the article quotes someone ("We need your
    // support," the mayor told them).
    test: (b) => b.inside && /^["“„«»‘].*["”“»«’],? (— )?\p{Ll}/u.test(b.text),
    fixture: { html: '<p>“We need your support,” the mayor told residents at the meeting.</p>', where: 'article' },
  },
  {
    id: 'article-attributed',
    weight: 2,
    reason: 'A sentence that ends by saying who said it, as an article reports speech.',
    // Outweighs a wall's or an ask's words in it ("Only subscribers can see the new feature, the
    // company said."): the article reports them; an appeal or a wall speaks for itself.
    test: (b) => b.inside && namesItsSpeaker(b),
    fixture: { html: '<p>Only subscribers can see the new feature, the company said.</p>', where: 'article' },
  },
  {
    id: 'article-heading',
    weight: 0.6,
    reason: 'A heading inside the article body.',
    test: (b) => b.inside && /^H[2-6]$/.test(b.tag) && !b.afterArticle,
    fixture: { html: '<h2>What happens next</h2>', where: 'article' },
  },
  {
    id: 'article-media',
    weight: 0.6,
    reason: 'A picture or figure of the article.',
    // Or its lead picture, between the headline and the body, outside the body's box.
    test: (b) => (b.inside || (b.nearContainer && b.beforeArticle)) && isPicture(b) && b.words < 60,
    fixture: { html: '<figure><img src="https://example.com/a.jpg" alt=""><figcaption>The town hall.</figcaption></figure>', where: 'article' },
  },
  {
    id: 'article-title',
    weight: 5,
    reason: 'The article\'s headline.',
    test: (b) => b.role === 'title',
    fixture: { html: '', where: 'article' },
  },
  {
    id: 'article-byline',
    weight: 5,
    reason: 'The article\'s byline and date.',
    test: (b) => b.role === 'byline',
    fixture: { html: '<p>By Jane Doe | 2024-11-18</p>', where: 'article' },
  },
  {
    id: 'article-split-body',
    weight: 1.2,
    reason: 'Prose beside the article container: the article body continues here.',
    test: (b) =>
      !b.inside &&
      b.nearContainer &&
      !hiddenByMarkup(b.element) &&
      b.words >= 25 &&
      b.linkDensity < 0.25 &&
      (b.stats.commas >= 1 || endsLikeSentence(b.text)) &&
      asksNothing(b) &&
      b.count('comments') < 2,
    fixture: { html: '<div><p>The second half of the report, published separately, found that spending on roads had doubled, while spending on schools had fallen for a third year in a row, the auditors said.</p></div>', where: 'page' },
  },
  {
    id: 'article-standfirst',
    weight: 1.2,
    reason: 'A sentence or two between the headline and the article body: its summary.',
    test: (b) =>
      !b.inside &&
      b.nearContainer &&
      b.beforeArticle &&
      !hiddenByMarkup(b.element) &&
      b.words >= 12 &&
      b.words < 80 &&
      b.linkDensity < 0.2 &&
      endsLikeSentence(b.text) &&
      asksNothing(b),
    fixture: { html: '<p>The harbour board says the work will take a year and cost two million pounds.</p>', where: 'before' },
  },
  {
    id: 'article-subtitle',
    weight: 1.2,
    // Decks are written as headlines, with no full stop: the standfirst's test would miss them.
    reason: 'The line right after the headline, beside the article: its subtitle.',
    test: (b) =>
      !b.inside &&
      b.nearContainer &&
      b.beforeArticle &&
      b.role === 'none' &&
      b.element.previousElementSibling?.tagName === 'H1' &&
      // A heading, or a box of them, or named a deck by the page; not a dateline or a label.
      (/H[23]/.test(b.tag + b.element.firstElementChild?.tagName) || DECK_HINT.test(b.hints)) &&
      b.words >= 3 &&
      b.words < 60 &&
      b.linkDensity < 0.2 &&
      asksNothing(b),
    // The headline is the fixture page's title (its <title>), so it is this h1, not the article's copy.
    fixture: { html: '<div><h1>Harbour Town Council Delays Vote on the New Ferry Terminal</h1><h2>Fishermen fear losing the only sheltered mooring in the bay</h2></div>', where: 'before' },
  },
]);
