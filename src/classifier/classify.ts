import { ALL_OTHER, NO_BODY, NOT_A_DOCUMENT, UNREADABLE, type Absent } from './absent-reasons.js';
import { extendAppealRuns, keepIntroducedLists } from './appeal-runs.js';
import { articleBody, type HtmlWriter } from './article-output.js';
import { findContainer } from './container.js';
import { DOCUMENT_NODE, bodyOf, collapse, countWords, documentOf } from './dom.js';
import { isPicture } from './features.js';
import { readJsonLd } from './jsonld.js';
import { bylineFromLine, bylineNearTitle, comparable, dateInText, readMetadata, tidyByline, unlinkedText, withoutSiteAffix } from './metadata.js';
import { paywallVerdict } from './paywall-verdict.js';
import { GUESS_CHARS, guessLanguage, phraseLanguages } from './phrases/languages.js';
import { usePhraseLanguages } from './phrases/scan-all.js';
import { hasPhraseBook } from './phrases/books.js';
import { RULES_BY_ID } from './rules/index.js';
import { scoreBlock, winningRules } from './score.js';
import { segmentInside, segmentOutside, type Block, type SegmentContext, type Wrapper } from './segment.js';
import { computeStats, linesOf, sliceText } from './stats.js';
import type { ArticleInfo, Classification, ClassifyOptions, Label, Section } from './types.js';

const DEFAULT_SECTION_TEXT = 300;

function emptyResult(absent: Absent, detail = ''): Classification {
  const article = { title: '', byline: '', published: '', siteName: '', lang: '', text: '', html: '', wordCount: 0, readingMinutes: 0, absentId: absent.id, absentReason: absent.reason + detail };
  return { sections: [], article, paywall: { type: 'none', evidence: [] } };
}

/** The element showing the headline: an h1 (or h2) whose text matches the title. */
function findTitleElement(body: Element, container: Element | null, title: string): Element | null {
  const wanted = comparable(title);
  const headings = Array.from(body.querySelectorAll('h1, h2')).slice(0, 60);
  let firstH1: Element | null = null;
  for (const heading of headings) {
    const text = comparable(heading.textContent ?? '');
    if (!text) continue;
    if (heading.tagName.toUpperCase() === 'H1' && !firstH1) firstH1 = heading;
    if (wanted && (text === wanted || (text.length > 15 && (wanted.includes(text) || text.includes(wanted))))) return heading;
  }
  if (firstH1 && (!container || container.contains(firstH1) || firstH1.compareDocumentPosition(container) & 4)) return firstH1;
  return null;
}

/** An article paragraph of running text: 30 words or more, unless a caller asks for fewer. */
function isProse(block: Block, minWords = 30): boolean {
  const f = block.features;
  return block.verdict.label === 'article' && f.role === 'none' && f.words >= minWords;
}

/** Marks the byline line among the first blocks of the container ("By X | Created at …"). */
function markByline(blocks: Block[]): Block | null {
  for (let i = 0; i < Math.min(blocks.length, 6); i++) {
    const block = blocks[i]!;
    const f = block.features;
    if (f.role !== 'none') continue;
    if (isProse(block) && f.words > 40) break;
    // A line named a byline or an author's, or a name of a few words that is or holds a link the
    // page marks as the author's (<a rel="author">, where class names are a stylesheet's hashes).
    if (f.words <= 30 && (bylineFromLine(f.text) || /\b(byline|author)\b/.test(f.hints) || (f.words > 1 && f.words < 6 && (f.element.matches('[rel~=author]') || !!f.element.querySelector('[rel~=author]'))))) {
      f.role = 'byline';
      return block;
    }
  }
  return null;
}

/**
 * The date of the first short line between the headline and the article's first paragraph (a
 * dateline, "Published: 11/18/2011 2:27 AM"), for a page whose metadata gives none. The window
 * opens 15 elements above the headline: a kicker line over it often holds the date, and a masthead's
 * date (today's) sits above a whole menu. Not a teaser's (mostly link text: other stories carry
 * their own dates), nor a picture's caption ("…, 24. April 2023"; a short line beside a picture
 * is read unless its box is named as one, "picBox", "wp-caption": the author's avatar line), nor
 * one before the web had news sites ("August 14, 1935"). A line that is mostly link text gives the
 * date outside its links when they are a name's few words ("<a>Jane Doe</a> · Nov 20, 2025", as
 * blogs and newsletters set the author's link beside the date), not a linked headline's.
 */
function dateBeforeArticle(groups: Group[], after: number, before: number, order: (el: Element) => number): string {
  // Groups come in document order, and their blocks too: the first date found is the first line's.
  for (const group of groups) {
    for (const { features } of group.label === 'related' ? [] : group.blocks) {
      const at = order(features.element);
      const date = at > after && at < before && features.words <= 30 && (features.stats.media === 0 || (features.words < 12 && !/pic|photo|image|caption|figure/i.test(features.tag + features.hints))) ? dateOfLine(features) : '';
      if (date >= '1995') return date;
    }
  }
  return '';
}

function dateOfLine(features: Block['features']): string {
  if (features.linkDensity < 0.5) return dateInText(features.text);
  if (features.words > 12) return '';
  const unlinked = unlinkedText(features.element);
  return features.words - countWords(unlinked) <= 4 ? dateInText(unlinked) : '';
}

function rescore(block: Block): void {
  block.verdict = scoreBlock(block.features);
}

interface Group {
  element: Element;
  label: Label;
  blocks: Block[];
}

/**
 * Labels of page furniture outside the article that a reader needs no count of: a split region that
 * held nothing else is one section, labelled as its longest block. A sidebar's news feed or a
 * carousel split item by item was dozens of sections, and dozens of placeholder bars in clean view
 * (63 on one corpus page, 23 now), where one says the same.
 */
const FURNITURE_LABELS: ReadonlySet<Label> = new Set<Label>(['other', 'navigation', 'related']);

/** The label of `blocks` if they all share one boilerplate label (`furniture`: or are all furniture), else null. */
function regionLabel(blocks: Block[], furniture: boolean): Label | null {
  let label = blocks[0]!.verdict.label;
  if (blocks.every((block) => block.verdict.label === label)) return label === 'article' ? null : label;
  if (!furniture) return null;
  // A comment section: it opens with its heading, and its comments read as page furniture.
  if (label === 'comments' && blocks.every(({ verdict }) => verdict.label === label || FURNITURE_LABELS.has(verdict.label))) return label;
  let longest = 0;
  for (const { verdict, features } of blocks) {
    if (!FURNITURE_LABELS.has(verdict.label)) return null;
    if (features.text.length > longest) {
      longest = features.text.length;
      label = verdict.label;
    }
  }
  return label;
}

/**
 * Runs of blocks under one wrapper that all share a boilerplate label become one section, the
 * outermost such wrapper winning; with `furniture` (outside the container), so do runs of page
 * furniture of mixed kinds.
 */
function coalesce(blocks: Block[], wrappers: Wrapper[], furniture: boolean): Group[] {
  const groups: Array<Group | null> = blocks.map((block) => ({ element: block.features.element, label: block.verdict.label, blocks: [block] }));
  for (let w = wrappers.length - 1; w >= 0; w--) {
    const { element, start, end } = wrappers[w]!;
    if (end - start < 2) continue;
    const range = blocks.slice(start, end);
    const label = regionLabel(range, furniture);
    if (!label) continue;
    groups[start] = { element, label, blocks: range };
    for (let i = start + 1; i < end; i++) groups[i] = null;
  }
  return groups.filter((group): group is Group => group !== null);
}

function toSection({ element, label, blocks }: Group, limit: number): Section {
  const ruleIds: string[] = [];
  const reasons: string[] = [];
  const add = (id: string, reason: string) => {
    if (ruleIds.includes(id)) return;
    ruleIds.push(id);
    reasons.push(reason);
  };
  let confidence = 0;
  // A region of mixed furniture gives the rules and confidence of its blocks of the kind it is labelled.
  for (const block of blocks) {
    if (block.verdict.label !== label) continue;
    for (const rule of block.overrides) add(rule.id, rule.reason);
    for (const rule of winningRules(block.verdict)) add(rule.id, rule.reason);
    confidence = Math.max(confidence, block.overrides.length > 0 ? 0.7 : block.verdict.confidence);
  }
  // The blocks' texts joined until past the limit, not all of them: a region of hundreds of
  // blocks is cut to `limit` characters anyway.
  let text = blocks[0]!.features.text;
  for (let i = 1; i < blocks.length && text.length <= limit; i++) text += ` ${blocks[i]!.features.text}`;
  return { element, label, confidence, ruleIds, reasons, text: text.length > limit ? `${text.slice(0, limit - 1)}…` : text };
}

function classifyUnsafe(root: Document | Element, options: ClassifyOptions, writeHtml: HtmlWriter | null): Classification {
  const doc = documentOf(root);
  const body = bodyOf(root);
  if (!body) return emptyResult(NO_BODY);
  const table = computeStats(body);
  const jsonLd = root.nodeType === DOCUMENT_NODE ? readJsonLd(doc) : [];
  const meta = readMetadata(doc, jsonLd, options.url ?? (doc.URL && doc.URL.startsWith('http') ? doc.URL : undefined), table.keys());
  const found = findContainer(body, table);
  const container = found.element;
  // The language the article reads as (the page's, without one), and from here on every phrase
  // scan reads this page's languages and English (classifyWith goes back to all).
  const guessed = guessLanguage(sliceText(table, container ?? body, GUESS_CHARS) ?? '');
  const languages = phraseLanguages(meta.lang, guessed);
  usePhraseLanguages(languages);
  const missingPhraseBooks = languages.filter((lang) => !hasPhraseBook(lang));
  const titleElement = findTitleElement(body, container, meta.title);
  meta.title = meta.title ? withoutSiteAffix(meta.title, titleElement?.textContent ?? '', meta.siteName) : collapse(titleElement?.textContent ?? '');
  const ctx: SegmentContext = { table, title: titleElement, byline: null };

  const inside = container ? segmentInside(container, ctx) : { blocks: [], wrappers: [], loose: [] };
  const insideBlocks = inside.blocks;
  const bylineBlock = markByline(insideBlocks);
  if (bylineBlock) {
    rescore(bylineBlock);
    if (!meta.byline) meta.byline = bylineFromLine(bylineBlock.features.text);
    if (!meta.published) meta.published = dateInText(bylineBlock.features.text);
  }
  // The byline line near the headline, outside the body: kept visible beside the title.
  const near = titleElement && !bylineBlock ? bylineNearTitle(titleElement, !meta.byline, (el) => table.get(el)?.textLength ?? 0) : null;
  if (near && !(container && container.contains(near.element))) {
    if (!meta.byline) meta.byline = near.byline;
    if (!meta.published) meta.published = dateInText(collapse(near.element.textContent ?? ''));
    ctx.byline = near.element;
  }
  // Second pass: now that the article's prose is known, rules about position can speak.
  const first = insideBlocks.findIndex((block) => isProse(block));
  let last = -1;
  for (let i = insideBlocks.length - 1; i >= 0; i--) if (isProse(insideBlocks[i]!)) { last = i; break; }
  insideBlocks.forEach((block, i) => {
    block.features.beforeArticle = first >= 0 && i < first;
    block.features.afterArticle = last >= 0 && i > last;
    if (block.features.beforeArticle || block.features.afterArticle) rescore(block);
  });
  extendAppealRuns(insideBlocks, meta.siteName);
  keepIntroducedLists(insideBlocks);

  const outside = segmentOutside(body, container, ctx);
  const outsideBlocks = outside.blocks;
  // Document order from the stats walk: sorting by compareDocumentPosition is O(siblings) a call.
  const order = (el: Element) => table.get(el)?.index ?? 0;
  const groups = [...coalesce(insideBlocks, inside.wrappers, false), ...coalesce(outsideBlocks, outside.wrappers, true)].sort((a, b) => order(a.element) - order(b.element));
  const limit = options.sectionTextLimit ?? DEFAULT_SECTION_TEXT;
  const sections = groups.map((group) => toSection(group, limit));

  // The body's elements and the container's loose text the rules left to it, in document order.
  // Not a lead picture outside the body: the clean view shows it, its caption is no prose to read.
  const bodyBlocks = [
    ...groups.filter((group) => group.label === 'article' && group.blocks[0]!.features.role === 'none' && (group.blocks[0]!.features.inside || !isPicture(group.blocks[0]!.features))).map((group) => ({ at: order(group.element), element: group.element })),
    ...inside.loose.filter((loose) => loose.article),
  ]
    .sort((a, b) => a.at - b.at)
    .map((item) => ('element' in item ? item.element : item));
  const base = options.url ?? (doc.baseURI && doc.baseURI.startsWith('http') ? doc.baseURI : undefined);
  const bodyOut = container ? articleBody(bodyBlocks, base, writeHtml, (el) => linesOf(table, el)) : { text: '', html: '', wordCount: 0, readingMinutes: 0 };
  const allBlocks = [...insideBlocks, ...outsideBlocks];
  // The window closes at the first prose paragraph or, in a body of short paragraphs, at its first
  // sentence-length one (a dateline above it is shorter): a date further down, a comment's or an
  // embedded post's, is not the article's.
  const opening = first >= 0 ? first : insideBlocks.findIndex((block) => isProse(block, 12));
  if (!meta.published) meta.published = dateBeforeArticle(groups, titleElement ? order(titleElement) - 15 : -1, opening >= 0 ? order(insideBlocks[opening]!.features.element) : Infinity, order);
  meta.byline = tidyByline(meta.byline);
  const lastArticle = last >= 0 ? insideBlocks[last]!.features.element : null;
  const wallAfterArticle = allBlocks.some(
    (block) => block.verdict.label === 'paywall' && (!lastArticle || lastArticle.compareDocumentPosition(block.features.element) & 4),
  );
  const paywall = paywallVerdict({ doc, table, jsonLd, blocks: allBlocks, articleWords: bodyOut.wordCount, wallAfterArticle });
  const absent = found.absent ?? (bodyOut.wordCount === 0 ? ALL_OTHER : null);
  const article: ArticleInfo = {
    ...meta,
    lang: meta.lang || guessed,
    ...bodyOut,
    absentId: absent?.id ?? '',
    absentReason: absent?.reason ?? '',
  };
  return missingPhraseBooks.length > 0 ? { sections, article, paywall, missingPhraseBooks } : { sections, article, paywall };
}

/**
 * Labels every section of a page. Pure: reads the DOM, never changes it, never throws. A page
 * the classifier cannot read (no body, a frameset, garbage) yields no sections and an empty
 * article with the reason. The article's HTML is written by `writeHtml`, or left '' without one:
 * index.ts's `classify` passes safe-html.ts's writer, and the content script, which shows the
 * article as text, calls `classifyText`, so the writer is not in its bundle.
 */
export function classifyWith(root: Document | Element, options: ClassifyOptions, writeHtml: HtmlWriter | null): Classification {
  try {
    if (!root || (root.nodeType !== DOCUMENT_NODE && root.nodeType !== 1)) return emptyResult(NOT_A_DOCUMENT);
    // `null` options (from JSON or a message) mean none, not a failure to read the page.
    return classifyUnsafe(root, options ?? {}, writeHtml);
  } catch (error) {
    return emptyResult(UNREADABLE, `: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    usePhraseLanguages(null);
  }
}

export { RULES_BY_ID };
