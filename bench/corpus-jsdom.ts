import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { CorpusPage } from './corpus.js';
import { timeContenders, type ContenderTimes } from './page-contenders.js';

/** Median milliseconds per page of each contender, all on one parsed document in one process. */
export interface PageTimes extends ContenderTimes {
  id: string;
}

export function parseHtml(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

/** Times one document in jsdom (page-contenders.ts's timeContenders). */
export function timeDocument(id: string, doc: Document, repeats: number): PageTimes {
  return { id, ...timeContenders(doc, Readability, repeats) };
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
