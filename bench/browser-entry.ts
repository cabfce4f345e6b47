/**
 * The benchmark's code inside Chromium: built by build-bundles.ts into dist/bench/sift.js and run
 * through page.evaluate. Readability comes from its own bundle (dist/bench/readability.js) as the
 * global `Readability`, so each contender is its own built file.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { classify } from '../src/classifier/index.js';
import { applyCleanView } from '../src/clean-view/apply.js';
import { floorPass } from './floor.js';
import { expandNesting, generatePage } from './generator.js';
import { median, timeMedian, timeOnce } from './measure.js';
import { SETTLE_ROUNDS, timeContenders } from './page-contenders.js';

function readability(): typeof ReadabilityClass {
  const found = (globalThis as { Readability?: typeof ReadabilityClass }).Readability;
  if (!found) throw new Error('load dist/bench/readability.js first');
  return found;
}

/** Forces style recalculation and layout, as the next frame would. */
function flushLayout(): number {
  return document.body ? document.body.offsetHeight : 0;
}

const api = {
  /**
   * classify, clone, Readability.parse and the floor on the current document (medians, ms); then
   * SETTLE_ROUNDS more rounds of classify and parse for the settled figures (page-contenders.ts).
   */
  timePage(repeats: number) {
    return timeContenders(document, readability(), repeats, SETTLE_ROUNDS);
  },

  /**
   * classify alone on a generated page, after a warm-up call on a small one: the first timed call
   * and the median of all of them. With
   * `nested`, the page is copied into a detached document and its nesting chain grown there:
   * Chromium's renderer crashes laying out thousands of nested divs, a detached document is
   * never laid out.
   */
  timeClassify(repeats: number, nested = false) {
    let doc = document;
    if (nested) {
      doc = document.implementation.createHTMLDocument('');
      doc.replaceChild(doc.importNode(document.documentElement, true), doc.documentElement);
      expandNesting(doc);
    }
    // Warm the JIT on a small page of the same kind first, as bench/scaling-child.ts does in jsdom:
    // a timed first call at 10k carries the compiler, and read 10k at 80-150 ms on the same code.
    classify(new DOMParser().parseFromString(generatePage({ elements: 1000, seed: 7 }).html, 'text/html'));
    const runs: number[] = [];
    let sections = 0;
    for (let i = 0; i < repeats; i++) {
      const { ms, value } = timeOnce(() => classify(doc));
      runs.push(ms);
      sections = value.sections.length;
    }
    return { elements: doc.getElementsByTagName('*').length, classify: median(runs), first: runs[0]!, floor: timeMedian(() => floorPass(doc), 3), sections };
  },

  /** Clean view on the current document: apply and revert, alone and with the layout they cause. */
  timeCleanView(repeats: number) {
    const result = classify(document);
    const apply: number[] = [];
    const applyLayout: number[] = [];
    const revert: number[] = [];
    const revertLayout: number[] = [];
    let hidden = 0;
    flushLayout();
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      const view = applyCleanView(document, result);
      const applied = performance.now();
      flushLayout();
      const laidOut = performance.now();
      view.revert();
      const reverted = performance.now();
      flushLayout();
      const end = performance.now();
      hidden = view.hidden.length;
      apply.push(applied - start);
      applyLayout.push(laidOut - start);
      revert.push(reverted - laidOut);
      revertLayout.push(end - laidOut);
    }
    return { elements: document.getElementsByTagName('*').length, hidden, apply: median(apply), applyLayout: median(applyLayout), revert: median(revert), revertLayout: median(revertLayout) };
  },
};

export type BenchApi = typeof api;
(globalThis as { siftBench?: BenchApi }).siftBench = api;
