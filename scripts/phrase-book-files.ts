import { PHRASE_BOOKS } from '../src/classifier/phrases/index.ts';
import { PHRASE_BOOKS_GLOBAL, phraseBookFile } from '../src/shared/constants.ts';
import { minifyContentScript } from './minify-content-script.ts';

/**
 * Every language's phrase book but English's (which the content script carries) as a script of its
 * own, for the background to inject beside the content script when a page wants it: the book put
 * on the content scripts' global object under PHRASE_BOOKS_GLOBAL, minified as the content script
 * is, list names shortened the same way (the script reads them short).
 */
export async function phraseBookFiles(): Promise<Array<{ fileName: string; source: string }>> {
  const files: Array<{ fileName: string; source: string }> = [];
  const global = JSON.stringify(PHRASE_BOOKS_GLOBAL);
  for (const [lang, book] of Object.entries(PHRASE_BOOKS)) {
    if (lang === 'en') continue;
    const code = `var g=globalThis;(g[${global}]=g[${global}]||{})[${JSON.stringify(lang)}]=${JSON.stringify(book)};`;
    files.push({ fileName: phraseBookFile(lang), source: await minifyContentScript(code) });
  }
  return files;
}
