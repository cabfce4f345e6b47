import { en } from './en.js';
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

/** Adds the books of `added` for the languages Sift knows (others are ignored). */
export function addPhraseBooks(added: Readonly<Record<string, PhraseBook | undefined>>): void {
  for (const lang of LANGUAGES) {
    const book = added[lang];
    if (book && books[lang] !== book) {
      books[lang] = book;
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
