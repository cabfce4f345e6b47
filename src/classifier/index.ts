import { classifyWith } from './classify.js';
// Every language's phrase book, added to the classifier on import (the content script's entry,
// classify-text.ts, loads a page's book on demand instead).
import './phrases/index.js';
import { safeBlockHtml } from './safe-html.js';
import type { Classification, ClassifyOptions } from './types.js';

/**
 * Labels every section of a page and extracts the article, its HTML included unless
 * `articleHtml: false`. Pure: reads the DOM, never changes it, never throws.
 */
export function classify(root: Document | Element, options: ClassifyOptions = {}): Classification {
  return classifyWith(root, options, options?.articleHtml === false ? null : safeBlockHtml);
}

/** The same labels and article, the article as text only (`html` is ''): what the extension shows. */
export { classifyText } from './classify-text.js';

export { RULES, RULES_BY_ID, type Rule } from './rules/index.js';
export { PAYWALL_EVIDENCE, PAYWALL_VENDORS } from './paywall-verdict.js';
export { RUN_RULES } from './appeal-runs.js';
export * from './types.js';
