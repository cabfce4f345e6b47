import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { classify } from '../src/classifier/index.js';
import { floorPass } from './floor.js';
import { timeOnce, timeRounds } from './measure.js';

export interface ContenderTimes {
  elements: number;
  /** `classify(document)`. */
  classify: number;
  /** `document.cloneNode(true)`: the copy Readability needs because it rewrites the DOM. */
  clone: number;
  /** `new Readability(clone).parse()` alone. */
  parse: number;
  /** The TreeWalker floor pass. */
  floor: number;
  /**
   * The first call of classify and of Readability.parse on this document (the warm-up, untimed in
   * the medians above). In the browser each page loads both bundles afresh, so this is what a
   * reader's first press costs, less compiling the code once per browser session.
   */
  firstClassify: number;
  firstParse: number;
}

/**
 * Times every contender on one document, in jsdom and in the browser alike: a warm-up call of
 * each, then `repeats` rounds of timed calls (measure.ts's timeRounds), median kept. Readability
 * gets a fresh clone per call (it mutates what it parses), made before the rounds; cloning is
 * timed apart. `Readability` is passed in: the browser side loads it from its own bundle.
 */
export function timeContenders(doc: Document, Readability: typeof ReadabilityClass, repeats: number): ContenderTimes {
  const firstClassify = timeOnce(() => classify(doc)).ms;
  const warmUpClone = doc.cloneNode(true) as Document;
  const firstParse = timeOnce(() => new Readability(warmUpClone).parse()).ms;
  floorPass(doc);
  const clones = Array.from({ length: repeats }, () => doc.cloneNode(true) as Document);
  let next = 0;
  const rounds = timeRounds(
    {
      classify: () => classify(doc),
      clone: () => doc.cloneNode(true),
      parse: () => new Readability(clones[next++]!).parse(),
      floor: () => floorPass(doc),
    },
    repeats,
  );
  return { elements: doc.getElementsByTagName('*').length, ...rounds, firstClassify, firstParse };
}
