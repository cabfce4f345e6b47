import { classAttribute, hiddenByAttributeOrStyle, hintString } from './dom.js';
import { findPhrases, type ScannedListName } from './phrases/scan-all.js';
import { MONEY } from './rules/donation.js';
import { NAMES_NEWSLETTER } from './rules/newsletter.js';
import { PAYWALL_HINT } from './rules/paywall.js';
import { articleObjects, type JsonObject } from './jsonld.js';
import type { Block } from './segment.js';
import type { StatsTable } from './stats.js';
import type { PaywallType, PaywallVerdict } from './types.js';

/**
 * Paywall evidence rules: each is an id, the type it argues for and a reason. The verdict weighs
 * them: a wall text or truncation shows what the reader sees; JSON-LD and vendor scripts only
 * say that a wall may apply (the corpus has free pages that declare `isAccessibleForFree: false`),
 * but for Piano's Composer, which sells subscriptions (PAYWALL_VENDORS' `sells`).
 */
export const PAYWALL_EVIDENCE = {
  jsonLdNotFree: { id: 'paywall-jsonld-not-free', reason: 'The page declares itself not free to read (schema.org isAccessibleForFree: false).' },
  jsonLdFree: { id: 'paywall-jsonld-free', reason: 'The page declares itself free to read (schema.org isAccessibleForFree: true).' },
  jsonLdPart: { id: 'paywall-jsonld-part', reason: 'The page marks a part of the article as for subscribers (schema.org hasPart with cssSelector).' },
  vendor: { id: 'paywall-vendor', reason: 'The page loads a paywall or membership service' },
  wallText: { id: 'paywall-wall-text', reason: 'The page says the rest of the article is for subscribers' },
  meterText: { id: 'paywall-meter-text', reason: 'The page counts free articles' },
  registrationText: { id: 'paywall-registration-text', reason: 'The page asks readers to register to keep reading' },
  truncated: { id: 'paywall-truncated', reason: 'The article text ends early, right before a wall.' },
  salesService: { id: 'paywall-sales-service', reason: "The page loads Piano's Composer, a service that sells subscriptions, while the article is readable." },
  offers: { id: 'paywall-subscription-offers', reason: 'The page offers a paid subscription while the article is readable' },
  wallElement: { id: 'paywall-wall-element', reason: 'The page has an element named as a paywall.' },
  hiddenCopy: { id: 'paywall-walled-copy', reason: 'The page holds a walled copy of the article body.' },
} as const;

/**
 * Vendors whose scripts, globals or markup show a paywall or membership system. `markup` is tested
 * on each element's lower-case class and id (and meta property names). `sells` marks, in a vendor's
 * scripts, a service that sells the site's subscriptions: Piano's Composer (its library, tinypass,
 * and its command queue, `tp.push`). Every corpus page that loads it sells them, the free ones too
 * ("soft"), where other vendors' scripts (Poool, Zephr, Steady) sat on free pages that offered
 * nothing. Tested only where the vendor's own pattern matched: a second scan of every page's
 * scripts cost a few percent of classify.
 */
export const PAYWALL_VENDORS: ReadonlyArray<{ name: string; script: RegExp; markup?: RegExp; sells?: RegExp }> = [
  { name: 'Piano/Tinypass', script: /tinypass|piano\.io|cxense|\btp\.(?:push|experience)|tp\s*=\s*window\.tp/i, markup: /(^|\s)tp-(modal|container-inner|backdrop)(\s|$)|piano-/, sells: /tinypass|\btp\.(?:push|experience)/i },
  { name: 'Poool', script: /poool/i, markup: /p3-paywall|poool/ },
  { name: 'Zephr', script: /zephr/i, markup: /zephr/ },
  { name: 'Pelcro', script: /pelcro/i, markup: /pelcro/ },
  { name: 'LaterPay', script: /laterpay/i, markup: /laterpay/ },
  { name: 'Steady', script: /steadyhq|steady\.(?:page|hq)/i },
  { name: 'Memberful', script: /memberful/i },
  { name: 'Leaky Paywall', script: /leaky[_-]?paywall/i, markup: /leaky_paywall_message_wrap/ },
  { name: 'BlueConic', script: /blueconic/i },
  { name: 'Sophi', script: /sophi\.io|sophi-/i },
  { name: 'Plenigo', script: /plenigo/i, markup: /plenigo/ },
  { name: 'Cleeng', script: /cleeng/i },
  { name: 'Paywall.js (Wallkit)', script: /wallkit/i },
  { name: 'Wunderkind/Bounce Exchange', script: /bounceexchange|bouncex/i },
  { name: 'Arc XP subscriptions', script: /arcxp.*(?:subs|paywall)|ArcP\b|arc-?p\.js/i },
  { name: 'Evolok', script: /evolok/i },
  { name: 'Admiral', script: /getadmiral|admiral/i },
];

/** Matches where some vendor's `script` pattern matches (all of them are case-insensitive). */
const ANY_VENDOR_SCRIPT = new RegExp(PAYWALL_VENDORS.map((vendor) => `(?:${vendor.script.source})`).join('|'), 'i');

function jsonFree(value: unknown): boolean | null {
  if (value === false || value === 'false' || value === 'False' || value === 'no') return false;
  if (value === true || value === 'true' || value === 'True' || value === 'yes') return true;
  return null;
}

interface Signals {
  truncated: boolean;
  declaredFree: boolean | null;
  wall: number;
  meter: number;
  registration: number;
  offers: number;
  hiddenCopy: boolean;
  /** The page loads a service that sells subscriptions (a vendor's `sells`). */
  sells: boolean;
}

/**
 * The verdict. What the reader sees decides first (a truncated body, a wall, a meter prompt);
 * the page's own claim that it is not free, with the full text present and no prompt, means a
 * wall applied by script: a meter when nothing is offered in the page, soft when offers are.
 * Without that claim, a page that loads a service selling subscriptions is soft as one that
 * offers them in its text is.
 */
function decide(s: Signals): PaywallType {
  if (s.truncated) return 'hard';
  if (s.declaredFree === false) {
    if (s.hiddenCopy || s.wall > 0) return 'hard';
    if (s.meter > 0 || s.registration > 0) return 'metered';
    return s.offers > 0 ? 'soft' : 'metered';
  }
  if (s.registration > 0) return 'registration';
  if (s.meter > 0) return 'metered';
  if (s.wall > 0 || s.offers > 0 || s.sells) return 'soft';
  return 'none';
}

/**
 * A hidden paywall element holding the article's text: the body shipped inside the wall, to be
 * unlocked for subscribers. (A visible "paywalled-content" wrapper around a readable body is not.)
 */
function hiddenArticleCopy(candidates: Element[]): boolean {
  return candidates.some((el) => PAYWALL_HINT.test(hintString(el)) && hiddenByAttributeOrStyle(el) && (el.textContent ?? '').length > 1500);
}

interface MarkupScan {
  /** Lower-case class and id strings that mention a paywall vendor or a paywall. */
  names: string[];
  paywallElements: Element[];
  microdataFree: string | null;
}

/** A vendor's word in a class, id or property, in any case (tested on each value as written, not on a lower-cased copy). */
const MARKUP_WORD = /paywall|tp-|piano|poool|zephr|pelcro|laterpay|plenigo/i;
const mentionsVendor = (value: string | null): boolean => value !== null && MARKUP_WORD.test(value);

/**
 * One pass over the page's elements (the stats table already lists them in document order)
 * instead of a case-insensitive attribute query per vendor, which scans the page each time. It
 * reads class and id itself (the stats pass reads hint strings only when asked), as properties,
 * which in Chromium cost half a `getAttribute` call. `itemprop` and `property` are read on meta
 * elements only, where microdata puts a value in `content` and pages name their meta properties:
 * reading both on every element was 40% of this pass in Chromium.
 */
function scanMarkup(doc: Document, table: StatsTable): MarkupScan {
  const scan: MarkupScan = { names: [], paywallElements: [], microdataFree: null };
  const visit = (el: Element, meta: boolean) => {
    // Most elements carry no attribute at all: nothing to read.
    if (!el.hasAttributes()) return;
    let property: string | null = null;
    if (meta) {
      const itemprop = el.getAttribute('itemprop');
      if (itemprop && scan.microdataFree === null && itemprop.toLowerCase() === 'isaccessibleforfree') scan.microdataFree = (el.getAttribute('content') ?? '').trim().toLowerCase();
      property = el.getAttribute('property');
    }
    const cls = classAttribute(el);
    const id = el.id;
    if (!mentionsVendor(cls) && !mentionsVendor(id) && !mentionsVendor(property)) return;
    const names = `${cls ?? ''} ${id} ${property ?? ''}`.toLowerCase();
    if (scan.names.length < 200) scan.names.push(names);
    if (names.includes('paywall') && scan.paywallElements.length < 30) scan.paywallElements.push(el);
  };
  // Every meta tag of the document, then the body's elements, which reach the meta tags of open
  // shadow roots too (a meta tag in the body is read twice, to no effect).
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) visit(meta, true);
  for (const stats of table.inOrder ?? []) visit(stats.element, stats.tag === 'META');
  return scan;
}

export interface PaywallInput {
  doc: Document;
  /** The stats pass's table: which elements it read, in document order. */
  table: StatsTable;
  jsonLd: JsonObject[];
  blocks: Block[];
  articleWords: number;
  /** Index in document order of the last article paragraph vs. the first wall block. */
  wallAfterArticle: boolean;
}

/**
 * Each script's address, or an inline script's code. JSON data blocks (JSON-LD, a framework's page
 * state) are left out: they hold the article, not code that loads a service (an article about an
 * admiral named the Admiral vendor), and were a quarter of the corpus's script text.
 */
function scriptSources(doc: Document): string {
  const parts: string[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script')).slice(0, 400)) {
    const text = script.getAttribute('src') || (/json/i.test(script.type) ? '' : script.textContent ?? '');
    if (text.length < 200_000) parts.push(text.slice(0, 20_000));
  }
  return parts.join('\n');
}

export function paywallVerdict(input: PaywallInput): PaywallVerdict {
  const { doc, jsonLd, blocks } = input;
  const evidence: Array<{ id: string; reason: string }> = [];
  let declaredFree: boolean | null = null;
  let declaredPart = false;
  for (const obj of articleObjects(jsonLd)) {
    const free = jsonFree(obj.isAccessibleForFree);
    if (free !== null && declaredFree === null) declaredFree = free;
    const parts = Array.isArray(obj.hasPart) ? obj.hasPart : obj.hasPart ? [obj.hasPart] : [];
    for (const part of parts as JsonObject[]) {
      if (part && typeof part === 'object' && jsonFree(part.isAccessibleForFree) === false && typeof part.cssSelector === 'string') declaredPart = true;
    }
  }
  const markup = scanMarkup(doc, input.table);
  // Microdata: <meta itemprop="isAccessibleForFree" content="false">
  if (declaredFree === null && markup.microdataFree !== null) declaredFree = jsonFree(markup.microdataFree);
  if (declaredFree === false) evidence.push(PAYWALL_EVIDENCE.jsonLdNotFree);
  if (declaredFree === true) evidence.push(PAYWALL_EVIDENCE.jsonLdFree);
  if (declaredPart) evidence.push(PAYWALL_EVIDENCE.jsonLdPart);

  const scripts = scriptSources(doc);
  // Most pages load no vendor: one regex of them all says so in one pass over the scripts.
  const anyVendorScript = ANY_VENDOR_SCRIPT.test(scripts);
  let sells = false;
  for (const vendor of PAYWALL_VENDORS) {
    let found = anyVendorScript && vendor.script.test(scripts);
    if (found && vendor.sells?.test(scripts)) sells = true;
    const markupRe = vendor.markup;
    if (!found && markupRe) found = markup.names.some((names) => markupRe.test(names));
    if (found) {
      evidence.push({ id: PAYWALL_EVIDENCE.vendor.id, reason: `${PAYWALL_EVIDENCE.vendor.reason} (${vendor.name}).` });
    }
  }

  let wall = 0;
  let meter = 0;
  let registration = 0;
  let wallElements = 0;
  const offerPhrases = new Set<string>();
  let upsells = 0;
  // Every block but the article's own paragraphs is read: prompts sit in menus and footers too.
  for (const block of blocks) {
    const f = block.features;
    if (block.verdict.label === 'article' || f.words >= 150) continue;
    if (block.verdict.label === 'paywall' && block.verdict.fired.some((e) => e.rule.id === 'paywall-hint')) wallElements++;
    // A newsletter's "Subscribe" is no paid offer, named so by its words or by the block's label.
    const newsletter = block.verdict.label === 'newsletter' || NAMES_NEWSLETTER.test(f.lower);
    // The block's counts (one scan, remembered) say which lists are worth a search for evidence.
    const found = (list: ScannedListName, max: number) => (f.count(list) > 0 ? findPhrases(list, f.lower, max) : []);
    // A box that only says "Subscribe" may mean a feed, a channel or e-mail updates: an offer of
    // a paid subscription names a price, or more than the verb (a trial, access, a subscription).
    const offered = block.verdict.label === 'subscription_upsell' || !newsletter ? found('subscriptionOffer', 5) : [];
    if (block.verdict.label === 'subscription_upsell' && (MONEY.test(f.lower) || f.count('subscriptionWord') > 0 || new Set(offered).size > 1)) upsells++;
    if (!newsletter) for (const phrase of [...offered, ...found('subscriptionWord', 3)]) offerPhrases.add(phrase);
    const wallPhrases = found('paywallWall', 1);
    const meterPhrases = found('paywallMeter', 1);
    const registrationPhrases = found('paywallRegistration', 1);
    if (wallPhrases.length > 0 && wall++ === 0) evidence.push({ id: PAYWALL_EVIDENCE.wallText.id, reason: `${PAYWALL_EVIDENCE.wallText.reason}: “${wallPhrases[0]}”.` });
    if (meterPhrases.length > 0 && meter++ === 0) evidence.push({ id: PAYWALL_EVIDENCE.meterText.id, reason: `${PAYWALL_EVIDENCE.meterText.reason}: “${meterPhrases[0]}”.` });
    if (registrationPhrases.length > 0 && block.verdict.label === 'paywall' && registration++ === 0) evidence.push({ id: PAYWALL_EVIDENCE.registrationText.id, reason: `${PAYWALL_EVIDENCE.registrationText.reason}: “${registrationPhrases[0]}”.` });
  }
  // One "subscribe" link is every site's header; an offer needs a box or two distinct phrases.
  const offers = upsells > 0 ? upsells : offerPhrases.size >= 2 ? offerPhrases.size : 0;
  if (wallElements > 0) evidence.push(PAYWALL_EVIDENCE.wallElement);
  const truncated = (wall > 0 || declaredPart || declaredFree === false) && input.articleWords > 0 && input.articleWords < 350 && input.wallAfterArticle;
  if (truncated) evidence.push(PAYWALL_EVIDENCE.truncated);
  // The phrases found follow the text; boxes named so by the page and no phrase, nothing: a count
  // in words would be English after the text of every language the UI speaks.
  const phrases = [...offerPhrases].slice(0, 3).map((p) => `“${p}”`).join(', ');
  if (offers > 0) evidence.push({ id: PAYWALL_EVIDENCE.offers.id, reason: `${PAYWALL_EVIDENCE.offers.reason}${phrases ? ` (${phrases})` : ''}.` });

  const hiddenCopy = hiddenArticleCopy(markup.paywallElements);
  if (hiddenCopy) evidence.push(PAYWALL_EVIDENCE.hiddenCopy);
  const type = decide({ truncated, declaredFree, wall, meter, registration, offers, hiddenCopy, sells });
  // Said when it alone makes the page soft: an offer or a wall in the page says more.
  if (type === 'soft' && sells && !offers && !wall) evidence.push(PAYWALL_EVIDENCE.salesService);
  return { type, evidence: evidence.map((e) => ({ ruleId: e.id, reason: e.reason })) };
}
