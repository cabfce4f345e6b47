import type { Classification } from '../classifier/types.js';

export interface ReadingLayout {
  revert(): void;
  restoreStyle(): void;
}

/** The closest element holding every article section: the article's container. */
function articleContainer(classification: Classification): Element | null {
  const parts = classification.sections.filter((s) => s.label === 'article').map((s) => s.element);
  let container: Element | null = parts[0]?.parentElement ?? null;
  while (container && !parts.every((part) => container!.contains(part))) container = container.parentElement;
  return container && container.localName !== 'html' ? container : null;
}

/**
 * The optional reading layout: comfortable line width and type on the article container, set with
 * one attribute and one stylesheet so that revert leaves the page exactly as it was.
 */
export function readingLayout(doc: Document, classification: Classification, token: string): ReadingLayout | null {
  const container = articleContainer(classification);
  if (!container) return null;
  const attribute = `data-sift-reading-${token}`;
  container.setAttribute(attribute, '');
  const style = doc.createElement('style');
  style.id = `sift-reading-${token}`;
  style.textContent = `[${attribute}]{max-width:40em!important;margin-inline:auto!important;font-size:1.125rem!important;line-height:1.65!important;float:none!important}`;
  (doc.head ?? doc.documentElement).appendChild(style);
  return {
    revert() {
      container.removeAttribute(attribute);
      style.remove();
    },
    restoreStyle() {
      if (!style.isConnected && container.hasAttribute(attribute)) (doc.head ?? doc.documentElement).appendChild(style);
    },
  };
}
