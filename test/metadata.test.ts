/**
 * The article's metadata as the popup shows it: title, byline and site name as a reader would
 * write them, whatever escaping or author links the page's structured data carries.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { decodeReferences } from '../src/classifier/metadata.js';
import { parse } from './helpers/dom.js';

const PROSE = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the city budget, which the council debated for six hours on Tuesday before it passed, with amendments, by a narrow margin.</p>`).join('');

function articleOf(head: string): ReturnType<typeof classify>['article'] {
  return classify(parse(`<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body><article><h1>Budget passes</h1>${PROSE}</article></body></html>`)).article;
}

describe('article metadata', () => {
  it('decodes character references a site escaped twice in its JSON-LD headline and meta content', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council unveils &#8216;family&#8217; budget &amp; more' });
    const article = articleOf(`<script type="application/ld+json">${ld}</script><meta property="og:site_name" content="Verlag &amp;amp; Co. KG">`);
    expect(article.title).toBe('Council unveils ‘family’ budget & more');
    expect(article.siteName).toBe('Verlag & Co. KG');
  });

  it('takes the first author meta that names somebody, not a link to the author pages', () => {
    const article = articleOf('<meta property="article:author" content="https://news.example/authors"><meta name="sailthru.author" content="Sarah Lazare">');
    expect(article.byline).toBe('Sarah Lazare');
  });

  it('finds the author element when the metadata names nobody: by rel, by itemprop, by class', () => {
    const page = (author: string) => classify(parse(`<!doctype html><html lang="en"><head><title>Page</title></head><body><div><span>Tuesday</span></div><article><h1>Budget passes</h1>${PROSE}</article><footer>${author}</footer></body></html>`)).article.byline;
    expect(page('<a rel="Author" href="/people/jane">Jane Doe</a>')).toBe('Jane Doe');
    expect(page('<span itemprop="author">Jane Doe</span>')).toBe('Jane Doe');
    expect(page('<p class="story-byline">By Jane Doe</p>')).toBe('Jane Doe');
    // An SVG element's class is read too (its className is an object, not the attribute).
    expect(page('<svg class="author" width="1" height="1"><text>Jane Doe</text></svg>')).toBe('Jane Doe');
  });

  it('finds the byline line under the headline however much white space its markup holds', () => {
    const indent = `\n${' '.repeat(120)}`;
    const doc = parse(`<!doctype html><html lang="en"><head><title>Page</title></head><body><header><h1>Budget passes</h1><div class="meta">${indent.repeat(3)}By Jane Doe${indent.repeat(3)}</div></header><article>${PROSE}</article></body></html>`);
    expect(classify(doc).article.byline).toBe('Jane Doe');
  });
});

describe('decodeReferences', () => {
  it('decodes numeric and the common named references, and leaves the rest as written', () => {
    expect(decodeReferences('&#8216;a&#x2019; &AMP; &quot;b&quot; &lt;i&gt; &apos;')).toBe('‘a’ & "b" <i> \'');
    expect(decodeReferences('&#128512; &#X1F600; &#0128;')).toBe('😀 😀 \u0080');
    expect(decodeReferences('&#0; &#xD800; &#1114112; &#x; &#12ab; &copy; &nbsp; & plain')).toBe('&#0; &#xD800; &#1114112; &#x; &#12ab; &copy; &nbsp; & plain');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeReferences('&amp;amp; &amp;#8216;')).toBe('&amp; &#8216;');
  });
});
