/**
 * The A/B's code inside the page (bench/ab.ts builds it into a script of its own, evaluated beside
 * the two classifier builds): both builds once, then `rounds` rounds of one call each, which build
 * goes first alternating from round to round, starting with the tree's unless `refFirst` (the caller
 * alternates it from page to page: the first call on a page reads every node for the first time).
 * Returns the median of each build's timed calls, ms.
 */
import { median } from './measure.js';

type Classify = (doc: Document) => unknown;

function timeBoth(rounds: number, refFirst = false): { tree: number; ref: number } {
  const g = globalThis as unknown as { siftTree: Classify; siftRef: Classify };
  const time = (classify: Classify) => {
    const start = performance.now();
    classify(document);
    return performance.now() - start;
  };
  const [first, second] = refFirst ? [g.siftRef, g.siftTree] : [g.siftTree, g.siftRef];
  first(document);
  second(document);
  const tree: number[] = [];
  const ref: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if ((i % 2 === 0) !== refFirst) {
      tree.push(time(g.siftTree));
      ref.push(time(g.siftRef));
    } else {
      ref.push(time(g.siftRef));
      tree.push(time(g.siftTree));
    }
  }
  return { tree: median(tree), ref: median(ref) };
}

(globalThis as unknown as { siftAbTime: typeof timeBoth }).siftAbTime = timeBoth;
