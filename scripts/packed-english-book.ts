import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { en } from '../src/classifier/phrases/en.ts';
import { packBook } from '../src/classifier/phrases/packed-book.ts';
import { orderPhraseLists } from './order-phrase-lists.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * English's phrase book, which the content script carries, packed as the other books ship
 * (packed-book.ts): a module beside the build that exports `en` unpacked from one string, for the
 * extension's build to read instead of phrases/en.ts (vite.config.ts aliases "./en.js" to it; the
 * content script's own build, crxjs's, takes the config's aliases and not its plugins). The
 * object of named lists was about 100 bytes more of the content script's gzip. Written on each
 * build from en.ts, so en.ts stays the one source; the Node library and the tests read en.ts.
 * Returns the module's path.
 */
export function writePackedEnglishBook(): string {
  const file = resolve(ROOT, 'node_modules/.cache/sift/phrases-en.js');
  mkdirSync(dirname(file), { recursive: true });
  const unpack = JSON.stringify(resolve(ROOT, 'src/classifier/phrases/packed-book.ts'));
  writeFileSync(file, `import { unpackBook } from ${unpack};\nexport const en = unpackBook(${JSON.stringify(packedEnglishBook())});\n`);
  return file;
}

/**
 * English's book packed, its phrases in the order that gzips the string smallest
 * (order-phrase-lists.ts): the string literal alone stands for the content script it ends up in,
 * which is too large to gzip at each of the search's moves (a search of the whole script, 2.5 ms a
 * move, found 22 bytes more in 3,000 moves). 215 bytes of the content script's gzip.
 */
export function packedEnglishBook(): string {
  return packBook(orderPhraseLists(en, (packed) => JSON.stringify(packed)));
}
