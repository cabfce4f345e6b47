/**
 * The stats pass reads the page once and later passes trust what it recorded instead of asking
 * the DOM again: each element's text (sliceText, linesOf), tag, hints, composed parent and place
 * in document order. Each is checked here against the DOM helper it stands in for, on every
 * element of the seed pages and of a page built to be awkward (shadow roots, invisible content,
 * inline elements glued to text, deep nesting).
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composedParentElement, directTextLength, hintString, isInvisibleTag, tagOf, visibleText } from '../src/classifier/dom.js';
import { classify } from '../src/classifier/index.js';
import { computeStats, hintsIn, linesOf, sliceText } from '../src/classifier/stats.js';
import { ROOT, parse, seedHtml } from './helpers/dom.js';

/** Elements under `root` in composed document order, not entering what is invisible (the pass's reach). */
function composedOrder(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    out.push(el);
    if (el !== root && isInvisibleTag(el)) return;
    const shadow = el.shadowRoot && el.shadowRoot.mode === 'open' ? el.shadowRoot : null;
    for (const child of [...Array.from(shadow?.children ?? []), ...Array.from(el.children)]) visit(child);
  };
  visit(root);
  return out;
}

function awkwardPage(): Document {
  const doc = parse(`<!doctype html><html><body>
    <header class="Site-Header" id="Top" role="banner" data-testid="hdr"><a href="/">Home</a><a href="/a">News</a></header>
    <main><article itemprop="articleBody" aria-label="Story">
      <h1>Title <span>glued</span>word</h1>
      <p>First paragraph, with a <a href="/x">link</a>,\u00a0a non-breaking space and   runs   of spaces.</p>
      <p>Second<br>line after a break.<script>var hidden = "not text";</script><style>p{}</style></p>
      <div><div><div><p>Deep ${'<span>'.repeat(40)}nested${'</span>'.repeat(40)} text.</p></div></div></div>
      <p>A paragraph the page's source
        wraps across
        lines.</p>
      <ul><li>One</li><li>Two</li></ul><template><p>Template text is not read.</p></template>
      <div id="host">  Light text of the host\u00a0 </div><div id="closed"></div><svg><text>svg text</text></svg>
      <x-card id="card"> card light text <p>card paragraph</p></x-card><span id="span-host"></span>
      <p hidden>Hidden by attribute, read as text all the same.</p>
    </article></main><footer>Foot <b>bold</b><p>Footer paragraph after inline text.</p>tail text</footer></body></html>`);
  const open = doc.getElementById('host')!.attachShadow({ mode: 'open' });
  open.innerHTML = '<aside class="Donate"><p>Shadow text, in an open root.</p></aside><p>Second shadow paragraph.</p>';
  doc.getElementById('host')!.append(doc.createTextNode('Light child after the root.'));
  doc.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed root text.</p>';
  // A custom element and a span can host shadow roots too; root text is not the host's own text.
  doc.getElementById('card')!.attachShadow({ mode: 'open' }).innerHTML = 'Card root text <slot></slot><b>bold in the root</b>';
  doc.getElementById('span-host')!.attachShadow({ mode: 'open' }).innerHTML = '<em>span root text</em>';
  return doc;
}

const pages: Array<[string, () => Document]> = [
  ['awkward page', awkwardPage],
  ...readdirSync(resolve(ROOT, 'seeds')).map((slug): [string, () => Document] => [`seed ${slug}`, () => parse(seedHtml(slug))]),
];

describe.each(pages)('stats pass on the %s', (_, load) => {
  const doc = load();
  const body = doc.body;
  const table = computeStats(body);
  const order = composedOrder(body);

  it('lists every element it reaches once, in composed document order, each followed by its descendants', () => {
    const inOrder = table.inOrder!;
    expect(inOrder.map((stats) => stats.element)).toEqual(order);
    inOrder.forEach((stats, index) => {
      expect(stats.index).toBe(index);
      const end = index + stats.elements;
      for (let i = index + 1; i <= end; i++) {
        let up: Element | null = inOrder[i]!.element;
        while (up && up !== stats.element) up = composedParentElement(up);
        expect(up, `${stats.tag} #${index} holds #${i}`).toBe(stats.element);
      }
    });
  });

  it('records the tag, hints, direct text and composed parent the DOM helpers give', () => {
    for (const el of order) {
      const stats = table.get(el)!;
      expect(stats.tag).toBe(tagOf(el));
      expect(hintsIn(table, el)).toBe(hintString(el));
      if (!isInvisibleTag(el)) expect(stats.directText, tagOf(el)).toBe(directTextLength(el));
      expect(stats.parent).toBe(el === body ? null : composedParentElement(el));
    }
  });

  it('slices the text visibleText reads, cut and by lines', () => {
    for (const el of order) {
      if (isInvisibleTag(el)) continue;
      expect(sliceText(table, el, 4000), tagOf(el)).toBe(visibleText(el, ' ', 4000));
      expect(sliceText(table, el, 30), tagOf(el)).toBe(visibleText(el, ' ', 30));
      expect(linesOf(table, el), tagOf(el)).toBe(visibleText(el, '\n'));
    }
  });
});

describe('text figures of one text node', () => {
  /** Runs of white space (code 32 or below, or U+00A0) count as one character, none at the start. */
  const visibleReference = (data: string) => data.replace(/^(?:[^\x21-\uffff]|\xa0)+/, '').replace(/(?:[^\x21-\uffff]|\xa0)+/g, ' ').length;
  const doc = parse('<!doctype html><html><body><div></div></body></html>');
  const div = doc.body.firstElementChild!;
  // Spaces, tabs and line breaks (read apart at the start of a text), other white space, control
  // characters (white space to the visible count, not to trim), commas of three scripts, letters.
  const text = fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u0001', '\u001f', '\u2003', '\u3000', ',', '、', '，', 'a', 'é'), { maxLength: 24 }).map((chars) => chars.join(''));

  it('counts visible characters, commas and trimmed length as their plain definitions do', () => {
    fc.assert(
      fc.property(text, (data) => {
        div.replaceChildren(doc.createTextNode(data));
        const stats = computeStats(doc.body).get(div)!;
        expect(stats.textLength).toBe(visibleReference(data));
        expect(stats.commas).toBe((data.match(/[,、，]/g) ?? []).length);
        expect(stats.directText).toBe(data.trim().length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lines of text', () => {
  // The article's text is cut into paragraphs at block boundaries only: a line break in the
  // page's source is white space, as a browser shows it (it had made one paragraph three).
  it('break at block boundaries, not where the source wrapped a line', () => {
    const doc = awkwardPage();
    const table = computeStats(doc.body);
    const wrapped = Array.from(doc.querySelectorAll('p')).find((p) => p.textContent!.includes('wraps across'))!;
    expect(linesOf(table, wrapped)).toBe("A paragraph the page's source wraps across lines.");
    expect(visibleText(wrapped, '\n')).toBe("A paragraph the page's source wraps across lines.");
    expect(linesOf(table, doc.querySelector('ul')!)).toBe('One\nTwo');
  });

  it('make one article paragraph of a paragraph wrapped in the source', () => {
    const sentence = 'This paragraph of the story has enough words and commas, to count as prose,';
    const wrapped = `<p>${sentence}\n   and the page's source wrapped it\nacross lines, as many publishing systems do.</p>`;
    const doc = parse(`<!doctype html><html><body><article><h1>Title</h1>${wrapped.repeat(5)}</article></body></html>`);
    const { article } = classify(doc);
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toBe(`${sentence} and the page's source wrapped it across lines, as many publishing systems do.`);
  });
});

describe('stats pass hints', () => {
  it('joins class, id, role and labelling attributes in a fixed order, lower-cased', () => {
    const doc = awkwardPage();
    expect(hintString(doc.querySelector('header')!)).toBe(' site-header top banner hdr');
    expect(hintString(doc.querySelector('article')!)).toBe(' story articlebody');
    expect(hintString(doc.querySelector('main')!)).toBe('');
  });

  it("reads an SVG element's class (its className is an object) and leaves out empty class and id", () => {
    const doc = parse('<!doctype html><html><body><svg class="Share-Icon" id="X1" role="img"></svg><div class="" id="" role="note"></div></body></html>');
    expect(hintString(doc.querySelector('svg')!)).toBe(' share-icon x1 img');
    expect(hintString(doc.querySelector('div')!)).toBe(' note');
  });
});
