/** The keyboard shortcut's command name (manifest `commands`, background listener). */
export const TOGGLE_COMMAND = 'toggle-clean-view';

/**
 * The content script carries English's phrases only; another language's book is a file of its own
 * (`phraseBookFile`), built from src/classifier/phrases and injected beside the script when a page
 * wants it. The file puts its book on this property of the content scripts' global object, which
 * the page cannot see (the extension's isolated world).
 */
export const PHRASE_BOOKS_GLOBAL = '__siftPhraseBooks';

/** A language's phrase-book file inside the built extension. */
export const phraseBookFile = (lang: string): string => `phrases/${lang}.js`;
