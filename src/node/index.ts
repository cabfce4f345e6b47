import { JSDOM, VirtualConsole } from 'jsdom';
import { classify } from '../classifier/index.js';
import type { ArticleInfo, ClassifyOptions, Label, PaywallVerdict, Section } from '../classifier/types.js';
import { groupSections } from '../clean-view/groups.js';
import { decodeHtml } from './decode-html.js';

export { classify } from '../classifier/index.js';
export { applyCleanView, type CleanView, type CleanViewOptions } from '../clean-view/apply.js';
export * from '../classifier/types.js';
export { RULES } from '../classifier/rules/index.js';
export { decodeHtml } from './decode-html.js';

/** A section as plain JSON: the element is replaced by a short CSS-like path. */
export interface JsonSection {
  path: string;
  label: Label;
  confidence: number;
  ruleIds: string[];
  reasons: string[];
  text: string;
}

export interface JsonClassification {
  url?: string;
  sections: JsonSection[];
  article: ArticleInfo;
  paywall: PaywallVerdict;
  /**
   * The blocks clean view hides, counted per label as the popup counts them: adjacent sibling
   * sections of one kind are one block (clean-view/groups.ts), so an appeal split paragraph by
   * paragraph is one donation appeal, not one per paragraph.
   */
  hiddenBlocks: Partial<Record<Label, number>>;
}

/** `sections` that are not the article, grouped as clean view hides them, counted per label in order of first appearance. */
export function countHiddenBlocks(sections: Section[]): Partial<Record<Label, number>> {
  const counts: Partial<Record<Label, number>> = {};
  for (const block of groupSections(sections.filter((section) => section.label !== 'article'))) counts[block.label] = (counts[block.label] ?? 0) + 1;
  return counts;
}

/** A readable path to an element: `body > main > article > p:nth-of-type(3)`. */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node && parts.length < 12; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'html') break;
    const id = node.getAttribute('id');
    if (id && /^[A-Za-z][\w-]*$/.test(id)) {
      parts.unshift(`${tag}#${id}`);
      break;
    }
    let index = 1;
    let total = 0;
    for (let sibling: Element | null = node.parentElement?.firstElementChild ?? null; sibling; sibling = sibling.nextElementSibling) {
      if (sibling.tagName !== node.tagName) continue;
      total++;
      if (sibling === node) index = total;
    }
    parts.unshift(total > 1 ? `${tag}:nth-of-type(${index})` : tag);
  }
  return parts.join(' > ');
}

/**
 * Parses `html` with jsdom (no scripts, no network) and classifies it; the result is plain JSON.
 * Bytes (a file as read from disk) are decoded by the page's own charset, see `decodeHtml`.
 */
export async function classifyHtml(html: string | Uint8Array, options: ClassifyOptions = {}): Promise<JsonClassification> {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(typeof html === 'string' ? html : decodeHtml(html), { ...(options.url ? { url: options.url } : {}), virtualConsole });
  try {
    const result = classify(dom.window.document, options);
    return {
      ...(options.url ? { url: options.url } : {}),
      sections: result.sections.map(({ element, ...rest }) => ({ path: elementPath(element), ...rest })),
      article: result.article,
      paywall: result.paywall,
      hiddenBlocks: countHiddenBlocks(result.sections),
    };
  } finally {
    dom.window.close();
  }
}
