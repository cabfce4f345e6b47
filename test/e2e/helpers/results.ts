import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../../helpers/dom.js';
import { RUN_RULES } from '../../../src/classifier/appeal-runs.js';
import { RULES, classifyText } from '../../../src/classifier/index.js';
import { parse, seedHtml } from '../../helpers/dom.js';

/** Where the browser suites save screenshots (`test-results/`, git-ignored). */
export function resultPath(name: string): string {
  const dir = resolve(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  return resolve(dir, name);
}

/** Appeal kinds: the corpus snippets of these must be hidden by clean view with the default settings. */
export const APPEAL_KINDS = ['donation_appeal', 'subscription_upsell', 'paywall', 'newsletter'];

/** Corpus pages the browser suites open (read in place from ../shared/corpus). */
export const CORPUS_PAGES = ['guardian-uk-academics', 'netzpolitik-tradwives', 'gothamist-fallout-shelters'];

/** Text from the seed page, to find its blocks. */
export const SEED = {
  slug: 'moscow-times-aggregator',
  title: 'France Remains Open to Ukraine Using French Missiles Against Targets in Russia, Minister Says',
  article: [
    'French Foreign Minister Jean-Noel Barrot said Monday that Paris remains open',
    'France and Britain have supplied Ukraine with long-range Storm Shadow',
  ],
  appeal: ['A Message from The Moscow Times:', 'please support us monthly starting from just $2', 'Remind me later.'],
};

/**
 * What the placeholder's "why" and the popup may say of a donation appeal: the reasons of the
 * rules that label one. The shipped content script reads them from the extension's messages (the
 * build strips them from its rules), so seeing one proves that lookup; the fallback would read
 * "Sift found no plain reason for this block."
 */
export const DONATION_REASONS = [...RULES.filter((rule) => rule.label === 'donation_appeal'), ...Object.values(RUN_RULES)].map((rule) => rule.reason);

export function isDonationReason(text: string | null | undefined): boolean {
  return DONATION_REASONS.some((reason) => (text ?? '').includes(reason));
}

/** A seed page whose paywall verdict has evidence with added detail: a vendor's name, a phrase found. */
export const EVIDENCE_SEED = 'metered-wall';

/**
 * The paywall evidence the classifier gives a seed page, as the popup must show it. The shipped
 * content script has the texts stripped and puts the extension's messages back before the detail
 * the verdict added (src/content/explain.ts), so the same words prove that round trip.
 */
export function seedEvidence(slug: string): string[] {
  return classifyText(parse(seedHtml(slug))).paywall.evidence.map((e) => e.reason);
}
