/**
 * Checks shared by the property, bad-input and safe-html tests. Each throws an Error naming what is
 * wrong, so fast-check can shrink on it and vitest can print it.
 */
import { JSDOM } from 'jsdom';
import { LABELS, PAYWALL_TYPES, type Classification } from '../../src/classifier/types.js';

/** The reason `classify` gives when its own code threw: a property test must never see it. */
export const INTERNAL_ERROR_PREFIX = 'The page could not be read';

/** Tags the article's safe HTML may hold (the list), upper-case. */
export const ALLOWED_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'FIGURE', 'IMG', 'A', 'EM', 'STRONG', 'CODE', 'PRE', 'BR']);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { A: ['href'], IMG: ['src', 'alt'] };

function fail(message: string): never {
  throw new Error(message);
}

/** `ancestor` holds `node` in the composed tree: open shadow roots belong to their host. */
function holds(ancestor: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) if (at === ancestor) return true;
  return false;
}

/** Sections disjoint, in document order and inside `root`; fields of the documented types. */
export function expectWellFormed(result: Classification, root: Document | Element): void {
  if (!result || !Array.isArray(result.sections)) fail('classify returned no sections array');
  const { article, paywall, sections } = result;
  if (article.absentReason.startsWith(INTERNAL_ERROR_PREFIX)) fail(`classify hit an internal error: ${article.absentReason}`);
  const container = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!;
    if (!(LABELS as readonly string[]).includes(section.label)) fail(`unknown label ${section.label}`);
    if (!(section.confidence >= 0 && section.confidence <= 1)) fail(`confidence ${section.confidence} out of [0, 1]`);
    if (section.ruleIds.length !== section.reasons.length) fail('ruleIds and reasons differ in length');
    if (section.reasons.some((reason) => typeof reason !== 'string' || reason.length === 0)) fail('an empty reason');
    if (typeof section.text !== 'string') fail('section text is not a string');
    if (!container || !holds(container, section.element)) fail(`section <${section.element.tagName}> lies outside the root`);
    const previous = sections[i - 1];
    if (previous) {
      if (previous.element === section.element) fail(`<${section.element.tagName}> is two sections`);
      if (previous.element.contains(section.element) || section.element.contains(previous.element)) fail('two sections overlap');
      if (!(previous.element.compareDocumentPosition(section.element) & 4)) fail('sections out of document order');
    }
  }
  for (const key of ['title', 'byline', 'published', 'siteName', 'lang', 'text', 'html', 'absentReason'] as const) {
    if (typeof article[key] !== 'string') fail(`article.${key} is not a string`);
  }
  if (!Number.isInteger(article.wordCount) || article.wordCount < 0) fail(`wordCount ${article.wordCount}`);
  if (!Number.isInteger(article.readingMinutes) || article.readingMinutes < 0) fail(`readingMinutes ${article.readingMinutes}`);
  // No article exactly when there is a reason for its absence.
  if ((article.wordCount === 0) !== (article.absentReason !== '')) fail(`wordCount ${article.wordCount} with absentReason "${article.absentReason}"`);
  if (article.wordCount === 0 && (article.text !== '' || article.readingMinutes !== 0)) fail('an absent article with text or reading time');
  if (!(PAYWALL_TYPES as readonly string[]).includes(paywall.type)) fail(`unknown paywall type ${paywall.type}`);
  if (paywall.evidence.some((e) => !e.ruleId || !e.reason)) fail('paywall evidence without rule or reason');
}

const SPACE = /[\s\u00a0\u200b\u2028\u2029]+/g;

/** True when the non-space characters of `part` occur in `whole` in the same order. */
export function isCharSubsequence(part: string, whole: string): boolean {
  const a = part.replace(SPACE, '');
  const b = whole.replace(SPACE, '');
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    j = b.indexOf(a[i]!, j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

const parserWindow = new JSDOM('').window;

/**
 * Parses HTML inertly, as a popup's `innerHTML` on a div would read it, and returns the container.
 * DOMParser documents run no scripts and load nothing. (jsdom's `innerHTML` and template parsing
 * are quadratic in the number of top-level nodes — 10,000 paragraphs take minutes — whole-document
 * parsing is not.)
 */
export function parseFragment(html: string): HTMLElement {
  return new parserWindow.DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html').body;
}

function checkSafeTree(container: HTMLElement, where: string): void {
  const walker = container.ownerDocument.createTreeWalker(container, 1 | 8);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 8) fail(`${where}: a comment survived`);
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') fail(`${where}: <${el.tagName}> in namespace ${el.namespaceURI}`);
    if (!ALLOWED_TAGS.has(tag)) fail(`${where}: tag <${el.tagName}> is not allowed`);
    for (const attribute of Array.from(el.attributes)) {
      if (!(ALLOWED_ATTRIBUTES[tag] ?? []).includes(attribute.name)) fail(`${where}: attribute ${attribute.name} on <${el.tagName}>`);
      if (attribute.name === 'href' || attribute.name === 'src') {
        let protocol = '';
        try {
          protocol = new URL(attribute.value).protocol;
        } catch {
          fail(`${where}: ${attribute.name}="${attribute.value}" is not an absolute URL`);
        }
        if (protocol !== 'http:' && protocol !== 'https:') fail(`${where}: ${attribute.name}="${attribute.value}" is not http(s)`);
      }
    }
  }
}

/**
 * The article HTML holds only allowed tags, `href` on links, `src`/`alt` on images, http(s) URLs,
 * and still does after a serialise-and-parse round trip (no mutation XSS).
 */
export function expectSafeHtml(html: string): void {
  const body = parseFragment(html);
  checkSafeTree(body, 'article.html');
  checkSafeTree(parseFragment(body.innerHTML), 'article.html re-parsed');
}

/** The whole document as text, for before/after comparisons (doctype and every top-level node). */
export function serialize(doc: Document): string {
  return Array.from(doc.childNodes, (node) => (node.nodeType === 1 ? (node as Element).outerHTML : `${node.nodeType}:${node.nodeName}:${node.textContent ?? ''}`)).join('\n');
}
