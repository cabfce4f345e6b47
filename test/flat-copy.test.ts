/**
 * `npm run score -- --flat` scores the corpus as an aggregator copies each page
 * (scripts/corpus/flat-copy.ts): every block of text one paragraph in one container, in document
 * order, headings kept, nothing else of the page's markup left.
 */
import { describe, expect, it } from 'vitest';
import { flatCopy } from '../scripts/corpus/flat-copy.js';
import { classify } from '../src/classifier/index.js';
import { parse } from './helpers/dom.js';

describe('flat copy', () => {
  it('leaves one container of the page\'s blocks as paragraphs and headings, in order, their own text and loose text each one line', () => {
    const doc = parse(`<html><head><title>Pier</title></head><body>
      <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
      <main><h1 class="headline">Pier to be rebuilt</h1>
        <div class="body">Loose lead text, <b>bold</b> too.<p>The board voted on <a href="/m">Monday</a>.</p>
          <div class="support-box"><h3>Support us</h3><p>Please donate today.</p><button>Donate</button></div>
          <script>var x = 1;</script></div>
      </main><footer>© 2025 Example<br>All rights reserved</footer></body></html>`);
    flatCopy(doc);
    expect(doc.body.children).toHaveLength(1);
    const lines = Array.from(doc.body.firstElementChild!.children).map((el) => `${el.tagName} ${el.textContent}`);
    expect(lines).toEqual(['P Home', 'P News', 'H1 Pier to be rebuilt', 'P Loose lead text, bold too.', 'P The board voted on Monday.', 'H3 Support us', 'P Please donate today.', 'P Donate', 'P © 2025 Example All rights reserved']);
    expect(doc.body.querySelector('[class]')).toBeNull();
    expect(doc.title).toBe('Pier');
  });

  it('is a page the classifier reads: the appeal told apart from the article by its words alone', () => {
    const paragraph = (i: number) => `<div class="c"><p>Paragraph ${i}: the harbour board voted on Monday to rebuild the north pier, which storms damaged twice last winter, at a cost of about two million pounds, the chairman said.</p></div>`;
    const doc = parse(`<html lang="en"><head><title>Pier</title></head><body><article><h1>Pier</h1>${[1, 2, 3].map(paragraph).join('')}<div class="appeal"><p>Dear readers, we need your support. Please donate today to keep our journalism free.</p></div>${[4, 5].map(paragraph).join('')}</article></body></html>`);
    flatCopy(doc);
    const result = classify(doc);
    expect(result.article.text).toContain('Paragraph 5');
    expect(result.article.text).not.toContain('Please donate');
    expect(result.sections.find((s) => s.text.includes('Please donate'))?.label).toBe('donation_appeal');
  });
});
