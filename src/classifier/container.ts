import { HEADLINE_LIST, NO_PROSE, TOO_LITTLE_PROSE, type Absent } from './absent-reasons.js';
import { INVISIBLE_TAGS } from './dom.js';
import { rememberAnswers } from './rules/types.js';
import { hintsIn, hintsOf, linkDensity, statsOf, tagIn, type StatsTable } from './stats.js';

/**
 * Finding the article container, after Readability: every paragraph scores for its parent and,
 * less, for its grandparents; class names nudge the score; link-heavy candidates lose. Each
 * threshold is a named constant so that a change to one is a change to this table.
 */
export const CONTAINER = {
  /** Paragraphs shorter than this (characters) do not vote. */
  minParagraphChars: 25,
  /** Paragraphs more linked than this do not vote (teasers, menus). */
  maxParagraphLinkDensity: 0.5,
  /** How many ancestor levels a paragraph's score reaches. */
  ancestorLevels: 5,
  /** Bonus or malus for a candidate's class and id. */
  hintWeight: 25,
  /**
   * A page needs this much paragraph text in its best candidate to have an article. A news brief
   * or the free part of a walled story is two paragraphs of some 300 characters (400 read those as
   * "no article"); a front page's blurbs are single paragraphs beside lists, which the paragraph
   * count and the teaser-list check turn away.
   */
  minArticleChars: 250,
  /** …and at least this many voting paragraphs. */
  minArticleParagraphs: 2,
  /** Linked headings that make a container a list of teasers… */
  minTeaserHeadings: 4,
  /** …unless it has at least this much paragraph text (characters) per linked heading. */
  proseCharsPerLinkedHeading: 150,
  /** A paragraph at least this long (characters) counts as long prose. */
  longParagraphChars: 200,
} as const;

/** Class/id words that make an element unlikely to hold the article (its paragraphs do not vote). */
export const UNLIKELY_HINT = rememberAnswers(
  /(^|[^a-z])(comment|comments|disqus|footer|sidebar|side-bar|related|recommend|newsletter|cookie|consent|nav|navbar|menu|share|social|promo|sponsor|advert|ad-slot|banner|popup|modal|teaser-list|most-read|outbrain|taboola|breadcrumb|masthead|skip|author-bio|paywall-promo)([^a-z]|$)/);

export const POSITIVE_HINT = rememberAnswers(/(^|[^a-z])(article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|articlebody|article-body|story-body|post-content|entry-content|rich-text|prose)([^a-z]|$)/);
export const NEGATIVE_HINT = rememberAnswers(/(^|[^a-z])(hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|teaser|newsletter|recommend|popular|trending|nav|menu)([^a-z]|$)/);

const VOTING_TAGS = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE']);
const TEXT_CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'SPAN', 'FONT', 'CENTER', 'BODY']);

export interface ContainerResult {
  element: Element | null;
  /** Characters of voting paragraph text inside the chosen container. */
  paragraphChars: number;
  paragraphs: number;
  /** Why no article was found; null when one was. */
  absent: Absent | null;
}

function hintScore(el: Element, table: StatsTable): number {
  const hints = hintsIn(table, el);
  let score = 0;
  if (hints) {
    if (POSITIVE_HINT.test(hints)) score += CONTAINER.hintWeight;
    if (NEGATIVE_HINT.test(hints)) score -= CONTAINER.hintWeight;
  }
  const tag = tagIn(table, el);
  if (tag === 'ARTICLE' || tag === 'MAIN') score += CONTAINER.hintWeight / 2;
  if (el.getAttribute('itemprop') === 'articleBody') score += CONTAINER.hintWeight * 2;
  return score;
}

/**
 * A front page's best "container" is a grid of teaser cards: linked headlines, each with a
 * one-line blurb. An article (even a link round-up) has more prose per linked heading.
 */
function isTeaserList(container: Element, table: StatsTable, paragraphChars: number): boolean {
  const { linkedHeadings } = statsOf(table, container);
  return linkedHeadings >= CONTAINER.minTeaserHeadings && paragraphChars < linkedHeadings * CONTAINER.proseCharsPerLinkedHeading;
}

export function findContainer(body: Element, table: StatsTable): ContainerResult {
  const scores = new Map<Element, number>();
  const paragraphText = new Map<Element, { chars: number; count: number; long: number }>();
  // The stats pass listed every element in document order, each followed by its descendants:
  // skipping a subtree is a jump, and no DOM property is read again.
  const inOrder = table.inOrder ?? [];
  const bodyText = statsOf(table, body).textLength;
  for (let i = 0; i < inOrder.length; i++) {
    const stats = inOrder[i]!;
    const el = stats.element;
    const tag = stats.tag;
    // What the reader never sees has no descendants in the list; an unseen root has no article.
    if (INVISIBLE_TAGS.has(tag)) {
      if (el === body) break;
      continue;
    }
    // Too little text for a voting paragraph, in it or under it: nothing here votes, and its
    // class names (read only when asked for) need not be read.
    if (stats.textLength < CONTAINER.minParagraphChars) {
      i += stats.elements;
      continue;
    }
    // A wrapper of nearly the whole page is no menu or sidebar, whatever a class name says
    // (BBC wraps its pages in "blq-int-nav").
    const wrapsPage = stats.textLength >= bodyText * 0.9;
    if (el !== body && (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || (tag !== 'ARTICLE' && tag !== 'MAIN' && !wrapsPage && UNLIKELY_HINT.test(hintsOf(stats)) && !POSITIVE_HINT.test(hintsOf(stats))))) {
      i += stats.elements;
      continue;
    }
    const votes = VOTING_TAGS.has(tag) || (TEXT_CONTAINER_TAGS.has(tag) && stats.directText >= 40);
    if (!votes || stats.textLength < CONTAINER.minParagraphChars || linkDensity(stats) > CONTAINER.maxParagraphLinkDensity) continue;
    const score = 1 + Math.min(stats.commas, 10) + Math.min(Math.floor(stats.textLength / 100), 3);
    let ancestor = tag === 'TD' || TEXT_CONTAINER_TAGS.has(tag) ? el : stats.parent;
    for (let level = 0; ancestor && level < CONTAINER.ancestorLevels; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / divider);
      const text = paragraphText.get(ancestor) ?? { chars: 0, count: 0, long: 0 };
      text.chars += stats.textLength;
      // Loose text (paragraphs set apart by <br>s) has no paragraph elements to count: an
      // article's length of it in a block counts as the paragraphs an article needs. Not in the
      // body itself: text straight in the body is a plain-text file, with nothing to clean.
      text.count += tag !== 'BODY' && TEXT_CONTAINER_TAGS.has(tag) && stats.directText >= CONTAINER.minArticleChars ? CONTAINER.minArticleParagraphs : 1;
      if (stats.textLength >= CONTAINER.longParagraphChars) text.long += 1;
      paragraphText.set(ancestor, text);
      if (ancestor === body) break;
      ancestor = statsOf(table, ancestor).parent;
    }
  }

  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, raw] of scores) {
    const score = (raw + hintScore(el, table)) * (1 - linkDensity(statsOf(table, el)));
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return { element: null, paragraphChars: 0, paragraphs: 0, absent: NO_PROSE };
  // A lone paragraph wins for its own parent; when the parent holds most of the paragraph
  // text of the grandparent, the grandparent is the article (split bodies, wrapped leads).
  let element = best;
  const own = paragraphText.get(element) ?? { chars: 0, count: 0, long: 0 };
  for (let parent = statsOf(table, element).parent; parent; parent = statsOf(table, parent).parent) {
    const wider = paragraphText.get(parent);
    const parentHints = hintsIn(table, parent);
    if (!wider || wider.chars < own.chars * 1.25 || NEGATIVE_HINT.test(parentHints) || linkDensity(statsOf(table, parent)) > 0.35) break;
    // Only climb when the extra paragraphs are article-like: the wider block is mostly prose.
    if (wider.chars < statsOf(table, parent).textLength * 0.5) break;
    element = parent;
    Object.assign(own, wider);
  }
  const text = paragraphText.get(element) ?? own;
  if (text.chars < CONTAINER.minArticleChars || text.count < CONTAINER.minArticleParagraphs) {
    return { element: null, paragraphChars: text.chars, paragraphs: text.count, absent: TOO_LITTLE_PROSE };
  }
  if (isTeaserList(element, table, text.chars)) {
    // A page's content region can win by its class name alone, holding the article beside a list
    // of headlines that adds no prose. A block inside that holds nearly all the region's prose and
    // is no list of headlines is the article; a front page's prose is spread over its cards.
    for (const [inner, innerText] of paragraphText) {
      if (innerText.chars >= text.chars * 0.8 && innerText.count >= CONTAINER.minArticleParagraphs && innerText.chars >= CONTAINER.minArticleChars && element.contains(inner) && !isTeaserList(inner, table, innerText.chars)) {
        return { element: inner, paragraphChars: innerText.chars, paragraphs: innerText.count, absent: null };
      }
    }
    return { element: null, paragraphChars: text.chars, paragraphs: text.count, absent: HEADLINE_LIST };
  }
  return { element, paragraphChars: text.chars, paragraphs: text.count, absent: null };
}
