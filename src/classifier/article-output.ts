import { countWords, visibleText } from './dom.js';

/** Average silent reading speed (words per minute) used for the reading time. */
export const WORDS_PER_MINUTE = 230;

export interface ArticleBody {
  text: string;
  html: string;
  wordCount: number;
  readingMinutes: number;
}

/**
 * Writes one body block, or the nodes of one run of loose text, as a block of safe HTML
 * (safe-html.ts's `safeBlockHtml`; kept out of the content script, which shows the article as text).
 */
export type HtmlWriter = (root: Element | Node[], base: string | undefined) => string;

/**
 * Text and, given a writer, safe HTML of the article's body blocks, in document order: elements,
 * and runs of the container's loose text (segment.ts), each one paragraph.
 */
export function articleBody(
  blocks: Array<Element | { nodes: Node[]; text: string }>,
  base: string | undefined,
  writeHtml: HtmlWriter | null,
  linesOf: (el: Element) => string | null = () => null,
): ArticleBody {
  const paragraphs: string[] = [];
  const html: string[] = [];
  for (const block of blocks) {
    const loose = 'nodes' in block ? block : null;
    const el = loose ? null : (block as Element);
    const text = el ? linesOf(el) ?? visibleText(el, '\n') : loose!.text;
    if (text) paragraphs.push(...text.split('\n'));
    const fragment = writeHtml ? writeHtml(el ?? loose!.nodes, base) : '';
    if (fragment) html.push(fragment);
  }
  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  return { text, html: html.join('\n'), wordCount, readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}
