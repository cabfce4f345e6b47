import { PHRASE_BOOKS } from '../src/classifier/phrases/index.ts';
import { packBook } from '../src/classifier/phrases/packed-book.ts';
import { PHRASE_BOOKS_GLOBAL, phraseBookFile } from '../src/shared/constants.ts';
import { minifyContentScript } from './minify-content-script.ts';
import { orderPhraseLists } from './order-phrase-lists.ts';

/**
 * Every language's phrase book but English's (which the content script carries) as a script of its
 * own, for the background to inject beside the content script when a page wants it: the book,
 * packed into one string (packed-book.ts: its lists in order, unnamed), put on the content
 * scripts' global object under PHRASE_BOOKS_GLOBAL, where addPhraseBooks unpacks it. Written
 * `(globalThis[name]||={}).de="…"` with no closing semicolon: about 12 bytes of each book's gzip
 * less than a variable for the global and `g[name]=g[name]||{}`. The phrases of each list go in the
 * order that gzips this file smallest (order-phrase-lists.ts), not the source's.
 */
export async function phraseBookFiles(): Promise<Array<{ fileName: string; source: string }>> {
  const files: Array<{ fileName: string; source: string }> = [];
  const global = JSON.stringify(PHRASE_BOOKS_GLOBAL);
  for (const [lang, book] of Object.entries(PHRASE_BOOKS)) {
    if (lang === 'en') continue;
    const file = async (packed: string) => (await minifyContentScript(`(globalThis[${global}]||={})[${JSON.stringify(lang)}]=${JSON.stringify(packed)}`)).replace(/;$/, '');
    // The file around its string, as terser writes it, for the order's search to gzip many times over.
    const [head, tail] = (await file('')).split('""') as [string, string];
    const ordered = orderPhraseLists(book, (packed) => head + JSON.stringify(packed) + tail);
    files.push({ fileName: phraseBookFile(lang), source: await file(packBook(ordered)) });
  }
  return files;
}
