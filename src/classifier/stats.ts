import { BLOCK_BREAK, BLOCK_TAGS, ELEMENT_NODE, FRAGMENT_NODE, INVISIBLE_TAGS, TEXT_NODE, collapse, directTextLength, hintString, linesOfText, mayHostShadow, openShadowRoot, tagOf } from './dom.js';

/**
 * Per-element figures computed bottom-up in one pass over the page. Rules read these instead of
 * querying each block's subtree: a block at every level of a deep page would otherwise read its
 * whole subtree again, level after level.
 */
export interface ElementStats {
  element: Element;
  /** The composed parent element, null for the root of the pass. */
  parent: Element | null;
  /** Position in document order (the pass's `inOrder`). */
  index: number;
  /** Upper-case tag name, read once here. */
  tag: string;
  /**
   * The hint attributes (dom.ts's hintString), null until first asked for (`hintsOf`): on a real
   * browser each attribute read is a call into the engine, and reading eight of them for every
   * element was a third of this pass; most elements' hints are never asked for.
   */
  hints: string | null;
  /** Trimmed characters of the text nodes directly inside (dom.ts's directTextLength). */
  directText: number;
  /** Characters of visible text (runs of whitespace count as one). */
  textLength: number;
  /** Characters of that text inside links. */
  linkLength: number;
  /** Descendant elements, for link-list and density checks. */
  elements: number;
  /** Paragraph-like elements (p, pre), this one included. */
  paragraphs: number;
  /** Commas in the text: prose has them, menus do not. */
  commas: number;
  /** Descendant links (`a`). */
  links: number;
  /** Descendant paragraphs (`p`) of at least PROSE_PARAGRAPH_CHARS characters. */
  proseParagraphs: number;
  /** Descendant h2–h4 headings that are links or hold one (teaser cards). */
  linkedHeadings: number;
  /** Descendant h5 headings that are links or hold one. */
  linkedMinorHeadings: number;
  /** Descendant media elements (img, picture, video, audio, iframe, embed, object). */
  media: number;
  /** Descendant text areas (comment forms). */
  textareas: number;
  /** Descendant e-mail fields (type, name or placeholder says mail). */
  emailInputs: number;
  /** Where the element's text starts and ends in the page text, and how many text characters come before it. */
  textStart: number;
  textEnd: number;
  textBefore: number;
}

/** A paragraph this long (characters) counts as prose for splitting decisions. */
export const PROSE_PARAGRAPH_CHARS = 180;

const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'EMBED', 'OBJECT']);
const LINKED_HEADING_TAGS = new Set(['H2', 'H3', 'H4']);

/** What the pass asks of a tag, as bits: one lookup an element instead of a set lookup per question. */
const BLOCK = 1;
const INVISIBLE = 2;
const LINK = 4;
const LINKED_HEADING = 8;
const MINOR_HEADING = 16;
const PARAGRAPH = 32;
const MEDIA = 64;
const TEXTAREA = 128;
const INPUT = 256;
const SHADOW_HOST = 512;

interface TagInfo {
  /** Upper case (tagOf). */
  tag: string;
  bits: number;
}

/** By tag name as the element gives it: a page has a few dozen distinct tags. */
const TAG_INFO = new Map<string, TagInfo>();

function tagInfo(el: Element): TagInfo {
  const name = el.tagName;
  let info = TAG_INFO.get(name);
  if (!info) {
    const tag = tagOf(el);
    const bits =
      (BLOCK_TAGS.has(tag) ? BLOCK : 0) |
      (INVISIBLE_TAGS.has(tag) ? INVISIBLE : 0) |
      (tag === 'A' ? LINK : 0) |
      (LINKED_HEADING_TAGS.has(tag) ? LINKED_HEADING : 0) |
      (tag === 'H5' ? MINOR_HEADING : 0) |
      (tag === 'P' || tag === 'PRE' ? PARAGRAPH : 0) |
      (MEDIA_TAGS.has(tag) ? MEDIA : 0) |
      (tag === 'TEXTAREA' ? TEXTAREA : 0) |
      (tag === 'INPUT' ? INPUT : 0) |
      (mayHostShadow(tag) ? SHADOW_HOST : 0);
    info = { tag, bits };
    TAG_INFO.set(name, info);
  }
  return info;
}

function emptyStats(element: Element | null, parent: Element | null, index: number, tag: string): ElementStats {
  return {
    element: element as Element, parent, index, tag, hints: null, directText: 0, textLength: 0, linkLength: 0, elements: 0, paragraphs: 0, commas: 0, links: 0, proseParagraphs: 0,
    linkedHeadings: 0, linkedMinorHeadings: 0, media: 0, textareas: 0, emailInputs: 0, textStart: 0, textEnd: 0, textBefore: 0,
  };
}

/** The stats of nothing: an element the pass did not reach, or text that is no element. */
export const NO_STATS: ElementStats = { ...emptyStats(null, null, -1, ''), hints: '' };

/**
 * The page's visible text as one string, block boundaries marked with BLOCK_BREAK (a vertical tab), and
 * where each text node ends in it: an element's text is a slice of it instead of a walk of its
 * subtree.
 */
export interface PageText {
  raw: string;
  /** End offset in `raw` of each text node, in document order… */
  nodeEnds: number[];
  /** …and the text characters up to and including it. */
  nodeTotals: number[];
}

export interface StatsTable extends Map<Element, ElementStats> {
  pageText?: PageText;
  /** Every element's stats in document order (an element's descendants follow it, `elements` of them). */
  inOrder?: ElementStats[];
  /**
   * Phrase counts by block text, for this page only. A wrapper with one child has its child's
   * text, and chains of them are common: on the corpus, blocks repeat a text twelve times over.
   */
  phraseCounts?: Map<string, number[]>;
  /** Collapsed whole texts sliceText gave (not cut), by element: linesOf reuses one that is one line. */
  wholeTexts?: Map<Element, string>;
}

/** What `readText` found in a text node's data: reused, not a new object a node. */
const textRead = { visible: 0, commas: 0, trimmed: 0 };

const SPACE_RUN = /[\0-\x20\xa0]+/g;
/**
 * White space other than single plain spaces (two spaces, or any other of those characters):
 * text without any reads as long as it is, and is not copied.
 */
// eslint-disable-next-line no-control-regex -- control characters are white space to the count
const IRREGULAR_SPACE = /[\0-\x1f\xa0]| {2}/;
const EVERY_COMMA = /[,、，]/g;

/**
 * A text node's visible characters (runs of white space count as one, none at the start), its
 * commas (Chinese and full-width ones too), and its length once trimmed.
 * Built-in string methods do the reading: a loop in script over every character was up to half of
 * this pass in a fresh page, while the engine still interprets or tiers the code up; the regexes
 * run as native code from the first call. Text with single plain spaces only (most of it) is not
 * copied: copying every text node made the warm pass on a 100k-element page 20-50% slower than
 * the loop. The pass in Chromium, loop against this: first four calls in a fresh page (means
 * over the corpus) 8.8, 5.7, 4.5, 3.1 ms against 6.7, 4.2, 3.2, 2.6; warm on the 100k page
 * 189-220 ms against 163-192.
 */
function readText(data: string): void {
  // Leading spaces, tabs and line breaks first: the indentation between tags is most text nodes
  // of a page, and nothing in it counts (a loop here beat three native calls on it).
  let start = 0;
  while (start < data.length) {
    const code = data.charCodeAt(start);
    if (code !== 32 && (code < 9 || code > 13)) break;
    start++;
  }
  if (start === data.length) {
    textRead.visible = textRead.commas = textRead.trimmed = 0;
    return;
  }
  const text = data.slice(start);
  const collapsed = IRREGULAR_SPACE.test(text) ? text.replace(SPACE_RUN, ' ') : text;
  textRead.visible = collapsed.length - +(collapsed[0] === ' ');
  textRead.trimmed = text.trim().length;
  textRead.commas = countCommas(text);
}

/**
 * The commas in `text` (Chinese and full-width ones too), found one by one with a global regex's
 * test, which makes no match object: splitting the text to count its pieces made an array of copies
 * of every clause (12 MB of the 300k page's call). A text without any is one scan, as a test first was.
 */
function countCommas(text: string): number {
  let count = 0;
  EVERY_COMMA.lastIndex = 0;
  while (EVERY_COMMA.test(text)) count++;
  return count;
}

function isEmailInput(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return type === 'email' || /mail/i.test(el.getAttribute('name') ?? '') || /mail/i.test(el.getAttribute('placeholder') ?? '');
}

/** Computes stats for every element under `root`, and the page text, in a single iterative pass. */
export function computeStats(root: Node): StatsTable {
  const table: StatsTable = new Map();
  const parts: string[] = [];
  const nodeEnds: number[] = [];
  const nodeTotals: number[] = [];
  let offset = 0;
  let total = 0;
  /** Open `a` elements around the current node: a heading inside one is a linked heading. */
  let linkDepth = 0;
  const linkedHeading = new Set<Element>();
  /**
   * The walk keeps its own ancestors instead of asking each node for its parent: on a real
   * browser every DOM property read is a call into the engine, and the walk was most of them.
   * `open` holds the nodes being walked into (elements read visibly, shadow roots, the root);
   * `ancestors` the stats of the open elements, the last one the composed parent of what comes.
   */
  const open: Node[] = [];
  const ancestors: Array<ElementStats | null> = [];

  const inOrder: ElementStats[] = [];
  /** The tag bits of each element, by its `index`. */
  const bitsAt: number[] = [];
  const enterElement = (el: Element): ElementStats | null => {
    const { tag, bits } = tagInfo(el);
    const parent = el === root ? null : ancestors[ancestors.length - 1]?.element ?? null;
    const stats = emptyStats(el, parent, inOrder.length, tag);
    table.set(el, stats);
    inOrder.push(stats);
    bitsAt.push(bits);
    stats.textBefore = total;
    if (bits & INVISIBLE && el !== root) {
      stats.textStart = stats.textEnd = offset;
      // Left at once: it counts for its parent, its content is not read.
      leaveElement(el, stats, false);
      return null;
    }
    if (bits & LINK) linkDepth++;
    else if (linkDepth > 0 && bits & (LINKED_HEADING | MINOR_HEADING)) linkedHeading.add(el);
    stats.textStart = offset;
    if (bits & BLOCK) {
      parts.push(BLOCK_BREAK);
      offset += 1;
    }
    return stats;
  };

  const leaveElement = (el: Element, stats: ElementStats, visible: boolean): void => {
    const bits = bitsAt[stats.index]!;
    if (visible) {
      if (bits & BLOCK) {
        parts.push(BLOCK_BREAK);
        offset += 1;
      }
      stats.textEnd = offset;
    }
    if (bits & LINK) {
      stats.linkLength = stats.textLength;
      if (visible) linkDepth--;
    }
    if (bits & PARAGRAPH) stats.paragraphs++;
    const parentStats = el === root ? null : ancestors[ancestors.length - 1];
    if (!parentStats) return;
    parentStats.textLength += stats.textLength;
    parentStats.linkLength += stats.linkLength;
    parentStats.elements += stats.elements + 1;
    parentStats.paragraphs += stats.paragraphs;
    parentStats.commas += stats.commas;
    parentStats.links += stats.links + (bits & LINK ? 1 : 0);
    parentStats.proseParagraphs += stats.proseParagraphs + (stats.tag === 'P' && stats.textLength >= PROSE_PARAGRAPH_CHARS ? 1 : 0);
    parentStats.linkedHeadings += stats.linkedHeadings;
    parentStats.linkedMinorHeadings += stats.linkedMinorHeadings;
    if (bits & (LINKED_HEADING | MINOR_HEADING) && (linkedHeading.has(el) || stats.links > 0)) {
      if (bits & LINKED_HEADING) parentStats.linkedHeadings++;
      else parentStats.linkedMinorHeadings++;
    }
    parentStats.media += stats.media + (bits & MEDIA ? 1 : 0);
    parentStats.textareas += stats.textareas + (bits & TEXTAREA ? 1 : 0);
    parentStats.emailInputs += stats.emailInputs + (bits & INPUT && isEmailInput(el) ? 1 : 0);
  };

  let node: Node | null = root;
  while (node) {
    // Enter `node`; `first` is where the walk goes down to, if anywhere.
    let first: Node | null = null;
    let opened = false;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      const parentStats = ancestors[ancestors.length - 1];
      if (parentStats) {
        readText(data);
        parentStats.textLength += textRead.visible;
        parentStats.commas += textRead.commas;
        // A light-DOM child of that element, not a child of its shadow root.
        if (open[open.length - 1] === parentStats.element) parentStats.directText += textRead.trimmed;
      }
      parts.push(data);
      offset += data.length;
      total += data.length;
      nodeEnds.push(offset);
      nodeTotals.push(total);
    } else if (type === ELEMENT_NODE) {
      const stats = enterElement(node as Element);
      if (stats) {
        opened = true;
        open.push(node);
        ancestors.push(stats);
        const shadow: ShadowRoot | null = bitsAt[stats.index]! & SHADOW_HOST ? openShadowRoot(node as Element) : null;
        if (shadow) {
          open.push(shadow);
          first = shadow.firstChild;
        } else {
          first = node.firstChild;
        }
      }
    } else if (type === FRAGMENT_NODE || node === root) {
      opened = true;
      open.push(node);
      first = node.firstChild;
    }
    if (first) {
      node = first;
      continue;
    }
    if (!opened && node === root) break;
    // Next: the sibling, else close open nodes until one has a next sibling. A shadow root is
    // followed by its host's own children; the walk ends when the root is closed.
    let next: Node | null = opened ? null : node.nextSibling;
    while (!next && open.length > 0) {
      const closing = open.pop()!;
      if (closing.nodeType === ELEMENT_NODE) {
        const stats = ancestors.pop()!;
        leaveElement(closing as Element, stats, true);
      }
      if (closing === root) break;
      if (closing.nodeType === FRAGMENT_NODE && (closing as ShadowRoot).host === open[open.length - 1]) {
        next = (closing as ShadowRoot).host.firstChild;
        if (next) break;
        continue;
      }
      next = closing.nextSibling;
    }
    node = next;
  }
  table.pageText = { raw: parts.join(''), nodeEnds, nodeTotals };
  table.inOrder = inOrder;
  return table;
}

export function statsOf(table: StatsTable, el: Element): ElementStats {
  return table.get(el) ?? NO_STATS;
}

/** The upper-case tag of `el`, as read by the pass (or read now for an element it did not reach). */
export function tagIn(table: StatsTable, el: Element): string {
  return table.get(el)?.tag ?? tagOf(el);
}

/** The trimmed text directly inside `el` (dom.ts's directTextLength), as the pass counted it when it read `el`'s content. */
export function directTextIn(table: StatsTable, el: Element): number {
  const stats = table.get(el);
  return stats && !INVISIBLE_TAGS.has(stats.tag) ? stats.directText : directTextLength(el);
}

/** The hint string of the element of `stats` (dom.ts's hintString), read on first use and kept. */
export function hintsOf(stats: ElementStats): string {
  return (stats.hints ??= hintString(stats.element));
}

/** The hint string of `el` (dom.ts's hintString), kept in its stats when the pass reached `el`. */
export function hintsIn(table: StatsTable, el: Element): string {
  const stats = table.get(el);
  return stats ? hintsOf(stats) : hintString(el);
}

export function linkDensity(stats: ElementStats): number {
  return stats.textLength === 0 ? 0 : stats.linkLength / stats.textLength;
}

/**
 * The collapsed visible text of `el` from the page text, cut like `visibleText(el, ' ', maxChars)`:
 * after the first text node that takes it past `maxChars` characters. Null when `el` was not part
 * of the pass (inside something invisible, or outside the root).
 */
export function sliceText(table: StatsTable, el: Element, maxChars: number): string | null {
  const stats = table.get(el);
  const page = table.pageText;
  if (!stats || !page || stats.textEnd < stats.textStart) return null;
  let end = stats.textEnd;
  const limit = stats.textBefore + maxChars;
  // First text node whose running total passes the limit: binary search over document order.
  const { nodeEnds, nodeTotals } = page;
  let low = 0;
  let high = nodeTotals.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (nodeTotals[mid]! > limit) high = mid;
    else low = mid + 1;
  }
  if (low < nodeEnds.length && nodeEnds[low]! < end) end = nodeEnds[low]!;
  const text = collapse(page.raw.slice(stats.textStart, end));
  if (end === stats.textEnd) (table.wholeTexts ??= new Map()).set(el, text);
  return text;
}

/**
 * The text of `el` as `visibleText(el, '\n')` gives it (one line per paragraph), from the page
 * text; null when the pass did not read `el` (inside something invisible, or invisible itself).
 */
export function linesOf(table: StatsTable, el: Element): string | null {
  const stats = table.get(el);
  const page = table.pageText;
  if (!stats || !page || INVISIBLE_TAGS.has(stats.tag)) return null;
  const raw = page.raw.slice(stats.textStart, stats.textEnd);
  // A paragraph's text is one line, which the block that showed it already collapsed: collapsing
  // every paragraph a second time (linesOfText) was 6% of classify on the 100k generated page.
  const whole = table.wholeTexts?.get(el);
  return whole !== undefined && !raw.slice(1, -1).includes(BLOCK_BREAK) ? whole : linesOfText(raw);
}
