import { en } from './en.js';
import { unpackBook } from './packed-book.js';
import { LANGUAGES } from './stop-words.js';
import type { PhraseBook, PhraseListName } from './types.js';

/**
 * The phrase books the classifier holds: English always (appeals, widgets and vendor boxes are
 * English on pages of every language), the others once added. The Node library and the tests add
 * every book (phrases/index.ts); the extension's content script adds a page's own book when a
 * page asks for it, so that the script injected into every page carries one language's phrases,
 * not eight.
 */
const books: Record<string, PhraseBook> = { en };
/** Bumped by every addition: the phrase tries built before it are out of date. */
let version = 0;

/** Each language's book as it was last added (an object, or packed): a book added again is not read again. */
const added: Record<string, PhraseBook | string> = { en };

/**
 * Adds the books of `more` for the languages Sift knows (others are ignored), each a book or a
 * book packed into one string (packed-book.ts), the form the extension's book files hold.
 */
export function addPhraseBooks(more: Readonly<Record<string, PhraseBook | string | undefined>>): void {
  for (const lang of LANGUAGES) {
    const book = more[lang];
    if (book && added[lang] !== book) {
      added[lang] = book;
      books[lang] = typeof book === 'string' ? unpackBook(book) : book;
      version++;
    }
  }
}

/** True when the book of `lang` is here. */
export function hasPhraseBook(lang: string): boolean {
  return lang in books;
}

/** Changes each time a book is added (scan-all.ts rebuilds its tries). */
export function phraseBooksVersion(): number {
  return version;
}

/** The list's phrases over `languages` (those whose books are here), deduplicated, longest first: the regex's alternation order. */
export function orderedPhrases(name: PhraseListName, languages: readonly string[] = LANGUAGES): string[] {
  const phrases = new Set<string>();
  for (const lang of languages) for (const phrase of books[lang]?.[name] ?? []) phrases.add(phrase);
  // Longest first so that alternation prefers "donate now" over "donate".
  return [...phrases].sort((a, b) => b.length - a.length);
}
