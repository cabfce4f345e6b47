import type { BlockFeatures } from './features.js';
import { endsLikeSentence, hasQuotationMark, isHeadingTag, startsWithPhrase } from './features.js';
import { eachPhrase, listIndex, type ScannedListName } from './phrases/scan-all.js';

/** What a line of nothing but asks asks for, named after the lists whose phrases make it up. */
export type AskKind = 'donation' | 'subscription' | 'paywall' | 'newsletter' | 'other' | 'social' | 'comments';

/**
 * The lists of each kind, the narrower first, for a tie goes to the kind listed first: "Abonnieren
 * Sie unseren Newsletter!" offers a newsletter, "Become a member and get unlimited access." a
 * subscription. No rule asks for a paywall line: the paywall rules take any short line with one of
 * their phrases; the kind is here so that such a line is no other kind's.
 */
const KIND_LISTS: ReadonlyArray<[AskKind, readonly ScannedListName[]]> = [
  ['newsletter', ['newsletter']],
  ['paywall', ['paywallWall', 'paywallMeter', 'paywallRegistration']],
  ['subscription', ['subscriptionOffer', 'subscriptionWord']],
  ['donation', ['donationAsk', 'donationSupport', 'appealCloser']],
  ['other', ['other']],
  ['social', ['social']],
  ['comments', ['comments']],
];
const KIND_OF_LIST = new Map(KIND_LISTS.flatMap(([, lists], k) => lists.map((list) => [listIndex(list), k] as const)));
/** "We" and "you" words speak around an ask; they neither make a line one nor spoil it. */
const VOICE_LISTS = new Set([listIndex('firstPersonPlural'), listIndex('secondPerson')]);
const WORD = /[\p{L}\p{N}]+/gu;
/**
 * At most this many words: a button's, a banner's line, not a paragraph. Fourteen: a sign-up
 * form's consent line ("By signing up, you agree to our Terms of Service and Privacy Policy.") has 13.
 */
const MAX_WORDS = 14;
/** Of the words that count, at least this share sits inside an ask's phrases. */
const MIN_SHARE = 0.8;
/**
 * Or, in a sentence put to the reader, this share inside one kind's phrases: the words left over
 * say when ("today") or what ("reporting"). Half when the sentence opens with an ask, as a command
 * does; two in three when it speaks as "we" or to "you", as a report may too ("You can donate at
 * the library."). A report says more than its ask words ("Monthly donations doubled.").
 */
const OPENING_SHARE = 0.5;
const ADDRESSED_SHARE = 0.66;
/** The lists whose phrases ask for something when a sentence opens with one ("Donate", "Subscribe to", "Sign up"). */
const ASKS_TO_OPEN_WITH = ['donationAsk', 'subscriptionOffer', 'newsletter'] as const;

const answers = new WeakMap<BlockFeatures, AskKind | null>();

/**
 * A short line of the article made of asks and nothing else: "Become a member and get unlimited
 * access.", "Cancel anytime.", "Already have an account? Sign in", "Share this article", "Comments
 * are closed.". So an aggregator prints a site's buttons and banners, links and class names gone,
 * between the article's paragraphs. Every
 * word of four letters or more that is no "we" or "you" word must sit inside a phrase of the ask
 * lists, but one in five (or, in a sentence put to the reader, a half or a third of them outside one
 * kind's), and at least two such words must; the kind whose phrases hold the most of them names the
 * line. A sentence of the article that speaks of donations or subscriptions says something of its own ("Subscriptions rose by a fifth", "Donations poured in after the
 * flood"), and a heading or a quotation is the article's.
 */
export function askLine(b: BlockFeatures): AskKind | null {
  if (!b.inside || b.words > MAX_WORDS || b.words < 2 || isHeadingTag(b.tag)) return null;
  let answer = answers.get(b);
  if (answer === undefined) {
    answer = asksOnly(b);
    answers.set(b, answer);
  }
  return answer;
}

function asksOnly(b: BlockFeatures): AskKind | null {
  // The counts are in hand: no ask list, no ask line, and no second scan.
  if (!KIND_LISTS.some(([, lists]) => lists.some((list) => b.count(list) > 0)) || hasQuotationMark(b)) return null;
  const matches: Array<[kind: number, start: number, end: number]> = [];
  const voice: Array<[start: number, end: number]> = [];
  eachPhrase(b.lower, (list, start, end) => {
    const kind = KIND_OF_LIST.get(list);
    if (kind !== undefined) matches.push([kind, start, end]);
    else if (VOICE_LISTS.has(list)) voice.push([start, end]);
  });
  const covered = KIND_LISTS.map(() => 0);
  let counted = 0;
  let uncovered = 0;
  for (const word of b.lower.matchAll(WORD)) {
    const start = word.index;
    const end = start + word[0].length;
    if (word[0].length <= 3 || voice.some(([s, e]) => s <= start && e >= end)) continue;
    counted++;
    // A word inside phrases of two kinds counts for both ("become a member" asks for a donation,
    // "member benefits" for a subscription).
    const kinds = new Set(matches.filter(([, s, e]) => s <= start && e >= end).map(([kind]) => kind));
    for (const kind of kinds) covered[kind]!++;
    if (kinds.size === 0) uncovered++;
  }
  const most = Math.max(...covered);
  if (counted < 2 || (counted - uncovered < MIN_SHARE * counted && most < addressedShare(b, voice.length > 0) * counted)) return null;
  return KIND_LISTS[covered.indexOf(most)]![0];
}

/**
 * A sentence put to the reader, and how much of it one kind's phrases must hold: half when it opens
 * with an ask ("Support us today.", "Become a member today."), two in three when it speaks in the
 * publisher's "we" or to "you" ("Independent journalism needs your support."); otherwise it is no
 * sentence put to the reader (more than all of it).
 */
function addressedShare(b: BlockFeatures, voiced: boolean): number {
  if (!endsLikeSentence(b.text)) return 2;
  return ASKS_TO_OPEN_WITH.some((list) => startsWithPhrase(b, list)) ? OPENING_SHARE : voiced ? ADDRESSED_SHARE : 2;
}
