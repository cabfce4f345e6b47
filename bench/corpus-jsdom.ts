import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { classify } from '../src/classifier/index.js';
import type { CorpusPage } from './corpus.js';
import { floorPass } from './floor.js';
import { timeRounds } from './measure.js';

/** Median milliseconds per page of each contender, all on one parsed document in one process. */
export interface PageTimes {
  id: string;
  elements: number;
  /** `classify(document)`. */
  classify: number;
  /** `document.cloneNode(true)`: the copy Readability needs because it rewrites the DOM. */
  clone: number;
  /** `new Readability(clone).parse()` alone. */
  parse: number;
  /** The TreeWalker floor pass. */
  floor: number;
}

export function parseHtml(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

/**
 * Times one document: a warm-up call of each contender, then `repeats` rounds of timed calls
 * (measure.ts's timeRounds), median kept.
 * Readability gets a fresh clone per call (it mutates what it parses); cloning is timed apart.
 */
export function timeDocument(id: string, doc: Document, repeats: number): PageTimes {
  classify(doc);
  new Readability(doc.cloneNode(true) as Document).parse();
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
  return { id, elements: doc.getElementsByTagName('*').length, ...rounds };
}

export function benchCorpusJsdom(pages: CorpusPage[], repeats: number, progress: (line: string) => void): PageTimes[] {
  const out: PageTimes[] = [];
  for (const page of pages) {
    const dom = parseHtml(page.html);
    try {
      out.push(timeDocument(page.id, dom, repeats));
    } finally {
      dom.defaultView?.close();
    }
    const last = out[out.length - 1]!;
    progress(`jsdom ${page.id}: classify ${last.classify.toFixed(1)} ms, readability ${last.parse.toFixed(1)} ms`);
  }
  return out;
}
