import { PHRASE_LISTS, type PhraseBook } from './types.js';

/** Between two lists of a packed book, in PHRASE_LISTS order (an absent list is empty). */
const LIST_BREAK = '~';
/** Between two phrases of a list. */
const PHRASE_BREAK = '|';

/**
 * A phrase book as one string, the form the extension ships each language's book in
 * (scripts/phrase-book-files.ts): its lists in PHRASE_LISTS order, so no list is named. A book
 * reaches a page beside the content script and counts in the 30 KB a page is given; one string
 * split twice is about a tenth of a book smaller, gzipped, than an object of named lists.
 */
export function packBook(book: PhraseBook): string {
  return PHRASE_LISTS.map((list) => {
    const phrases = book[list] ?? [];
    for (const phrase of phrases) if (!phrase || phrase.includes(LIST_BREAK) || phrase.includes(PHRASE_BREAK)) throw new Error(`a phrase of ${list} cannot be packed: "${phrase}"`);
    return phrases.join(PHRASE_BREAK);
  }).join(LIST_BREAK);
}

/** The book `packBook` packed. */
export function unpackBook(packed: string): PhraseBook {
  const book: PhraseBook = {};
  packed.split(LIST_BREAK).forEach((phrases, i) => {
    if (phrases) book[PHRASE_LISTS[i]!] = phrases.split(PHRASE_BREAK);
  });
  return book;
}
