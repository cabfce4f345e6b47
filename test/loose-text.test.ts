/**
 * Loose text: the article's words written straight into its container, with no element of their
 * own (a lead before the first <p>, or a whole story set apart by <br><br>, as older CMSes and
 * aggregators write it). It reaches the article's text and HTML in document order; what the rules
 * call boilerplate stays out; the sections (elements a reader can hide) are as before.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { safeHtml } from '../src/classifier/safe-html.js';
import { parse } from './helpers/dom.js';

const SENTENCES = [
  'The harbour board voted on Monday to rebuild the north pier, which storms damaged twice last winter.',
  'Work will start in May and is expected to take a year, the board said, at a cost of about two million pounds.',
  'Fishermen, who moor at the pier, asked for a temporary landing stage while the work goes on.',
  'The board promised one, and said it would publish the plans at the library next week.',
  'Last year the pier was closed for three months after a storm tore away part of its deck, and boats had to land their catch at the ferry slip.',
];

function page(body: string): Document {
  return parse(`<!doctype html><html lang="en"><head><title>Pier to be rebuilt</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}</body></html>`, 'https://news.example/pier');
}

describe('loose text in the article container', () => {
  it('finds an article written only as <br>-separated text (no paragraph elements at all)', () => {
    const result = classify(page(`<div class="story"><h1>Pier to be rebuilt</h1><div class="text">${SENTENCES.join('<br><br>')}</div></div>`));
    expect(result.article.absentReason).toBe('');
    expect(result.article.text.split('\n\n')).toEqual(SENTENCES);
  });

  it('keeps a lead written before the first <p>, in its place', () => {
    const [lead, ...rest] = SENTENCES;
    const result = classify(page(`<article><h1>Pier to be rebuilt</h1><div class="body">${lead}<p>${rest.join('</p><p>')}</p></div></article>`));
    expect(result.article.text.split('\n\n')).toEqual(SENTENCES);
    // The lead is no section: it has no element a reader could hide or show.
    expect(result.sections.some((s) => s.text.startsWith('The harbour board voted'))).toBe(false);
  });

  it('reads a run with a link in it as one paragraph, the link kept in the HTML', () => {
    const result = classify(page(`<article><h1>Pier to be rebuilt</h1><div class="body"><p>${SENTENCES[0]}</p>Fishermen, who moor at the pier, asked <a href="/people/board">the board</a> for a temporary landing stage.<br><br><p>${SENTENCES[3]}</p></div></article>`));
    expect(result.article.text).toContain('\n\nFishermen, who moor at the pier, asked the board for a temporary landing stage.\n\n');
    expect(result.article.html).toContain('<p>Fishermen, who moor at the pier, asked <a href="https://news.example/people/board">the board</a> for a temporary landing stage.</p>');
  });

  it('leaves loose text the rules call boilerplate out of the article', () => {
    const result = classify(page(`<article><h1>Pier to be rebuilt</h1><div class="body">${SENTENCES.join('<br><br>')}<br><br>Dear readers, please support our journalism: donate now.</div></article>`));
    expect(result.article.text).toContain(SENTENCES[3]);
    expect(result.article.text).not.toContain('donate now');
  });

  it('ignores stray characters between block children (separators, a few words)', () => {
    const [first, ...rest] = SENTENCES;
    const result = classify(page(`<article><h1>Pier to be rebuilt</h1><div class="body"><p>${first}</p> | <p>${rest.join('</p><p>')}</p></div></article>`));
    expect(result.article.text).toBe(SENTENCES.join('\n\n'));
  });
});

describe('safeHtml on a run of nodes', () => {
  it('writes the nodes in order, spaces between them kept', () => {
    const doc = parse('<div>Fishermen asked <a href="/board">the board</a> for <b>help</b> .</div>', 'https://news.example/');
    expect(safeHtml(Array.from(doc.querySelector('div')!.childNodes), 'https://news.example/')).toBe('Fishermen asked <a href="https://news.example/board">the board</a> for <strong>help</strong> .');
  });
});

describe('outside the article', () => {
  it('a paragraph is one block, hidden whole, not split into its inline pieces around its own text', () => {
    const body = SENTENCES.map((s) => `<p>${s}</p>`).join('');
    const doc = parse(`<!doctype html><html lang="en"><head><title>Pier</title></head><body><div class="page"><div class="main"><div class="column"><article><h1>Pier</h1>${body}</article></div></div></div>
      <div class="bottom"><p>In other news, the <em>Harbour Gazette</em> won a regional award for its coverage of the <strong>floods</strong> last spring, the judges of the press club said on Friday evening.</p></div></body></html>`);
    const sections = classify(doc).sections.filter((s) => /regional award|^Harbour Gazette$|^floods$/.test(s.text));
    expect(sections.map((s) => [s.element.tagName, s.label])).toEqual([['P', 'other']]);
  });
});
