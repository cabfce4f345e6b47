import { NEGATIVE_HINT } from './container.js';
import { BLOCK_TAGS, ELEMENT_NODE, INVISIBLE_TAGS, TEXT_NODE, collapse, composedChildren, composedParentElement, openShadowRoot, visibleText } from './dom.js';
import { makeFeatures, type BlockFeatures } from './features.js';
import { DECISIVE, scoreBlock, type Verdict } from './score.js';
import { NO_STATS, directTextIn, hintsIn, sliceText, statsOf, tagIn, type StatsTable } from './stats.js';

/** One block of the page with what the rules said of it. */
export interface Block {
  features: BlockFeatures;
  verdict: Verdict;
  /** Extra rules that changed the label after scoring (appeal runs), with their reasons. */
  overrides: Array<{ id: string; reason: string }>;
}

/**
 * A run of the container's loose text (text nodes, and inline elements among them), where it sits
 * in document order (between two elements' stats indexes), and whether the rules left it to the
 * article. It is no section: with no element of its own it cannot be hidden, only left out of the
 * article's text.
 */
export interface LooseText {
  nodes: Node[];
  /** Its text, white space collapsed (set when it is judged). */
  text: string;
  at: number;
  article: boolean;
}

/** A wrapper a walk (inside the container or outside it) split, and the range of blocks it produced. */
export interface Wrapper {
  element: Element;
  start: number;
  end: number;
}

/**
 * Tags that are always one block inside the article: never split further. Not lists: their items
 * are judged one by one, as paragraphs are (news sites set boxes of promos as bulleted lists, and
 * as a whole such a list reads as prose).
 */
const LEAF_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DL', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'TABLE', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'IFRAME', 'FORM', 'BUTTON', 'HR', 'A', 'INPUT', 'TEXTAREA']);
/** Labels a hint can give a whole wrapper even when prose sits inside it. */
const WHOLE_REGION_LABELS = new Set(['comments', 'related', 'navigation', 'cookie_consent']);
/** Splitting outside regions stops this many levels below the article's ancestors. */
const MAX_OUTSIDE_SPLIT_DEPTH = 14;
const TEXT_LIMIT = 4000;
/** Wrappers nested deeper than this inside the article are not split further. */
const MAX_INSIDE_WRAPPER_DEPTH = 24;
const ASIDE_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'HEADER', 'FORM']);

function hasMedia(el: Element, table: StatsTable): boolean {
  const tag = tagIn(table, el);
  return tag === 'IMG' || tag === 'VIDEO' || tag === 'IFRAME' || tag === 'PICTURE' || statsOf(table, el).media > 0;
}

function hasBlockChild(el: Element, table: StatsTable): boolean {
  for (const child of composedChildren(el, tagIn(table, el))) {
    const tag = tagIn(table, child);
    if (BLOCK_TAGS.has(tag) && tag !== 'BR') return true;
  }
  return false;
}

/**
 * Text of its own this long (trimmed characters, outside any child element) makes a paragraph: an
 * element with that much is one block, never split into pieces that would leave the text out, and
 * a run of the container's loose text that long is a paragraph of its own.
 */
const OWN_TEXT_CHARS = 20;

/** Always one block: a leaf tag (a paragraph, a heading, a figure…), or text of its own. */
function keptWhole(el: Element, table: StatsTable): boolean {
  return LEAF_TAGS.has(tagIn(table, el)) || directTextIn(table, el) >= OWN_TEXT_CHARS;
}

function isLeaf(el: Element, table: StatsTable): boolean {
  return keptWhole(el, table) || !hasBlockChild(el, table);
}

/** Rules that fire because of something inside a region (a form), not the region itself. */
const DESCENDANT_RULES = new Set(['newsletter-form', 'comments-form']);

/** A region labelled only for a form it holds, beside other content: its parts are judged apart. */
function onlyFromADescendant(block: Block, ctx: SegmentContext): boolean {
  const winning = block.verdict.fired.filter((entry) => entry.rule.label === block.verdict.label);
  // Named by the page itself (a "-hint" rule): the whole region is what it says.
  if (winning.some((entry) => entry.rule.id.endsWith('-hint') || entry.rule.id === 'nav-element')) return false;
  if (!winning.some((entry) => DESCENDANT_RULES.has(entry.rule.id))) return false;
  // Split only a region of several boxes (the form's box beside a weather box), not one box.
  let boxes = 0;
  for (const child of composedChildren(block.features.element)) {
    if (composedChildren(child).length > 0 && statsOf(ctx.table, child).textLength > 0) boxes++;
  }
  return boxes >= 2;
}

export interface SegmentContext {
  table: StatsTable;
  /** Headline and byline elements: kept as article blocks, and their holders are split. */
  title: Element | null;
  byline: Element | null;
}

function makeBlock(el: Element, ctx: SegmentContext, inside: boolean, setup?: (f: BlockFeatures) => void): Block {
  // The page text recorded by the stats pass; a walk only for what that pass did not reach.
  const text = sliceText(ctx.table, el, TEXT_LIMIT) ?? visibleText(el, ' ', TEXT_LIMIT);
  const features = makeFeatures(el, text, ctx.table, inside);
  if (el === ctx.title) features.role = 'title';
  if (el === ctx.byline) features.role = 'byline';
  setup?.(features);
  return { features, verdict: scoreBlock(features), overrides: [] };
}

/**
 * The container's children, with its loose text as items of their own: a lead written straight
 * into the container, or paragraphs set apart by `<br>`s and no `<p>`, are text nodes (and inline
 * elements among them) that no child element holds. A run between two block children with too
 * little text of its own leaves its inline elements to be judged one by one, as any child is.
 */
function containerChildren(container: Element, table: StatsTable): Array<Element | LooseText> {
  const items: Array<Element | LooseText> = [];
  let run: Node[] = [];
  let chars = 0;
  // Where a run sits: after every element before it, descendants included, by the stats order.
  let at = statsOf(table, container).index;
  let runAt = at;
  const flush = () => {
    if (chars >= OWN_TEXT_CHARS) items.push({ nodes: run, text: '', at: runAt + 0.5, article: true });
    else for (const node of run) if (node.nodeType === ELEMENT_NODE) items.push(node as Element);
    run = [];
    chars = 0;
  };
  const shadow = openShadowRoot(container);
  for (const parent of shadow ? [shadow, container] : [container]) {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const element = node.nodeType === ELEMENT_NODE ? (node as Element) : null;
      if (!element && node.nodeType !== TEXT_NODE) continue;
      const tag = element ? tagIn(table, element) : '';
      if (BLOCK_TAGS.has(tag) || INVISIBLE_TAGS.has(tag)) {
        flush();
        items.push(element!);
      } else {
        if (run.length === 0) runAt = at;
        run.push(node);
        if (!element) chars += (node as Text).data.trim().length;
      }
      if (element) at = statsOf(table, element).index + statsOf(table, element).elements;
    }
  }
  flush();
  return items;
}

/**
 * Judges loose text by its words alone (the container's tag, class names and figures are not its
 * own): an appeal written straight into the container stays out of the article's text.
 */
function judgeLoose(loose: LooseText, container: Element, ctx: SegmentContext): void {
  loose.text = collapse(loose.nodes.map((node) => node.textContent).join(''));
  const features: BlockFeatures = { ...makeFeatures(container, loose.text, ctx.table, true), tag: '', hints: '', stats: NO_STATS, linkDensity: 0 };
  loose.article = scoreBlock(features).label === 'article';
}

function isEmpty(el: Element, table: StatsTable): boolean {
  return statsOf(table, el).textLength === 0 && !hasMedia(el, table);
}

/** Paragraph-level blocks inside the article container, in document order. */
export function segmentInside(container: Element, ctx: SegmentContext): { blocks: Block[]; wrappers: Wrapper[]; loose: LooseText[] } {
  const blocks: Block[] = [];
  const wrappers: Wrapper[] = [];
  const loose: LooseText[] = [];
  type Item = Element | LooseText | { end: Wrapper };
  const stack: Item[] = [];
  const pushChildren = (children: Item[]) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  pushChildren(containerChildren(container, ctx.table));
  const bodyParagraphs = statsOf(ctx.table, container).paragraphs;
  let openWrappers = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('end' in item) {
      item.end.end = blocks.length;
      openWrappers--;
      continue;
    }
    if ('at' in item) {
      judgeLoose(item, container, ctx);
      loose.push(item);
      continue;
    }
    const el = item;
    if (INVISIBLE_TAGS.has(tagIn(ctx.table, el)) || isEmpty(el, ctx.table)) continue;
    const block = makeBlock(el, ctx, true);
    const { verdict } = block;
    // What the page hides is one block: its paragraphs are not the article the reader sees.
    // Past a few dozen nested wrappers a chain is one block: scoring every level would read the
    // same deep subtree again at each level (quadratic on 3,000-deep pages).
    const leaf = isLeaf(el, ctx.table) || el === ctx.title || openWrappers >= MAX_INSIDE_WRAPPER_DEPTH || block.verdict.fired.some((entry) => entry.rule.id === 'hidden-by-page');
    // A region labelled by its words is taken whole, unless it holds most of the body's
    // paragraphs: a body written in short paragraphs, with an appeal among them, reads as the
    // appeal when taken whole.
    const { proseParagraphs, paragraphs } = statsOf(ctx.table, el);
    const decisiveRegion =
      verdict.label !== 'article' &&
      verdict.score >= DECISIVE &&
      (WHOLE_REGION_LABELS.has(verdict.label) || (proseParagraphs < 2 && paragraphs * 2 <= bodyParagraphs));
    if (leaf || decisiveRegion) {
      blocks.push(block);
      continue;
    }
    const wrapper: Wrapper = { element: el, start: blocks.length, end: blocks.length };
    wrappers.push(wrapper);
    openWrappers++;
    stack.push({ end: wrapper });
    pushChildren(composedChildren(el, tagIn(ctx.table, el)));
  }
  return { blocks, wrappers, loose };
}

/**
 * The rest of the page: every subtree beside the path from the body to the container, split
 * into smaller regions while a region is mixed (no decisive label) or holds the headline.
 */
export function segmentOutside(body: Element, container: Element | null, ctx: SegmentContext): { blocks: Block[]; wrappers: Wrapper[] } {
  const blocks: Block[] = [];
  const wrappers: Wrapper[] = [];
  const near = new Set<Element>();
  const roots: Element[] = [];
  // The headline's own box, even a <header>: its deck and standfirst are the article's.
  const titleBox = ctx.title?.parentElement;
  const containerIndex = container ? statsOf(ctx.table, container).index : -1;
  if (container) {
    const path: Element[] = [];
    for (let el: Element | null = container; el && el !== body.parentElement; el = composedParentElement(el)) path.push(el);
    const onPath = new Set(path);
    // Where the headline sits in document order; with none, the container's place (nothing is
    // between). A headline the stats pass did not reach (inside a <noscript> jsdom parsed) reads
    // as -1: every small box before the body is then near, which the rules' own tests still guard.
    const titleIndex = statsOf(ctx.table, ctx.title ?? container).index;
    for (let i = 1; i < path.length; i++) {
      const ancestor = path[i]!;
      for (const child of composedChildren(ancestor)) {
        if (onPath.has(child)) continue;
        roots.push(child);
        if (child !== titleBox && (ASIDE_TAGS.has(tagIn(ctx.table, child)) || NEGATIVE_HINT.test(hintsIn(ctx.table, child)))) continue;
        // Close siblings may continue the body; farther ones only when they are built like the
        // branch that holds it (a body split into same-class blocks around ads and widgets), or
        // when they are the headline's own box (its standfirst beside it, however far the body), or
        // are a small box between the headline and the body (a lead picture and its standfirst; not
        // a gallery's dozen captions, which hold more text than 800 characters).
        const branchClass = path[i - 1]!.getAttribute('class');
        const { index, textLength } = statsOf(ctx.table, child);
        if (i <= 2 || (i <= 5 && branchClass && child.getAttribute('class') === branchClass) || child === titleBox || (index > titleIndex && index < containerIndex && textLength < 800)) near.add(child);
      }
    }
  } else {
    roots.push(...composedChildren(body));
  }
  roots.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const protectedAncestors = new Set<Element>();
  for (const kept of [ctx.title, ctx.byline]) {
    for (let el = kept ? composedParentElement(kept) : null; el && !protectedAncestors.has(el); el = composedParentElement(el)) protectedAncestors.add(el);
  }
  const stack: Array<{ el: Element; depth: number; near: boolean } | { end: Wrapper }> = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ el: roots[i]!, depth: 0, near: near.has(roots[i]!) });
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('end' in item) {
      item.end.end = blocks.length;
      continue;
    }
    const { el, depth, near: isNear } = item;
    if (el.nodeType !== ELEMENT_NODE || INVISIBLE_TAGS.has(tagIn(ctx.table, el)) || isEmpty(el, ctx.table)) continue;
    // Ancestors of the headline and byline, looked up in a set: `contains` per level is O(depth).
    const holdsTitle = protectedAncestors.has(el);
    const block = holdsTitle
      ? null
      : makeBlock(el, ctx, false, (f) => {
          f.nearContainer = isNear;
          // Outside blocks before the container are before the article (its title, summary, byline).
          f.beforeArticle = statsOf(ctx.table, el).index < containerIndex;
        });
    // Mixed: no label won decisively (furniture, or a weak label); such a region is split.
    const mixed = block === null || (block.verdict.label !== 'article' && block.verdict.score < DECISIVE);
    const children = composedChildren(el, tagIn(ctx.table, el));
    // A paragraph, or a block with text of its own, splits into pieces that leave that text out.
    const splittable = children.length > 0 && depth < MAX_OUTSIDE_SPLIT_DEPTH && (holdsTitle || (statsOf(ctx.table, el).textLength > 120 && !keptWhole(el, ctx.table)));
    if (block && (!mixed || !splittable || el === ctx.title || el === ctx.byline) && !(depth < MAX_OUTSIDE_SPLIT_DEPTH && onlyFromADescendant(block, ctx))) {
      blocks.push(block);
      continue;
    }
    // A sidebar's or an aside's prose is never the article's continuation.
    // Nor are the paragraphs of a box that asks for money or a subscription.
    const asks = block ? block.features.count('donationAsk') + block.features.count('subscriptionOffer') + block.features.count('paywallWall') : 0;
    const nearChildren = isNear && depth < 4 && asks === 0 && (el === titleBox || (!ASIDE_TAGS.has(tagIn(ctx.table, el)) && !NEGATIVE_HINT.test(hintsIn(ctx.table, el))));
    const wrapper: Wrapper = { element: el, start: blocks.length, end: blocks.length };
    wrappers.push(wrapper);
    stack.push({ end: wrapper });
    for (let i = children.length - 1; i >= 0; i--) stack.push({ el: children[i]!, depth: depth + 1, near: nearChildren });
  }
  return { blocks, wrappers };
}
