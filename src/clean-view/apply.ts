import type { Classification, Label } from '../classifier/types.js';

/** The attribute prefix Sift marks hidden blocks with; a random token follows per application. */
export const HIDDEN_ATTRIBUTE_PREFIX = 'data-sift-hidden-';
export const STYLE_ID_PREFIX = 'sift-clean-view-';

export interface CleanViewOptions {
  /** Which labels to hide (default: every label but `article`). */
  hide?: ReadonlySet<Label>;
  /** A fixed token (tests); by default a random one, so a page cannot pre-mark its own elements. */
  token?: string;
}

export interface CleanView {
  /** The attribute set on each hidden element. */
  attribute: string;
  /** The elements hidden, with their labels, in document order. */
  hidden: Array<{ element: Element; label: Label }>;
  /** Shows one hidden block again (the placeholder's "show"). */
  reveal(element: Element): void;
  /** Removes every attribute and the stylesheet: the document is exactly as before. */
  revert(): void;
}

function randomToken(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Hides every non-article section of `classification` with one attribute per element and one
 * injected stylesheet (uBlock Origin's way): nothing is removed or moved, so `revert()` restores
 * the page's DOM exactly.
 */
export function applyCleanView(doc: Document, classification: Classification, options: CleanViewOptions = {}): CleanView {
  const token = options.token ?? randomToken();
  const attribute = `${HIDDEN_ATTRIBUTE_PREFIX}${token}`;
  const revealed = `${attribute}-shown`;
  const hidden: CleanView['hidden'] = [];
  const hide = options.hide;
  // Never hide an article block or an element that holds one (sections are disjoint, but be sure).
  // The article blocks and their ancestors are collected once: climbing stops at a node already
  // seen, so this is linear in the page, where a containment test per pair of sections was
  // quadratic (8,000 sections took seconds; 200,000 would hang the tab).
  const keep = new Set<Node>();
  for (const section of classification.sections) {
    if (section.label !== 'article') continue;
    for (let node: Node | null = section.element; node && !keep.has(node); node = node.parentNode) keep.add(node);
  }
  for (const section of classification.sections) {
    if (section.label === 'article' || (hide && !hide.has(section.label))) continue;
    const { element } = section;
    if (keep.has(element) || element.ownerDocument !== doc || !element.isConnected || element.hasAttribute(attribute)) continue;
    element.setAttribute(attribute, section.label);
    hidden.push({ element, label: section.label });
  }
  const style = doc.createElement('style');
  style.id = `${STYLE_ID_PREFIX}${token}`;
  style.textContent = `[${attribute}]:not([${revealed}]){display:none!important}`;
  // A document without a root element has nothing connected to hide; do not throw on it.
  (doc.head ?? doc.documentElement)?.appendChild(style);
  let active = true;
  return {
    attribute,
    hidden,
    reveal(element) {
      if (active && element.hasAttribute(attribute)) element.setAttribute(revealed, '');
    },
    revert() {
      if (!active) return;
      active = false;
      for (const { element } of hidden) {
        element.removeAttribute(attribute);
        element.removeAttribute(revealed);
      }
      style.remove();
    },
  };
}
