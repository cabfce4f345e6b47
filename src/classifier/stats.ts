import { ELEMENT_NODE, FRAGMENT_NODE, TEXT_NODE, collapse, composedParent, isBlock, isInvisibleTag, tagOf, walk } from './dom.js';

/**
 * Per-element figures computed bottom-up in one pass over the page. Rules read these instead of
 * querying each block's subtree: a block at every level of a deep page would otherwise read its
 * whole subtree again, level after level.
 */
export interface ElementStats {
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

function emptyStats(): ElementStats {
  return {
    textLength: 0, linkLength: 0, elements: 0, paragraphs: 0, commas: 0, links: 0, proseParagraphs: 0,
    linkedHeadings: 0, linkedMinorHeadings: 0, media: 0, textareas: 0, emailInputs: 0, textStart: 0, textEnd: 0, textBefore: 0,
  };
}

const EMPTY: ElementStats = emptyStats();

/**
 * The page's visible text as one string, block boundaries marked with a space, and where each
 * text node ends in it: an element's text is a slice of it instead of a walk of its subtree.
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
  /**
   * Phrase counts by block text, for this page only. A wrapper with one child has its child's
   * text, and chains of them are common: on the corpus, blocks repeat a text twelve times over.
   */
  phraseCounts?: Map<string, Int32Array>;
}

function visibleLength(data: string): number {
  let length = 0;
  let lastSpace = true;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    const space = code <= 32 || code === 0xa0;
    if (!space) length++;
    else if (!lastSpace) length++;
    lastSpace = space;
  }
  return length;
}

function countCommas(data: string): number {
  let commas = 0;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (code === 44 || code === 0x3001 || code === 0xff0c) commas++;
  }
  return commas;
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
  const separate = () => {
    parts.push(' ');
    offset += 1;
  };
  walk(
    root,
    (node) => {
      if (node.nodeType === TEXT_NODE) {
        const parent = composedParent(node);
        if (parent && parent.nodeType === ELEMENT_NODE) {
          const stats = table.get(parent as Element);
          if (stats) {
            const data = (node as Text).data;
            stats.textLength += visibleLength(data);
            stats.commas += countCommas(data);
          }
        }
        const data = (node as Text).data;
        parts.push(data);
        offset += data.length;
        total += data.length;
        nodeEnds.push(offset);
        nodeTotals.push(total);
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return node.nodeType === FRAGMENT_NODE || node === root;
      const el = node as Element;
      const stats = emptyStats();
      table.set(el, stats);
      if (isInvisibleTag(el) && el !== root) {
        stats.textStart = stats.textEnd = offset;
        stats.textBefore = total;
        return false;
      }
      const tag = tagOf(el);
      if (tag === 'A') linkDepth++;
      else if (linkDepth > 0 && (LINKED_HEADING_TAGS.has(tag) || tag === 'H5')) linkedHeading.add(el);
      stats.textStart = offset;
      stats.textBefore = total;
      if (isBlock(el)) separate();
      return true;
    },
    (node) => {
      if (node.nodeType !== ELEMENT_NODE) return;
      const el = node as Element;
      const stats = table.get(el);
      if (!stats) return;
      const tag = tagOf(el);
      const visible = !isInvisibleTag(el) || el === root;
      if (visible) {
        if (isBlock(el)) separate();
        stats.textEnd = offset;
      }
      if (tag === 'A') {
        stats.linkLength = stats.textLength;
        if (visible) linkDepth--;
      }
      if (tag === 'P' || tag === 'PRE') stats.paragraphs++;
      const parent = composedParent(el);
      if (!parent || parent.nodeType !== ELEMENT_NODE || el === root) return;
      const parentStats = table.get(parent as Element);
      if (!parentStats) return;
      parentStats.textLength += stats.textLength;
      parentStats.linkLength += stats.linkLength;
      parentStats.elements += stats.elements + 1;
      parentStats.paragraphs += stats.paragraphs;
      parentStats.commas += stats.commas;
      parentStats.links += stats.links + (tag === 'A' ? 1 : 0);
      parentStats.proseParagraphs += stats.proseParagraphs + (tag === 'P' && stats.textLength >= PROSE_PARAGRAPH_CHARS ? 1 : 0);
      const linked = linkedHeading.has(el) || stats.links > 0;
      parentStats.linkedHeadings += stats.linkedHeadings + (LINKED_HEADING_TAGS.has(tag) && linked ? 1 : 0);
      parentStats.linkedMinorHeadings += stats.linkedMinorHeadings + (tag === 'H5' && linked ? 1 : 0);
      parentStats.media += stats.media + (MEDIA_TAGS.has(tag) ? 1 : 0);
      parentStats.textareas += stats.textareas + (tag === 'TEXTAREA' ? 1 : 0);
      parentStats.emailInputs += stats.emailInputs + (tag === 'INPUT' && isEmailInput(el) ? 1 : 0);
    },
  );
  table.pageText = { raw: parts.join(''), nodeEnds, nodeTotals };
  return table;
}

export function statsOf(table: StatsTable, el: Element): ElementStats {
  return table.get(el) ?? EMPTY;
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
  return collapse(page.raw.slice(stats.textStart, end));
}
