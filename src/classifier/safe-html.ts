import { ELEMENT_NODE, TEXT_NODE, isBlock, isInvisibleTag, tagOf } from './dom.js';

/** The only tags the article's `html` may hold; everything else is unwrapped to its text. */
export const SAFE_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'FIGURE', 'IMG', 'A', 'EM', 'STRONG', 'CODE', 'PRE', 'BR']);
/** Tags mapped onto a safe equivalent. */
const ALIASES: Record<string, string> = { B: 'STRONG', I: 'EM', H1: 'H2', FIGCAPTION: 'P', TT: 'CODE', KBD: 'CODE' };

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * What `/\s+/g` replaced by one space changes: a run of two or more white-space characters, or
 * one that is not a plain space. Prose has a plain space between every two words, each a match
 * of `/\s+/g` replaced by itself; this pattern leaves them alone (the same output; 0.86x the time
 * over every text node of the corpus in Chromium, indentation included). dom.ts's collapse does
 * the same with U+200B added to white space; the writer keeps `\s` alone, as it always read it.
 */
const WHITE_SPACE_TO_SPACE = /\s\s+|[^\S ]/g;

const TO_ESCAPE = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most text nodes hold none of these: asked first, the text is returned as it is.
  return TO_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!) : text;
}

/** A path from the site's root that URL parsing keeps as written: plain characters, no host. */
const PLAIN_ROOT_PATH = /^\/(?![/\\])[A-Za-z0-9\-_~./]*$/;
/** …unless a segment is "." or "..", which parsing resolves. */
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;
/** What the last base resolves "/" to, less the slash: a long article resolves hundreds of links against one base. */
let lastBase: { base: string; prefix: string } | null = null;

function rootPrefix(base: string): string {
  if (lastBase?.base !== base) {
    const url = new URL('/', base);
    lastBase = { base, prefix: url.protocol === 'http:' || url.protocol === 'https:' ? url.href.slice(0, -1) : '' };
  }
  return lastBase.prefix;
}

/** An absolute http(s) URL, or '' for anything else (javascript:, data:, relative without a base). */
export function safeUrl(raw: string | null, base: string | undefined): string {
  if (!raw) return '';
  // Without a base only an absolute URL resolves, and it has a scheme: no colon, no URL (a thrown
  // parse error costs more than the parse).
  if (!base && !raw.includes(':')) return '';
  try {
    // "/story/123" against an http(s) base is the base's origin and the path as written.
    if (base && PLAIN_ROOT_PATH.test(raw) && !DOT_SEGMENT.test(raw)) {
      const prefix = rootPrefix(base);
      if (prefix) return prefix + raw;
    }
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** How the writer treats a tag: read once per tag name. `name` is the safe tag written, '' for none. */
interface TagWriting {
  invisible: boolean;
  block: boolean;
  name: string;
}

const WRITING = new Map<string, TagWriting>();

function writingOf(el: Element): TagWriting {
  let writing = WRITING.get(el.tagName);
  if (!writing) {
    const raw = tagOf(el);
    const tag = ALIASES[raw] ?? raw;
    writing = { invisible: isInvisibleTag(el), block: isBlock(el), name: SAFE_TAGS.has(tag) ? tag.toLowerCase() : '' };
    WRITING.set(el.tagName, writing);
  }
  return writing;
}

/**
 * Serialises `root` (an element, or a run of sibling nodes: loose text) keeping only safe semantic
 * tags and, of attributes, only http(s) `href` on links and `src`/`alt` on images. Built by
 * string, never by parsing page HTML.
 */
export function safeHtml(root: Element | Node[], base: string | undefined): string {
  const out: string[] = [];
  for (const node of Array.isArray(root) ? root : [root]) writeNode(node, base, out);
  return out.join('').replace(/ {2,}/g, ' ').replace(/\s+</g, ' <').trim();
}

/** Output that is a block of its own; anything else is wrapped in a paragraph. */
const SAFE_BLOCK_OUTPUT = /^<(p|h[2-6]|ul|ol|blockquote|figure|pre|img)[ >]/;

/** One body block of the article (an element, or a run of loose text) as a block of safe HTML: `safeHtml`, in a paragraph unless it is a block or an image. */
export function safeBlockHtml(root: Element | Node[], base: string | undefined): string {
  const fragment = safeHtml(root, base);
  return !fragment || SAFE_BLOCK_OUTPUT.test(fragment) || (!Array.isArray(root) && tagOf(root) === 'IMG') ? fragment : `<p>${fragment}</p>`;
}

/**
 * Writes `root` and what it holds, light DOM only (a shadow root's content is left out), with a
 * loop of its own instead of dom.ts's `walk`: the article of a long page is tens of thousands of
 * nodes, and the walk's callbacks and shadow-root checks on each of them were most of the writer.
 */
function writeNode(root: Node, base: string | undefined, out: string[]): void {
  // The closing tag (or separating space, or nothing) due for each element being written, innermost last.
  const closers: string[] = [];
  let node: Node = root;
  for (;;) {
    let closer: string | null = null;
    const type = node.nodeType;
    if (type === TEXT_NODE) out.push(escapeHtml((node as Text).data.replace(WHITE_SPACE_TO_SPACE, ' ')));
    else if (type === ELEMENT_NODE) closer = openElement(node as Element, base, out);
    if (closer !== null) {
      const child = node.firstChild;
      if (child) {
        closers.push(closer);
        node = child;
        continue;
      }
      if (closer) out.push(closer);
    }
    // Next: the sibling, else close elements until one has a next sibling.
    for (;;) {
      if (node === root) return;
      const next = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode!;
      const due = closers.pop()!;
      if (due) out.push(due);
    }
  }
}

/**
 * Writes the opening of `el` and returns what closes it ('' for nothing), or null when its
 * content is not written (invisible, an image, a line break).
 */
function openElement(el: Element, base: string | undefined, out: string[]): string | null {
  const { invisible, block, name } = writingOf(el);
  if (invisible) return null;
  if (!name) {
    // An unwrapped block still separates words: "<div>a</div><div>b</div>" is "a b".
    if (!block) return '';
    out.push(' ');
    return ' ';
  }
  if (name === 'img') {
    const src = safeUrl(el.getAttribute('src') ?? el.getAttribute('data-src'), base);
    if (src) out.push(`<img src="${escapeHtml(src)}" alt="${escapeHtml(el.getAttribute('alt') ?? '')}">`);
    return null;
  }
  if (name === 'br') {
    out.push('<br>');
    return null;
  }
  if (name === 'a') {
    const href = safeUrl(el.getAttribute('href'), base);
    if (!href) return ''; // unsafe or relative without base: keep the text, drop the link
    out.push(`<a href="${escapeHtml(href)}">`);
  } else {
    out.push(`<${name}>`);
  }
  return `</${name}>`;
}
