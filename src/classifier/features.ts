import { countAllPhrases, firstPhraseAt, listIndex, phraseMatches, type ScannedListName } from './phrases/scan-all.js';
import { collapse, countWords, tagOf } from './dom.js';
import { hintsIn, linkDensity, statsOf, tagIn, type ElementStats, type StatsTable } from './stats.js';

/**
 * What the rules read about one block. Phrase counts are computed on first use, for every list
 * at once, and remembered.
 */
export interface BlockFeatures {
  element: Element;
  tag: string;
  /** The element's own class, id, role and labelling attributes, lower-case. */
  hints: string;
  /** Collapsed text, and its lower-case form that phrase rules read. */
  text: string;
  lower: string;
  words: number;
  stats: ElementStats;
  linkDensity: number;
  /** Inside the article's container; else outside it, elsewhere on the page. */
  inside: boolean;
  /** Inside the container: before the first or after the last prose paragraph. */
  beforeArticle: boolean;
  afterArticle: boolean;
  /** Set by the classifier for blocks it already knows (title, byline). */
  role: 'title' | 'byline' | 'none';
  /** Near the article container, outside it: a candidate for a split article body. */
  nearContainer: boolean;
  count(list: ScannedListName): number;
}

/** Text longer than this is cut before phrase matching: an appeal says what it wants early. */
const PHRASE_TEXT_LIMIT = 3000;

export function makeFeatures(
  element: Element,
  text: string,
  table: StatsTable,
  inside: boolean,
): BlockFeatures {
  const stats = statsOf(table, element);
  const lower = text.slice(0, PHRASE_TEXT_LIMIT).toLowerCase();
  let counts: number[] | null = null;
  return {
    element,
    // As the stats pass read them; an element it did not reach is read now.
    tag: tagIn(table, element),
    hints: hintsIn(table, element),
    text,
    lower,
    words: countWords(text),
    stats,
    linkDensity: linkDensity(stats),
    inside,
    beforeArticle: false,
    afterArticle: false,
    role: 'none',
    nearContainer: false,
    count(list) {
      // Every list in one pass on the first question: rules ask for a dozen of them.
      if (!counts) {
        table.phraseCounts ??= new Map();
        counts = table.phraseCounts.get(lower) ?? countAllPhrases(lower);
        table.phraseCounts.set(lower, counts);
      }
      return counts[listIndex(list)]!;
    },
  };
}

/**
 * A statement in the article: a block inside it that ends with a full stop. However many network
 * names or links it holds ("Facebook and Twitter declined to comment.", "Read the report, the
 * minutes and the budget."), it is the article's text, and hiding that is the worse mistake.
 */
export function statementInArticle(b: BlockFeatures): boolean {
  return b.inside && /\.$/.test(b.text);
}

/**
 * A line that is one short link and nothing else: a button set in the body ("Subscribe now",
 * "Share"), which no reader reads as the article's text. One phrase on such a line says what it is.
 */
export function buttonLine(b: BlockFeatures): boolean {
  return b.words < 5 && b.linkDensity > 0.9;
}

/** A picture, or a figure that holds one, as a block of its own. */
export const isPicture = (b: BlockFeatures): boolean => /^(FIGURE|PICTURE|IMG)$/.test(b.tag);

/** Holds a quotation mark: a line that quotes somebody's ask is the article reporting it. */
export function hasQuotationMark(b: BlockFeatures): boolean {
  return /["“”«»„]/.test(b.text);
}

/** A block that holds one `<button>` and no text beside it ("<p><button>Copy link</button></p>"). */
export function wrapsOneButton(b: BlockFeatures): boolean {
  // The stats first: the DOM is read only for a short line that holds an element and no link.
  if (b.words >= 8 || b.stats.elements === 0 || b.stats.links > 0 || b.element.childElementCount !== 1) return false;
  const child = b.element.firstElementChild!;
  return tagOf(child) === 'BUTTON' && collapse(child.textContent ?? '') === b.text;
}

/** A heading tag, h1 to h6 (upper case, as the stats pass reads tags). */
export function isHeadingTag(tag: string): boolean {
  return /^H[1-6]$/.test(tag);
}

/** Speaks as the publisher's "we" or to the reader's "you", as asks, offers and notices do and most reports do not. */
export function speaksAsWeOrToYou(b: BlockFeatures): boolean {
  return b.count('secondPerson') + b.count('firstPersonPlural') > 0;
}

/** Ends like a sentence: a full stop, question or exclamation mark (Chinese and Japanese ones too), or a closing quote after one. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;。！？]["»”’)」』]?$/.test(text);
}

/** Nothing before `at` in `text`, or only a word of one or two letters ("À lire aussi"). */
export const onlyShortWordBefore = (text: string, at: number): boolean => at === 0 || (at > 0 && /^\p{L}{1,2} $/u.test(text.slice(0, at)));

/** A phrase of `list` at the start of the text or of a clause (after . : ! ? or a dash), as an ask opens: "Sign up for the Brief", "Subscribe: $1 a week". */
export function phraseOpensAClause(list: ScannedListName, lower: string): boolean {
  return phraseMatches(list, lower).some(([start]) => /(^|[.:!?—–-])\P{L}*$/u.test(lower.slice(0, start)));
}

/**
 * True when the block's text begins with a phrase of `list` (after punctuation), or, given
 * `afterShortWord`, with a word of one or two letters and then one ("A lire aussi").
 */
export function startsWithPhrase(b: BlockFeatures, list: 'appealOpener' | 'related' | 'social' | 'donationAsk' | 'subscriptionOffer' | 'newsletter', afterShortWord = false): boolean {
  const head = b.lower.replace(/^[^\p{L}]+/u, '').slice(0, 48);
  if (head.length === 0 || b.count(list) === 0) return false;
  const at = firstPhraseAt(list, head);
  return afterShortWord ? onlyShortWordBefore(head, at) : at === 0;
}
