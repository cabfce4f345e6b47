import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { classify } from '../src/classifier/index.js';
import { bodyOf } from '../src/classifier/dom.js';
import { countAllPhrases } from '../src/classifier/phrases/scan-all.js';
import { computeStats } from '../src/classifier/stats.js';
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
   * classify's stats pass alone (stats.ts's computeStats on the body): the one walk every
   * classification starts with, which reads each node and keeps figures per element. Set beside
   * the floor it shows how much of the floor target's budget the walk itself takes.
   */
  statsPass: number;
  /**
   * One phrase scan (scan-all.ts's countAllPhrases, every language's lists) of the page's visible
   * text, lower-cased beforehand: the least reading every word of the page for its phrases costs,
   * with no block, rule or figure around it.
   */
  phraseScan: number;
  /**
   * The first call of classify and of Readability.parse on this document (the warm-up, untimed in
   * the medians above). In the browser each page loads both bundles afresh, so this is what a
   * reader's first press costs, less compiling the code once per browser session.
   */
  firstClassify: number;
  firstParse: number;
  /**
   * classify and Readability.parse once the code has settled in this document: the median of the
   * last `repeats` of `settleRounds` more rounds after the timed ones (browser only; absent
   * without them). It tells how much of the timed calls' ratio is the code still warming up.
   */
  settledClassify?: number;
  settledParse?: number;
}

/**
 * Rounds after the timed ones before the settled figures are read (their last `repeats`), in the
 * browser: in a fresh document Chromium still tiers the code up through the timed calls; by about
 * the tenth call classify's time has levelled off (a trial on the corpus: calls 6-12 within 15%
 * of each other).
 */
export const SETTLE_ROUNDS = 10;

/**
 * Times every contender on one document, in jsdom and in the browser alike: a warm-up call of
 * each, then `repeats` rounds of timed calls (measure.ts's timeRounds), median kept. Readability
 * gets a fresh clone per call (it mutates what it parses), made before the rounds; cloning is
 * timed apart. `Readability` is passed in: the browser side loads it from its own bundle.
 * With `settleRounds`, classify and parse then run that many more rounds, the last `repeats` of
 * them timed for the settled figures.
 */
export function timeContenders(doc: Document, Readability: typeof ReadabilityClass, repeats: number, settleRounds = 0): ContenderTimes {
  const firstClassify = timeOnce(() => classify(doc)).ms;
  const warmUpClone = doc.cloneNode(true) as Document;
  const firstParse = timeOnce(() => new Readability(warmUpClone).parse()).ms;
  floorPass(doc);
  const body = bodyOf(doc) ?? doc.documentElement;
  const words = (computeStats(body).pageText?.raw ?? '').toLowerCase();
  countAllPhrases(words);
  const clones = Array.from({ length: repeats }, () => doc.cloneNode(true) as Document);
  let next = 0;
  const rounds = timeRounds(
    {
      classify: () => classify(doc),
      clone: () => doc.cloneNode(true),
      parse: () => new Readability(clones[next++]!).parse(),
      floor: () => floorPass(doc),
      statsPass: () => computeStats(body),
      phraseScan: () => countAllPhrases(words),
    },
    repeats,
  );
  const times: ContenderTimes = { elements: doc.getElementsByTagName('*').length, ...rounds, firstClassify, firstParse };
  if (settleRounds > repeats) {
    const settleClones = Array.from({ length: settleRounds }, () => doc.cloneNode(true) as Document);
    let settleNext = 0;
    const settling = { classify: () => classify(doc), parse: () => new Readability(settleClones[settleNext++]!).parse() };
    timeRounds(settling, settleRounds - repeats);
    const settled = timeRounds(settling, repeats);
    times.settledClassify = settled.classify;
    times.settledParse = settled.parse;
  }
  return times;
}
