import { isWhitespace } from './whitespace.js';

/**
 * DOM helpers shared by the classifier. Everything here reads, nothing writes, and nothing
 * recurses per DOM level: pages nest 3,000 deep and a recursive walk would overflow the stack.
 * Node types are compared by number, not `instanceof`, so the code works across realms
 * (a content script's DOM, jsdom, another window's document).
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;

/** Elements whose content is never text a reader sees (the corpus README's visible-text rule). */
export const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT']);

/** Block-level tags: their start and end separate text (the corpus README's step 3). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'BUTTON', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI',
  'MAIN', 'MENU', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'LABEL', 'INPUT', 'TEXTAREA', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO',
]);

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

export function isInvisibleTag(el: Element): boolean {
  return INVISIBLE_TAGS.has(el.tagName) || INVISIBLE_TAGS.has(tagOf(el));
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/**
 * The white space collapse replaces: a run of two or more white-space characters (`\s`, which
 * holds U+00A0, U+2028 and U+2029, and the zero-width space), or one that is not a plain space.
 * A plain space between two words is left alone rather than replaced by itself: prose has one
 * between every two words, and each was a match of `/[\s\u200b]+/g` (collapse 0.6x in Chromium).
 */
const SPACE_RUNS_TO_REPLACE = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

export function collapse(text: string): string {
  return text.replace(SPACE_RUNS_TO_REPLACE, ' ').trim();
}

/**
 * True when more than `limit` characters of `text` are not white space as collapse reads it
 * (`\s`, the set trim removes, and U+200B): `collapse(text)` is then longer than `limit`, and a
 * whole article body's text need not be collapsed to learn that it is long.
 */
export function keepsMoreThan(text: string, limit: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isWhitespace(code) && code !== 0x200b && ++kept > limit) return true;
  }
  return false;
}

export const FRAGMENT_NODE = 11;

/**
 * The open shadow root of `el`, or null. What a reader sees of a web component is its shadow
 * tree, so the classifier reads open ones as if they were the host's first children; closed ones
 * are the page's business and stay unread.
 */
export function openShadowRoot(el: Element): ShadowRoot | null {
  const root = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (!root || root.nodeType !== FRAGMENT_NODE || root.mode !== 'open') return null;
  // Sift's own placeholders ("… hidden · why · show") keep their text in a shadow root: while
  // clean view is on the page is classified again, and those words are not the page's.
  return el.tagName.toUpperCase().startsWith('SIFT-') ? null : root;
}

/**
 * The elements a shadow root can be attached to (the DOM standard's valid shadow host names, plus
 * custom elements, whose names hold a hyphen): no other element can have one, so a walk need not ask.
 */
const SHADOW_HOST_TAGS = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN']);

export function mayHostShadow(tag: string): boolean {
  return SHADOW_HOST_TAGS.has(tag) || tag.includes('-');
}

/** True for a shadow root (a fragment with a host). */
function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === FRAGMENT_NODE && (node as ShadowRoot).host !== undefined && (node as ShadowRoot).host !== null;
}

/** The first child in the composed tree: the open shadow root of an element, else its first child. */
function firstComposedChild(node: Node): Node | null {
  return (node.nodeType === ELEMENT_NODE ? openShadowRoot(node as Element) : null) ?? node.firstChild;
}

/** The parent in the composed tree: a shadow root's host stands in for the shadow root. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  return parent && isShadowRoot(parent) ? parent.host : parent;
}

/** The parent element in the composed tree (across a shadow root to its host). */
export function composedParentElement(el: Element): Element | null {
  const parent = composedParent(el);
  return parent && parent.nodeType === ELEMENT_NODE ? (parent as Element) : null;
}

/**
 * The element children of `el` in the composed tree: its open shadow root's, then its own.
 * Given `el`'s upper-case tag, an element that cannot host a shadow root is not asked for one.
 */
export function composedChildren(el: Element, tag?: string): Element[] {
  const children: Element[] = [];
  const shadow = tag === undefined || mayHostShadow(tag) ? openShadowRoot(el) : null;
  if (shadow) for (let child = shadow.firstElementChild; child; child = child.nextElementSibling) children.push(child);
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) children.push(child);
  return children;
}

/**
 * Visits every node under `root` in document order without recursion, entering open shadow
 * roots (the shadow root itself is visited, as a fragment, before the host's own children).
 * `enter` may return false to skip a node's children; `leave` runs after a node's children
 * (post-order). When `stop` returns true (checked before each node is entered) the walk ends.
 */
export function walk(root: Node, enter: (node: Node) => boolean, leave?: (node: Node) => void, stop?: () => boolean): void {
  let node: Node | null = root;
  while (node) {
    if (stop?.()) return;
    const first: Node | null = enter(node) ? firstComposedChild(node) : null;
    if (first) {
      node = first;
      continue;
    }
    // Leave this node, then climb until a node with a next sibling is found. A shadow root's
    // next sibling is its host's first own child; its parent is the host.
    let current: Node | null = node;
    node = null;
    while (current) {
      leave?.(current);
      if (current === root) return;
      const shadow = isShadowRoot(current);
      const next: Node | null = shadow ? (current as ShadowRoot).host.firstChild : current.nextSibling;
      if (next) {
        node = next;
        break;
      }
      current = shadow ? (current as ShadowRoot).host : current.parentNode;
    }
  }
}

/**
 * What marks a block boundary in gathered text before it is cut into lines: the vertical tab, not
 * a newline, which the page's own text holds wherever its source wrapped a line. White space to
 * `\s` and to trim, as collapsing needs, and one byte: V8 keeps a string of Latin-1 characters in
 * one byte each, and U+2029, the marker before, made the whole page text and every block's text
 * sliced from it two bytes a character (the 300k page's call allocated 391 MB with it, 334 without).
 */
export const BLOCK_BREAK = '\v';

/**
 * The text a reader sees in `root`, with block boundaries as separators:
 * ' ' collapsed (`blockSeparator` = ' ') or newline-separated paragraphs (`'\n'`).
 */
export function visibleText(root: Node, blockSeparator: ' ' | '\n' = ' ', maxChars = Infinity): string {
  const separator = blockSeparator === ' ' ? ' ' : BLOCK_BREAK;
  const parts: string[] = [];
  let length = 0;
  // Past `maxChars` the walk stops instead of skipping node by node through the rest of the
  // subtree: nested regions call this at every level. What it would still have added is only
  // block separators, which collapsing removes, so the text is the same.
  walk(
    root,
    (node) => {
      if (node.nodeType === TEXT_NODE) {
        const data = (node as Text).data;
        parts.push(data);
        length += data.length;
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return node.nodeType === DOCUMENT_NODE || node.nodeType === FRAGMENT_NODE;
      const el = node as Element;
      if (isInvisibleTag(el) && el !== root) return false;
      if (isBlock(el)) parts.push(separator);
      return true;
    },
    (node) => {
      if (node.nodeType === ELEMENT_NODE && isBlock(node as Element)) parts.push(separator);
    },
    () => length > maxChars,
  );
  const joined = parts.join('');
  return blockSeparator === ' ' ? collapse(joined) : linesOfText(joined);
}

/** Gathered text (blocks ended by BLOCK_BREAK) as one collapsed line per block, empty ones left out. */
export function linesOfText(text: string): string {
  return text
    .split(BLOCK_BREAK)
    .map(collapse)
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The attributes hint rules read after class and id, in the order their values join. */
const HINT_ATTRIBUTES = ['role', 'aria-label', 'data-component', 'data-testid', 'data-type', 'itemprop'];

/** The class attribute, read as the `className` property where that is a string (an SVG element's is an object). */
export function classAttribute(el: Element): string | null {
  const className: unknown = el.className;
  return typeof className === 'string' ? className : el.getAttribute('class');
}

/** Class, id, role and labelling attributes of one element, lower-cased: what hint rules read. */
export function hintString(el: Element): string {
  // Most paragraphs and spans carry no attribute at all. (Reading the attribute names first and
  // only those among them measured the same in Chromium.)
  if (!el.hasAttributes()) return '';
  // Class and id as properties: in Chromium a getAttribute call costs about twice as much.
  const cls = classAttribute(el);
  let out = cls ? ` ${cls}` : '';
  if (el.id) out += ` ${el.id}`;
  for (const name of HINT_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value) out += ` ${value}`;
  }
  return out.toLowerCase();
}

/** Characters of the text nodes directly inside `el` (not in its child elements), trimmed. */
export function directTextLength(el: Element): number {
  let length = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) length += (child as Text).data.trim().length;
  }
  return length;
}

/** Hidden by the `hidden` attribute, `aria-hidden="true"` or an inline display/visibility style. */
export function hiddenByAttributeOrStyle(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Chinese and Japanese are written without spaces between words: each ideograph or kana counts as one. */
export function isCjk(code: number): boolean {
  return code >= 0x3040 && code <= 0x9fff;
}

/** Their punctuation (、。「」 and the full-width ，：；？！) separates words as a space does. */
export function isCjkPunctuation(code: number): boolean {
  return (code >= 0x3000 && code < 0x3040) || (code >= 0xff01 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20);
}

export function countWords(text: string): number {
  if (!text) return 0;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below U+3000 a character is neither CJK nor its punctuation: most text, asked less.
    if (code < 0x3000) {
      if (code <= 32) inWord = false;
      else if (!inWord) {
        count++;
        inWord = true;
      }
      continue;
    }
    const space = isCjkPunctuation(code);
    if (!space && (!inWord || isCjk(code))) count++;
    inWord = !space && !isCjk(code);
  }
  return count;
}

export function documentOf(root: Document | Element): Document {
  return root.nodeType === DOCUMENT_NODE ? (root as Document) : (root as Element).ownerDocument;
}

export function bodyOf(root: Document | Element): Element | null {
  if (root.nodeType !== DOCUMENT_NODE) return root as Element;
  const doc = root as Document;
  return doc.body ?? doc.documentElement ?? null;
}

/** True when `ancestor` contains `node` (or is it). Works on detached trees too. */
export function contains(ancestor: Node, node: Node): boolean {
  return ancestor === node || ancestor.contains(node);
}
