import { ELEMENT_NODE, TEXT_NODE, isBlock, isInvisibleTag, tagOf, visibleText } from './dom.js';
import { makeFeatures, type BlockFeatures } from './features.js';
import { DECISIVE, scoreBlock, type Verdict } from './score.js';
import { statsOf, type StatsTable } from './stats.js';

/** One block of the page with what the rules said of it. */
export interface Block {
  features: BlockFeatures;
  verdict: Verdict;
  /** Extra rules that changed the label after scoring (appeal runs), with their reasons. */
  overrides: Array<{ id: string; reason: string }>;
}

/** A wrapper the inside walk descended into, and the range of blocks it produced. */
export interface Wrapper {
  element: Element;
  start: number;
  end: number;
}

/** Tags that are always one block inside the article: never split further. */
const LEAF_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'TABLE', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'IFRAME', 'FORM', 'BUTTON', 'HR', 'A', 'INPUT', 'TEXTAREA']);
const MEDIA = 'img, picture, video, iframe, embed, object, audio';
/** Labels a hint can give a whole wrapper even when prose sits inside it. */
const WHOLE_REGION_LABELS = new Set(['comments', 'related', 'navigation', 'cookie_consent']);
/** Splitting outside regions stops this many levels below the article's ancestors. */
const MAX_OUTSIDE_SPLIT_DEPTH = 14;
const TEXT_LIMIT = 4000;

function hasMedia(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'IMG' || tag === 'VIDEO' || tag === 'IFRAME' || tag === 'PICTURE') return true;
  try {
    return el.querySelector(MEDIA) !== null;
  } catch {
    return false;
  }
}

function directText(el: Element): number {
  let length = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) length += (child as Text).data.trim().length;
  }
  return length;
}

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isBlock(child) && tagOf(child) !== 'BR') return true;
  }
  return false;
}

function isLeaf(el: Element): boolean {
  return LEAF_TAGS.has(tagOf(el)) || !hasBlockChild(el) || directText(el) >= 20;
}

/** Counts prose paragraphs (≥ 30 words) under `el`, stopping at `enough`. */
function proseParagraphs(el: Element, table: StatsTable, enough: number): number {
  let count = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if (statsOf(table, p).textLength >= 180) count++;
    if (count >= enough) break;
  }
  return count;
}

export interface SegmentContext {
  table: StatsTable;
  /** Headline and byline elements: kept as article blocks, and their holders are split. */
  title: Element | null;
  byline: Element | null;
}

function makeBlock(el: Element, ctx: SegmentContext, placement: 'inside' | 'outside', setup?: (f: BlockFeatures) => void): Block {
  const features = makeFeatures(el, visibleText(el, ' ', TEXT_LIMIT), ctx.table, placement);
  if (el === ctx.title) features.role = 'title';
  if (el === ctx.byline) features.role = 'byline';
  setup?.(features);
  return { features, verdict: scoreBlock(features), overrides: [] };
}

function isEmpty(el: Element, table: StatsTable): boolean {
  return statsOf(table, el).textLength === 0 && !hasMedia(el);
}

/** Paragraph-level blocks inside the article container, in document order. */
export function segmentInside(container: Element, ctx: SegmentContext): { blocks: Block[]; wrappers: Wrapper[] } {
  const blocks: Block[] = [];
  const wrappers: Wrapper[] = [];
  type Item = Element | { end: Wrapper };
  const stack: Item[] = [];
  const pushChildren = (el: Element) => {
    const children: Element[] = [];
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  pushChildren(container);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (!('nodeType' in item)) {
      item.end.end = blocks.length;
      continue;
    }
    const el = item;
    if (isInvisibleTag(el) || isEmpty(el, ctx.table)) continue;
    const block = makeBlock(el, ctx, 'inside');
    const { verdict } = block;
    const leaf = isLeaf(el) || el === ctx.title;
    const decisiveRegion =
      verdict.label !== 'article' &&
      verdict.score >= DECISIVE &&
      (WHOLE_REGION_LABELS.has(verdict.label) || proseParagraphs(el, ctx.table, 2) < 2);
    if (leaf || decisiveRegion) {
      blocks.push(block);
      continue;
    }
    const wrapper: Wrapper = { element: el, start: blocks.length, end: blocks.length };
    wrappers.push(wrapper);
    stack.push({ end: wrapper });
    pushChildren(el);
  }
  return { blocks, wrappers };
}

/**
 * The rest of the page: every subtree beside the path from the body to the container, split
 * into smaller regions while a region is mixed (no decisive label) or holds the headline.
 */
export function segmentOutside(body: Element, container: Element | null, ctx: SegmentContext): Block[] {
  const blocks: Block[] = [];
  const near = new Set<Element>();
  const roots: Element[] = [];
  if (container) {
    const path: Element[] = [];
    for (let el: Element | null = container; el && el !== body.parentElement; el = el.parentElement) path.push(el);
    const onPath = new Set(path);
    for (let i = 1; i < path.length; i++) {
      const ancestor = path[i]!;
      for (let child = ancestor.firstElementChild; child; child = child.nextElementSibling) {
        if (onPath.has(child)) continue;
        roots.push(child);
        if (i <= 2) near.add(child);
      }
    }
  } else {
    for (let child = body.firstElementChild; child; child = child.nextElementSibling) roots.push(child);
  }
  roots.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const stack: Array<{ el: Element; depth: number; near: boolean }> = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ el: roots[i]!, depth: 0, near: near.has(roots[i]!) });
  while (stack.length > 0) {
    const { el, depth, near: isNear } = stack.pop()!;
    if (el.nodeType !== ELEMENT_NODE || isInvisibleTag(el) || isEmpty(el, ctx.table)) continue;
    const holdsTitle = (ctx.title !== null && el !== ctx.title && el.contains(ctx.title)) || (ctx.byline !== null && el !== ctx.byline && el.contains(ctx.byline));
    const block = holdsTitle ? null : makeBlock(el, ctx, 'outside', (f) => (f.nearContainer = isNear));
    const mixed = block === null || (block.verdict.label !== 'article' && block.verdict.score < DECISIVE && block.verdict.label !== 'other') || (block.verdict.label === 'other' && block.verdict.score < DECISIVE);
    const splittable = el.firstElementChild !== null && depth < MAX_OUTSIDE_SPLIT_DEPTH && (holdsTitle || statsOf(ctx.table, el).textLength > 120);
    if (block && (!mixed || !splittable || el === ctx.title || el === ctx.byline)) {
      blocks.push(block);
      continue;
    }
    const children: Element[] = [];
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ el: children[i]!, depth: depth + 1, near: isNear && depth < 1 });
  }
  return blocks;
}
