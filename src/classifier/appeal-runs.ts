import { buttonLine, endsLikeSentence, isHeadingTag, startsWithPhrase } from './features.js';
import { MONEY } from './rules/donation.js';
import type { Block } from './segment.js';
import { LABELS, type Label } from './types.js';

/**
 * An appeal pasted into the article is a run of paragraphs, and only some of them say "donate".
 * These rules extend a detected appeal to its whole run: the opener before it ("A message from
 * …", "Dear readers,"), the paragraphs between two parts of it that speak as "we" to "you", and
 * the buttons after it ("Continue", "Remind me later"). Each extension names its rule.
 */
export const RUN_RULES = {
  opener: { id: 'appeal-run-opener', reason: 'Opens the appeal that follows it.' },
  between: { id: 'appeal-run-between', reason: 'Part of an appeal: the publisher speaking to readers between two asks.' },
  tail: { id: 'appeal-run-tail', reason: 'A button or short line closing the appeal above it.' },
  /** Not an appeal's: the points of a list the article introduces (keepIntroducedLists). */
  list: { id: 'article-introduced-list', reason: 'A point of a list the article introduces ("The plan includes:").' },
} as const;

const APPEAL_LABEL_LIST: Label[] = ['donation_appeal', 'subscription_upsell', 'paywall', 'newsletter'];
const APPEAL_LABELS = new Set<Label>(APPEAL_LABEL_LIST);
/** How many plain paragraphs may separate two parts of one appeal. */
const MAX_GAP = 4;

/** Rules that only say where a block sits, or that it is a control: an appeal run may claim what they labelled. */
const POSITIONAL = new Set(['short-line-after-article', 'short-label-line', 'button-in-article']);

function isFree(block: Block): boolean {
  const { label, fired: rules } = block.verdict;
  const positional = label === 'other' && rules.every((entry) => entry.rule.label !== 'other' || POSITIONAL.has(entry.rule.id));
  return (label === 'article' || positional) && block.features.role === 'none' && !isHeadingTag(block.features.tag) && block.features.tag !== 'FIGURE';
}

function isArticleHeading(block: Block): boolean {
  return block.verdict.label === 'article' && block.features.role === 'none' && isHeadingTag(block.features.tag);
}

function fired(block: Block, id: string): boolean {
  return block.verdict.fired.some((entry) => entry.rule.id === id);
}

/**
 * The appeal-opener rule's short line ("Dear readers,"), or a paragraph that opens as one and
 * speaks of support ("I hope you appreciated this article. Before you move on, I was hoping you
 * would consider … supporting our journalism."): too long for the rule, it opens a run all the same.
 */
function isOpener(block: Block): boolean {
  const f = block.features;
  return fired(block, 'appeal-opener') || (f.words <= 60 && f.count('donationAsk') + f.count('donationSupport') > 0 && startsWithPhrase(f, 'appealOpener'));
}

/** As "we" or to "you", or of the publication by its name ("Since 2015 the Harbour Ledger has…"). */
function inPublisherVoice(block: Block, site: string): boolean {
  const f = block.features;
  return f.count('firstPersonPlural') > 0 || f.count('secondPerson') > 0 || (site.length > 2 && f.lower.includes(site));
}

/** In the publisher's voice, or of readers' support for it ("independent journalism"). */
function speaksAsPublisher(block: Block, site: string): boolean {
  return inPublisherVoice(block, site) || block.features.count('donationSupport') > 0;
}

/**
 * A box of its own: not a paragraph, but holding one (a sign-up form with its lead-in, a card with
 * its text and button). An appeal that is one is whole: the paragraphs after it are the article's,
 * even when they quote somebody's "we" or "you" ("We have never seen water this high," she said)
 * and another box follows them.
 */
function isBox(block: Block): boolean {
  const { tag, stats } = block.features;
  return tag !== 'P' && stats.paragraphs > 0;
}

/** Five words or fewer, and no sentence: a button's or a label's length. */
function isShortLine(block: Block): boolean {
  return block.features.words <= 5 && !endsLikeSentence(block.features.text);
}

/** What the rules of `label` gave the block. */
function scoreOf(block: Block, label: Label): number {
  return block.verdict.scores[LABELS.indexOf(label)]!;
}

/**
 * A button of the appeal, or its line as an aggregator copies it: a short line that is a link,
 * is a picture (a card's logo), speaks of support or that an appeal's rules spoke for ("Continue",
 * "Support $5/monthly"), or a line of up to a dozen words with such words or sums ("Accepted
 * payment methods: Visa, …", "$5/month · $10/month · Other"). Not any short line: the article's
 * topic tags after the appeal ("Harbours", "Local government") are no part of it.
 */
function isButtonLike(block: Block): boolean {
  const f = block.features;
  const closerWords = f.count('appealCloser') + f.count('donationSupport') > 0;
  return (
    fired(block, 'appeal-closer') ||
    (!endsLikeSentence(f.text) &&
      f.words <= 12 &&
      (closerWords || MONEY.test(f.lower) || (f.words <= 5 && (f.words === 0 || buttonLine(f) || APPEAL_LABEL_LIST.some((l) => scoreOf(block, l) > 0))))) ||
    (f.words <= 8 && /[?!]$/.test(f.text) && f.count('secondPerson') + f.count('donationSupport') > 0)
  );
}

/** A short line that leads into what follows: a label ("A Message from X:") or a question put to the reader ("Looking for news you can trust?"). */
function isLeadIn(block: Block, site: string): boolean {
  const f = block.features;
  return f.words <= 12 && (/:$/.test(f.text) || (/\?$/.test(f.text) && inPublisherVoice(block, site)));
}

/** A short paragraph the rules of `label` spoke for, short of winning it alone ("Please take a moment to make a donation."). */
function leansTo(block: Block, label: Label): boolean {
  return block.features.words <= 40 && scoreOf(block, label) >= 0.5;
}

function relabel(block: Block, label: Label, rule: { id: string; reason: string }): void {
  block.verdict = { ...block.verdict, label };
  block.overrides.push(rule);
}

/** `siteName` is the publication's name, as the page's metadata gives it. */
export function extendAppealRuns(blocks: Block[], siteName = ''): void {
  const site = siteName.toLowerCase();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const label = block.verdict.label;
    const anchor = APPEAL_LABELS.has(label);
    const opener = (isFree(block) || isArticleHeading(block)) && isOpener(block);
    // A short paragraph the appeal's rules spoke for, short of winning it, that speaks as the
    // publisher or to the reader ("Will you support The Daily Tide today?") opens the run too when
    // the publisher's "we" leads from it to the appeal; a report ("Residents can donate to the
    // relief fund") speaks as neither.
    const leaning = !anchor && !opener && isFree(block) && APPEAL_LABEL_LIST.some((l) => leansTo(block, l)) && inPublisherVoice(block, site);
    if (!anchor && !opener && !leaning) continue;
    // Find the next anchor within the gap: everything between joins when it speaks as "we"/"you"
    // or is one of the appeal's buttons (a sign-up form's "Sign up" between its lead-in and its
    // consent line), and the anchor is no box of its own.
    for (let j = i + 1; j <= i + MAX_GAP + 1 && j < blocks.length; j++) {
      const next = blocks[j]!;
      if (APPEAL_LABELS.has(next.verdict.label)) {
        const gap = blocks.slice(i + 1, j);
        const opens = opener || (leaning && leansTo(block, next.verdict.label));
        if ((anchor || opens) && !isBox(next) && gap.every((g) => (isFree(g) || isOpener(g)) && (speaksAsPublisher(g, site) || isOpener(g) || isButtonLike(g)))) {
          for (const g of gap) relabel(g, next.verdict.label, RUN_RULES.between);
          if (opens) relabel(block, next.verdict.label, RUN_RULES.opener);
        }
        break;
      }
      if (!isFree(next)) break;
    }
    if (block.verdict.label === 'article') continue;
    const current = block.verdict.label;
    // Openers directly before: a short lead-in line ("A Message from X:", "Looking for news you can
    // trust?"), a paragraph that opens with an opener phrase ("Dear readers, local news is
    // disappearing…"), or a lead-in the appeal's own rules already spoke for ("Looking for news you
    // can trust? Subscribe…" over a sign-up form), short of winning it alone. A box of its own holds its lead-in: before
    // one, only an opener phrase joins it, and the article's "Here is what we know:" or "Residents
    // can donate to the relief fund…" stay the article's.
    const box = isBox(block);
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const prev = blocks[j]!;
      if (!isFree(prev) && !isArticleHeading(prev) && prev.verdict.label !== current) break;
      if (prev.verdict.label === current) continue;
      // The heading right above an appeal that opens as a letter ("Dear reader, …") is the
      // appeal's title ("News is under threat — just when we need it the most"), not a section of
      // the article.
      const titles = j === i - 1 && isArticleHeading(prev) && startsWithPhrase(block.features, 'appealOpener');
      if (titles || isOpener(prev) || startsWithPhrase(prev.features, 'appealOpener') || (!box && (isLeadIn(prev, site) || leansTo(prev, current)))) relabel(prev, current, RUN_RULES.opener);
      else break;
    }
    // Buttons and short lines after the appeal, and short paragraphs its rules spoke for ("Please
    // take a moment to make a tax-deductible donation."); after a box of its own, only a line that
    // closes an appeal ("Maybe later"): its own buttons are in it, and a short line after it is the
    // article's (a subheading written as a bold paragraph, "What you need to know").
    // A short line between two of its buttons is one too, whatever it says ("paiment methods"
    // between "Continue" and "Not ready to support today?").
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.verdict.label === current) continue;
      const after = blocks[j + 1];
      const inTail = box
        ? fired(next, 'appeal-closer')
        : isButtonLike(next) || leansTo(next, current) || (isShortLine(next) && after !== undefined && (after.verdict.label === current || isButtonLike(after)));
      if (!isFree(next) || !inTail) break;
      relabel(next, current, RUN_RULES.tail);
    }
  }
}

/**
 * The points of a list the article's last paragraph introduces ("The plan includes:") are the
 * article's, however short: each was a short line after the article to the position rule. Only
 * points that rule alone called other: a list of links or of a promo's selling points is not
 * introduced by the article.
 */
export function keepIntroducedLists(blocks: Block[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    const prev = blocks[i - 1]!;
    if (block.features.tag === 'LI' && block.verdict.label === 'other' && isFree(block) && prev.verdict.label === 'article' && (prev.features.tag === 'LI' || /:$/.test(prev.features.text))) relabel(block, 'article', RUN_RULES.list);
  }
}
