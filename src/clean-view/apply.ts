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
  /** Hides a revealed block again (undoes `reveal`). */
  conceal(element: Element): void;
  /** Hides one more element later (late content); false when it is not hideable or already hidden. */
  add(element: Element, label: Label): boolean;
  /** Puts the stylesheet back when the page removed it; true when it had to. */
  restoreStyle(): boolean;
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
  const hideOne = (element: Element, label: Label): boolean => {
    if (element.ownerDocument !== doc || !element.isConnected || element.hasAttribute(attribute)) return false;
    // Never hide an element that holds (or sits in) an element already hidden: one attribute per block.
    if (hidden.some((entry) => entry.element.contains(element) || element.contains(entry.element))) return false;
    element.setAttribute(attribute, label);
    hidden.push({ element, label });
    return true;
  };
  for (const section of classification.sections) {
    if (section.label === 'article' || (hide && !hide.has(section.label))) continue;
    // Never hide an element that holds a kept article block (sections are disjoint, but be sure).
    if (classification.sections.some((other) => other.label === 'article' && other.element !== section.element && section.element.contains(other.element))) continue;
    hideOne(section.element, section.label);
  }
  const style = doc.createElement('style');
  style.id = `${STYLE_ID_PREFIX}${token}`;
  style.textContent = `[${attribute}]:not([${revealed}]){display:none!important}`;
  (doc.head ?? doc.documentElement).appendChild(style);
  let active = true;
  return {
    attribute,
    hidden,
    reveal(element) {
      if (active && element.hasAttribute(attribute)) element.setAttribute(revealed, '');
    },
    conceal(element) {
      if (active) element.removeAttribute(revealed);
    },
    add(element, label) {
      return active && label !== 'article' && hideOne(element, label);
    },
    restoreStyle() {
      if (!active || style.isConnected) return false;
      (doc.head ?? doc.documentElement).appendChild(style);
      return true;
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
