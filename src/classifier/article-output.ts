import { countWords, tagOf, visibleText } from './dom.js';

/** Average silent reading speed (words per minute) used for the reading time. */
export const WORDS_PER_MINUTE = 230;
const SAFE_BLOCK_OUTPUT = /^<(p|h[2-6]|ul|ol|blockquote|figure|pre|img)[ >]/;

export interface ArticleBody {
  text: string;
  html: string;
  wordCount: number;
  readingMinutes: number;
}

/** Writes one body block as safe HTML (safe-html.ts's `safeHtml`). */
export type HtmlWriter = (root: Element, base: string | undefined) => string;

/** Text and, given a writer, safe HTML of the article's body blocks, in document order. */
export function articleBody(
  elements: Element[],
  base: string | undefined,
  writeHtml: HtmlWriter | null,
  linesOf: (el: Element) => string | null = () => null,
): ArticleBody {
  const paragraphs: string[] = [];
  const html: string[] = [];
  for (const el of elements) {
    const text = linesOf(el) ?? visibleText(el, '\n');
    if (text) paragraphs.push(...text.split('\n'));
    const fragment = writeHtml ? writeHtml(el, base) : '';
    if (!fragment) continue;
    const tag = tagOf(el);
    html.push(SAFE_BLOCK_OUTPUT.test(fragment) || tag === 'IMG' ? fragment : `<p>${fragment}</p>`);
  }
  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  return { text, html: html.join('\n'), wordCount, readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}
