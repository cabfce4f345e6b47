import { ELEMENT_NODE, TEXT_NODE, composedParent, isInvisibleTag, walk } from './dom.js';

/** Per-element figures computed bottom-up in one pass over the page. */
export interface ElementStats {
  /** Characters of visible text (runs of whitespace count as one). */
  textLength: number;
  /** Characters of that text inside links. */
  linkLength: number;
  /** Descendant elements, for link-list and density checks. */
  elements: number;
  /** Paragraph-like descendants (p, pre, blockquote paragraphs). */
  paragraphs: number;
  /** Commas in the text: prose has them, menus do not. */
  commas: number;
}

const EMPTY: ElementStats = { textLength: 0, linkLength: 0, elements: 0, paragraphs: 0, commas: 0 };

export type StatsTable = Map<Element, ElementStats>;

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

/** Computes stats for every element under `root` in a single iterative pass. */
export function computeStats(root: Node): StatsTable {
  const table: StatsTable = new Map();
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
        return false;
      }
      if (node.nodeType !== ELEMENT_NODE) return true;
      const el = node as Element;
      table.set(el, { textLength: 0, linkLength: 0, elements: 0, paragraphs: 0, commas: 0 });
      return !isInvisibleTag(el);
    },
    (node) => {
      if (node.nodeType !== ELEMENT_NODE) return;
      const el = node as Element;
      const stats = table.get(el);
      if (!stats) return;
      const tag = el.tagName.toUpperCase();
      if (tag === 'A') stats.linkLength = stats.textLength;
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
    },
  );
  return table;
}

export function statsOf(table: StatsTable, el: Element): ElementStats {
  return table.get(el) ?? EMPTY;
}

export function linkDensity(stats: ElementStats): number {
  return stats.textLength === 0 ? 0 : stats.linkLength / stats.textLength;
}
