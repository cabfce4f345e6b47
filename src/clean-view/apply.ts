// The parent across a shadow root's boundary: containment sets must see a shadow tree's host.
import { composedParent } from '../classifier/dom.js';
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
  /**
   * Lets go of an element the page took out: its marks go, so that if the page puts it back it is
   * read afresh (hidden again with a bar of its own, or shown if it is now the article's), not left
   * hidden with no bar to show it.
   */
  release(element: Element): void;
  /** Puts the stylesheet back when the page removed it; true when it had to. */
  restoreStyle(): boolean;
  /** Removes every attribute and the stylesheet: the document is exactly as before. */
  revert(): void;
}

/** Copies of the marker attribute removed before Sift gives up on a page that keeps making them. */
export const MAX_STRIPS = 500;

/** The open shadow root `element` lives in, or null when it is in the document itself. */
function shadowRootOf(element: Element): ShadowRoot | null {
  const root = element.getRootNode();
  return root.nodeType === 11 && (root as ShadowRoot).host ? (root as ShadowRoot) : null;
}

/** Twelve hex digits: what names Sift's attributes and elements in one page, unguessable to it. */
export function randomToken(): string {
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
  // Containment is tracked with sets, not a test per pair of elements: pairwise tests made 8,000
  // sections take seconds, and 200,000 would hang the tab. Climbing stops at a node already in a
  // set, so building them is linear in the page.
  // `keep`: the article blocks and their ancestors, never hidden (sections are disjoint, but be sure).
  const keep = new Set<Node>();
  for (const section of classification.sections) {
    if (section.label !== 'article') continue;
    for (let node: Node | null = section.element; node && !keep.has(node); node = composedParent(node)) keep.add(node);
  }
  // `hiddenSet` and its ancestors `holdsHidden`: one attribute per block, never one inside another.
  const hiddenSet = new Set<Node>();
  const holdsHidden = new Set<Node>();
  const insideHidden = (element: Element): boolean => {
    for (let node: Node | null = element; node; node = composedParent(node)) if (hiddenSet.has(node)) return true;
    return false;
  };
  const hideOne = (element: Element, label: Label): boolean => {
    if (element.ownerDocument !== doc || !element.isConnected || element.hasAttribute(attribute)) return false;
    if (keep.has(element) || holdsHidden.has(element) || insideHidden(element)) return false;
    element.setAttribute(attribute, label);
    hidden.push({ element, label });
    hiddenSet.add(element);
    for (let node: Node | null = composedParent(element); node && !holdsHidden.has(node); node = composedParent(node)) holdsHidden.add(node);
    styleShadowRoot(element);
    return true;
  };
  // The document's stylesheet does not reach into shadow trees: each open shadow root holding a
  // hidden block gets its own copy, removed with the rest.
  const shadowStyles = new Map<ShadowRoot, HTMLStyleElement>();
  const makeStyle = () => {
    const sheet = doc.createElement('style');
    sheet.id = `${STYLE_ID_PREFIX}${token}`;
    sheet.textContent = `[${attribute}]:not([${revealed}]){display:none!important}`;
    return sheet;
  };
  function styleShadowRoot(element: Element): void {
    const root = shadowRootOf(element);
    if (!root || shadowStyles.has(root)) return;
    const sheet = makeStyle();
    root.appendChild(sheet);
    shadowStyles.set(root, sheet);
  }
  for (const section of classification.sections) {
    if (section.label === 'article' || (hide && !hide.has(section.label))) continue;
    hideOne(section.element, section.label);
  }
  const style = makeStyle();
  // A document without a root element has nothing connected to hide; do not throw on it.
  (doc.head ?? doc.documentElement)?.appendChild(style);
  // A page can read the marker attribute's name once it is set and copy it onto the article to
  // have Sift's own stylesheet hide it. Only elements Sift hid may carry it: copies are removed as
  // they appear (attribute changes and inserted subtrees), before the page is painted again.
  const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? globalThis.MutationObserver;
  // A page that copies again whatever is removed would loop with the guard forever and freeze the
  // tab: after MAX_STRIPS removals Sift gives up on this page, stops guarding and drops its
  // stylesheet, so the copies hide nothing (the appeals show again; the article is never hidden).
  let strips = 0;
  let overrun = false;
  const strip = (element: Element) => {
    if (overrun || hiddenSet.has(element) || !element.hasAttribute(attribute)) return;
    element.removeAttribute(attribute);
    if (++strips > MAX_STRIPS) {
      overrun = true;
      guard?.disconnect();
      style.remove();
      for (const sheet of shadowStyles.values()) sheet.remove();
    }
  };
  const guard = Observer
    ? new Observer((records) => {
        for (const record of records) {
          if (record.type === 'attributes') strip(record.target as Element);
          else for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) {
            strip(node as Element);
            for (const inner of Array.from((node as Element).querySelectorAll(`[${attribute}]`))) strip(inner);
          }
        }
      })
    : null;
  guard?.observe(doc, { attributes: true, attributeFilter: [attribute], childList: true, subtree: true });
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
    release(element) {
      if (!active || !hiddenSet.delete(element)) return;
      hidden.splice(hidden.findIndex((entry) => entry.element === element), 1);
      element.removeAttribute(attribute);
      element.removeAttribute(revealed);
    },
    restoreStyle() {
      const parent = doc.head ?? doc.documentElement;
      if (!active || overrun || !parent) return false;
      let restored = false;
      for (const [root, sheet] of shadowStyles) {
        if (sheet.parentNode === root) continue;
        root.appendChild(sheet);
        restored = true;
      }
      if (!style.isConnected) {
        parent.appendChild(style);
        restored = true;
      }
      return restored;
    },
    revert() {
      if (!active) return;
      active = false;
      guard?.disconnect();
      // Copies the page made since the last check: the page could not know the name before.
      for (const element of Array.from(doc.querySelectorAll(`[${attribute}]`))) strip(element);
      for (const { element } of hidden) {
        element.removeAttribute(attribute);
        element.removeAttribute(revealed);
      }
      style.remove();
      for (const sheet of shadowStyles.values()) sheet.remove();
    },
  };
}
