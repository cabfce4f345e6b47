import { classifyWith } from './classify.js';
import type { Classification, ClassifyOptions } from './types.js';

export { addPhraseBooks } from './phrases/books.js';

/**
 * The labels and the article as text only (`html` is ''), with the phrase books added so far
 * (English, and whatever `addPhraseBooks` was given): the content script's entry. It keeps the
 * other languages' books and the HTML writer out of the script injected into every page; index.ts
 * adds every book and is the entry for everything else.
 */
export function classifyText(root: Document | Element, options: ClassifyOptions = {}): Classification {
  return classifyWith(root, options, null);
}
