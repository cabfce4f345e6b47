/**
 * Property tests over generated pages (test/fuzz/arbitraries.ts). `npm test` runs
 * SIFT_FUZZ_RUNS (default 40) cases per property; `npm run fuzz` runs thousands. A failure prints the
 * seed, the shrunk page as JSON and its HTML; replay with SIFT_FUZZ_SEED=<seed> SIFT_FUZZ_PATH=<path>.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import type { Classification, Label } from '../src/classifier/types.js';
import { LABELS } from '../src/classifier/types.js';
import { applyCleanView, HIDDEN_ATTRIBUTE_PREFIX, STYLE_ID_PREFIX } from '../src/clean-view/apply.js';
import { buildDocument, countNodes, pageArbitrary, renderMarkup, type FuzzPage } from './fuzz/arbitraries.js';
import { expectSafeHtml, expectWellFormed, isCharSubsequence, parseFragment, serialize } from './helpers/checks.js';
import { OPS_BASE, OPS_PER_UNIT, countDomOps } from './helpers/op-counter.js';
import { shrinkTimeLimit } from './fuzz/shrink-limit.js';

const RUNS = Number(process.env.SIFT_FUZZ_RUNS ?? 40);
const SEED = process.env.SIFT_FUZZ_SEED === undefined ? undefined : Number(process.env.SIFT_FUZZ_SEED);
const PATH = process.env.SIFT_FUZZ_PATH;
/** `npm run fuzz` caps shrinking (vitest.fuzz.config.ts); `npm test` shrinks small pages to the end. */
const SHRINK_MS = process.env.SIFT_FUZZ_SHRINK_MS === undefined ? undefined : Number(process.env.SIFT_FUZZ_SHRINK_MS);
const TIMEOUT = Math.max(60_000, RUNS * 600);

const window = new JSDOM('', { url: 'https://host.example/' }).window as unknown as Window;

function params<T extends unknown[]>(): fc.Parameters<T> {
  const plugins =
    SHRINK_MS === undefined ? [] : [shrinkTimeLimit<T>(SHRINK_MS, () => console.warn(`shrinking stopped after ${SHRINK_MS} ms: the counterexample below is the smallest found so far`))];
  return { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), ...(PATH ? { path: PATH } : {}), endOnFailure: false, plugins };
}

/** Runs `check` and, on failure, adds the page's HTML to the error so the counterexample is readable. */
function withPage(page: FuzzPage, check: () => void): void {
  try {
    check();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n--- page (${page.mode}, ${countNodes(page)} generated nodes, url ${page.url}):\n${renderMarkup(page).slice(0, 4000)}`);
  }
}

function classifyPage(page: FuzzPage, doc: Document): Classification {
  return classify(doc, page.url ? { url: page.url } : {});
}

/** The text of every text node that no element of `sections` holds, in document order. */
function textOutside(doc: Document, sections: Set<Element>): string {
  const parts: string[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let inside = false;
    for (let el = node.parentElement; el && !inside; el = el.parentElement) inside = sections.has(el);
    if (!inside) parts.push((node as Text).data);
  }
  return parts.join(' ');
}

describe(`properties over generated pages (${RUNS} runs each)`, () => {
  it('classify never fails, returns the documented shape, leaves the page as it was, within a node-proportional budget', () => {
    fc.assert(
      fc.property(pageArbitrary, (page) => {
        const doc = buildDocument(page, window);
        const before = serialize(doc);
        withPage(page, () => {
          const { result, ops, size, byName } = countDomOps(doc, () => classifyPage(page, doc), window);
          expectWellFormed(result, doc);
          const budget = OPS_PER_UNIT * size + OPS_BASE;
          if (ops > budget) {
            const top = Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, n]) => `${name} ${n}`).join(', ');
            throw new Error(`${ops} DOM operations for a page of size ${size} (budget ${budget}; most: ${top})`);
          }
          if (serialize(doc) !== before) throw new Error('classify changed the page');
        });
      }),
      params(),
    );
  }, TIMEOUT);

  it('the article text is a subsequence of the page text, and each paragraph comes from an article section or from text no section holds', () => {
    fc.assert(
      fc.property(pageArbitrary, (page) => {
        const doc = buildDocument(page, window);
        const result = classifyPage(page, doc);
        withPage(page, () => {
          const pageText = doc.documentElement?.textContent ?? '';
          if (!isCharSubsequence(result.article.text, pageText)) throw new Error(`article text is not in the page text:\n${result.article.text}`);
          const articleTexts = result.sections.filter((s) => s.label === 'article').map((s) => s.element.textContent ?? '');
          // Loose text (written straight into the container, segment.ts) is in no section, and
          // never in one labelled something else.
          const unsectioned = textOutside(doc, new Set(result.sections.map((s) => s.element)));
          for (const paragraph of result.article.text.split('\n\n').filter(Boolean)) {
            if (!articleTexts.some((text) => isCharSubsequence(paragraph, text)) && !isCharSubsequence(paragraph, unsectioned)) throw new Error(`paragraph from no article section: ${paragraph}`);
          }
          // (An article may hold no article section: a page's only prose can be loose text.)
        });
      }),
      params(),
    );
  }, TIMEOUT);

  it('the article html holds only safe tags, attributes and http(s) URLs, and its text is the page’s', () => {
    fc.assert(
      fc.property(pageArbitrary, (page) => {
        const doc = buildDocument(page, window);
        const result = classifyPage(page, doc);
        withPage(page, () => {
          expectSafeHtml(result.article.html);
          const htmlText = parseFragment(result.article.html).textContent ?? '';
          if (!isCharSubsequence(htmlText, doc.documentElement?.textContent ?? '')) throw new Error(`article html text is not in the page text:\n${result.article.html}`);
        });
      }),
      params(),
    );
  }, TIMEOUT);

  it('applyCleanView hides no article section, and revert() restores the exact document', () => {
    const hideArbitrary = fc.option(fc.subarray([...LABELS]), { nil: undefined });
    fc.assert(
      fc.property(pageArbitrary, hideArbitrary, fc.array(fc.nat(), { maxLength: 3 }), (page, hide, revealPicks) => {
        const doc = buildDocument(page, window);
        const result = classifyPage(page, doc);
        const before = serialize(doc);
        withPage(page, () => {
          const view = applyCleanView(doc, result, hide ? { hide: new Set<Label>(hide) } : {});
          if (!view.attribute.startsWith(HIDDEN_ATTRIBUTE_PREFIX) || view.attribute.length <= HIDDEN_ATTRIBUTE_PREFIX.length) throw new Error(`attribute ${view.attribute}`);
          const token = view.attribute.slice(HIDDEN_ATTRIBUTE_PREFIX.length);
          if (doc.documentElement && !doc.getElementById(`${STYLE_ID_PREFIX}${token}`)) throw new Error('no clean-view stylesheet');
          for (const section of result.sections) {
            if (section.label !== 'article') continue;
            const hidden = section.element.closest(`[${view.attribute}]`);
            if (hidden) throw new Error(`article section <${section.element.tagName}> is hidden by <${hidden.tagName}>`);
          }
          for (const { element, label } of view.hidden) {
            if (label === 'article' || (hide && !hide.includes(label))) throw new Error(`hid a ${label} section`);
            if (element.getAttribute(view.attribute) !== label) throw new Error('hidden element lacks its mark');
          }
          for (const pick of revealPicks) {
            const target = view.hidden[pick % Math.max(1, view.hidden.length)];
            if (!target) break;
            view.reveal(target.element);
            if (!target.element.hasAttribute(`${view.attribute}-shown`)) throw new Error('reveal() did not mark the element');
          }
          view.revert();
          view.revert();
          const after = serialize(doc);
          if (after !== before) throw new Error(`revert() left the document changed:\n${firstDifference(before, after)}`);
        });
      }),
      params(),
    );
  }, TIMEOUT);

  it('two clean views on one page revert in either order', () => {
    fc.assert(
      fc.property(pageArbitrary, fc.boolean(), (page, firstFirst) => {
        const doc = buildDocument(page, window);
        const result = classifyPage(page, doc);
        const before = serialize(doc);
        withPage(page, () => {
          const a = applyCleanView(doc, result);
          const b = applyCleanView(doc, result, { hide: new Set<Label>(['navigation', 'donation_appeal']) });
          if (a.attribute === b.attribute) throw new Error('two views share a token');
          if (firstFirst) {
            a.revert();
            b.revert();
          } else {
            b.revert();
            a.revert();
          }
          const after = serialize(doc);
          if (after !== before) throw new Error(`document changed:\n${firstDifference(before, after)}`);
        });
      }),
      params(),
    );
  }, TIMEOUT);

  it('classify on any element of the page stays inside that element', () => {
    fc.assert(
      fc.property(pageArbitrary, fc.nat(), (page, pick) => {
        const doc = buildDocument(page, window);
        const elements = Array.from(doc.querySelectorAll('*'));
        const root = elements[pick % elements.length];
        if (!root) return;
        withPage(page, () => {
          const result = classify(root, page.url ? { url: page.url } : {});
          expectWellFormed(result, root);
          expectSafeHtml(result.article.html);
        });
      }),
      params(),
    );
  }, TIMEOUT);
});

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `before: …${a.slice(Math.max(0, i - 80), i + 80)}…\nafter:  …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}
