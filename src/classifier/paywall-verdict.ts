import { findPhrases } from './phrases/index.js';
import { articleObjects, type JsonObject } from './jsonld.js';
import type { Block } from './segment.js';
import type { PaywallType, PaywallVerdict } from './types.js';

/**
 * Paywall evidence rules: each is an id, the type it argues for and a reason. The verdict weighs
 * them: a wall text or truncation shows what the reader sees; JSON-LD and vendor scripts only
 * say that a wall may apply (the corpus has free pages that declare `isAccessibleForFree: false`).
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
  offers: { id: 'paywall-subscription-offers', reason: 'The page offers a paid subscription while the article is readable' },
  wallElement: { id: 'paywall-wall-element', reason: 'The page has an element named as a paywall.' },
} as const;

/** Vendors whose scripts, globals or markup show a paywall or membership system. */
export const PAYWALL_VENDORS: ReadonlyArray<{ name: string; script: RegExp; markup?: string; kind: 'meter' | 'wall' | 'membership' }> = [
  { name: 'Piano/Tinypass', script: /tinypass|piano\.io|cxense|\btp\.(?:push|experience)|tp\s*=\s*window\.tp/i, markup: '.tp-modal, .tp-container-inner, .tp-backdrop, [class*="piano-" i]', kind: 'meter' },
  { name: 'Poool', script: /poool/i, markup: '#p3-paywall, [id*="poool" i]', kind: 'wall' },
  { name: 'Zephr', script: /zephr/i, markup: '[class*="zephr" i], [id*="zephr" i]', kind: 'meter' },
  { name: 'Pelcro', script: /pelcro/i, markup: '[class*="pelcro" i]', kind: 'wall' },
  { name: 'LaterPay', script: /laterpay/i, markup: 'meta[property^="laterpay" i], [class*="laterpay" i]', kind: 'wall' },
  { name: 'Steady', script: /steadyhq|steady\.(?:page|hq)/i, kind: 'membership' },
  { name: 'Memberful', script: /memberful/i, kind: 'membership' },
  { name: 'Leaky Paywall', script: /leaky[_-]?paywall/i, markup: '.leaky_paywall_message_wrap', kind: 'meter' },
  { name: 'BlueConic', script: /blueconic/i, kind: 'meter' },
  { name: 'Sophi', script: /sophi\.io|sophi-/i, kind: 'meter' },
  { name: 'Plenigo', script: /plenigo/i, markup: '[class*="plenigo" i]', kind: 'wall' },
  { name: 'Cleeng', script: /cleeng/i, kind: 'wall' },
  { name: 'Paywall.js (Wallkit)', script: /wallkit/i, kind: 'wall' },
  { name: 'Wunderkind/Bounce Exchange', script: /bounceexchange|bouncex/i, kind: 'meter' },
  { name: 'Arc XP subscriptions', script: /arcxp.*(?:subs|paywall)|ArcP\b|arc-?p\.js/i, kind: 'meter' },
  { name: 'Evolok', script: /evolok/i, kind: 'meter' },
  { name: 'Admiral', script: /getadmiral|admiral/i, kind: 'membership' },
];

function jsonFree(value: unknown): boolean | null {
  if (value === false || value === 'false' || value === 'False' || value === 'no') return false;
  if (value === true || value === 'true' || value === 'True' || value === 'yes') return true;
  return null;
}

export interface PaywallInput {
  doc: Document;
  jsonLd: JsonObject[];
  blocks: Block[];
  articleWords: number;
  /** Index in document order of the last article paragraph vs. the first wall block. */
  wallAfterArticle: boolean;
}

function scriptSources(doc: Document): string {
  const parts: string[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script')).slice(0, 400)) {
    const src = script.getAttribute('src');
    if (src) parts.push(src);
    else {
      const text = script.textContent ?? '';
      if (text.length < 200_000) parts.push(text.slice(0, 20_000));
    }
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
  // Microdata: <meta itemprop="isAccessibleForFree" content="false">
  if (declaredFree === null) {
    const micro = doc.querySelector('[itemprop="isAccessibleForFree" i]');
    if (micro) declaredFree = jsonFree((micro.getAttribute('content') ?? micro.textContent ?? '').trim().toLowerCase());
  }
  if (declaredFree === false) evidence.push(PAYWALL_EVIDENCE.jsonLdNotFree);
  if (declaredFree === true) evidence.push(PAYWALL_EVIDENCE.jsonLdFree);
  if (declaredPart) evidence.push(PAYWALL_EVIDENCE.jsonLdPart);

  const scripts = scriptSources(doc);
  const vendors: Array<(typeof PAYWALL_VENDORS)[number]> = [];
  for (const vendor of PAYWALL_VENDORS) {
    let found = vendor.script.test(scripts);
    if (!found && vendor.markup) {
      try {
        found = doc.querySelector(vendor.markup) !== null;
      } catch {
        found = false;
      }
    }
    if (found) {
      vendors.push(vendor);
      evidence.push({ id: PAYWALL_EVIDENCE.vendor.id, reason: `${PAYWALL_EVIDENCE.vendor.reason} (${vendor.name}).` });
    }
  }

  let wall = 0;
  let meter = 0;
  let registration = 0;
  let offers = 0;
  let wallElements = 0;
  for (const block of blocks) {
    const f = block.features;
    if (block.verdict.label === 'subscription_upsell') offers++;
    if (block.verdict.label !== 'paywall') continue;
    if (block.verdict.fired.some((e) => e.rule.id === 'paywall-hint')) wallElements++;
    const wallPhrases = f.words < 150 ? findPhrases('paywallWall', f.lower, 2) : [];
    const meterPhrases = f.words < 150 ? findPhrases('paywallMeter', f.lower, 2) : [];
    const registrationPhrases = f.words < 150 ? findPhrases('paywallRegistration', f.lower, 2) : [];
    if (wallPhrases.length > 0 && wall++ === 0) evidence.push({ id: PAYWALL_EVIDENCE.wallText.id, reason: `${PAYWALL_EVIDENCE.wallText.reason}: “${wallPhrases[0]}”.` });
    if (meterPhrases.length > 0 && meter++ === 0) evidence.push({ id: PAYWALL_EVIDENCE.meterText.id, reason: `${PAYWALL_EVIDENCE.meterText.reason}: “${meterPhrases[0]}”.` });
    if (registrationPhrases.length > 0 && registration++ === 0) evidence.push({ id: PAYWALL_EVIDENCE.registrationText.id, reason: `${PAYWALL_EVIDENCE.registrationText.reason}: “${registrationPhrases[0]}”.` });
  }
  if (wallElements > 0) evidence.push(PAYWALL_EVIDENCE.wallElement);
  const truncated = (wall > 0 || declaredPart || declaredFree === false) && input.articleWords > 0 && input.articleWords < 350 && input.wallAfterArticle;
  if (truncated) evidence.push(PAYWALL_EVIDENCE.truncated);
  if (offers > 0) evidence.push({ id: PAYWALL_EVIDENCE.offers.id, reason: `${PAYWALL_EVIDENCE.offers.reason} (${offers} offer${offers === 1 ? '' : 's'}).` });

  let type: PaywallType = 'none';
  if (truncated || (wall > 0 && declaredFree === false)) type = 'hard';
  else if (registration > 0) type = 'registration';
  else if (meter > 0 || (declaredFree === false && (vendors.some((v) => v.kind === 'meter') || wall > 0 || wallElements > 0))) type = 'metered';
  else if (wall > 0 || wallElements > 0 || offers > 0 || declaredFree === false || vendors.some((v) => v.kind !== 'membership')) type = 'soft';
  return { type, evidence: evidence.map((e) => ({ ruleId: e.id, reason: e.reason })) };
}
