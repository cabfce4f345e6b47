/**
 * The extension ships each phrase book with the phrases of every list in the order that gzips
 * smallest (scripts/order-phrase-lists.ts), not the source's: the same phrases, every pair whose
 * order the scan can tell kept in it, and so the same matches on every text.
 */
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepOrder, searchPhraseOrder } from '../scripts/order-phrase-lists.js';
import { packedEnglishBook } from '../scripts/packed-english-book.js';
import { phraseBookFiles } from '../scripts/phrase-book-files.js';
import { addPhraseBooks } from '../src/classifier/phrases/books.js';
import { PHRASE_BOOKS, PHRASE_LISTS, type PhraseBook } from '../src/classifier/phrases/index.js';
import { packBook, unpackBook } from '../src/classifier/phrases/packed-book.js';
import { eachPhrase, phraseMatches, usePhraseLanguages } from '../src/classifier/phrases/scan-all.js';
import { PHRASE_BOOKS_GLOBAL } from '../src/shared/constants.js';

const LANGS = Object.keys(PHRASE_BOOKS);
const gzipped = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
/** A book's file as the build writes it, around its packed string. */
const bookFile = (lang: string, packed: string) => `(globalThis.${PHRASE_BOOKS_GLOBAL}||={}).${lang}=${JSON.stringify(packed)}`;

/** The books as the extension ships them: English's in the content script, the others' files. */
const shipped: Record<string, PhraseBook> = {};
const files: Record<string, string> = {};

beforeAll(async () => {
  // A cold cache searches every book first, 1-2 s each.
  shipped.en = unpackBook(packedEnglishBook());
  for (const { fileName, source } of await phraseBookFiles()) {
    const lang = fileName.replace(/^phrases\/|\.js$/g, '');
    files[lang] = source;
    const books = runInNewContext(`${source};globalThis.${PHRASE_BOOKS_GLOBAL}`) as Record<string, string>;
    shipped[lang] = unpackBook(books[lang]!);
  }
});

afterAll(() => {
  addPhraseBooks(PHRASE_BOOKS);
  usePhraseLanguages(null);
});

/** Each pair of a list, by the source's order, that must keep it. */
function constrainedPairs(list: readonly string[]): Array<[string, string]> {
  return list.flatMap((a, i) => list.slice(i + 1).flatMap((b): Array<[string, string]> => (keepOrder(a, b) ? [[a, b]] : [])));
}

/** A phrase as pages write it: `*` a word ending (of the phrase's script), `#` a number, either apostrophe. */
function spell(phrase: string, k: number): string {
  const endings = /\p{Script=Cyrillic}/u.test(phrase) ? ['', 'а', 'ами', 'ов'] : ['', 'en', 's', 'ing'];
  return phrase
    .replace(/\*/g, endings[k % endings.length]!)
    .replace(/#/g, ['3', '12,5', '2024', '1.99'][k % 4]!)
    .replace(/['’]/g, k % 2 ? '’' : "'");
}

/** Texts made of a book's phrases: alone in sentences, side by side in both orders, the whole book, and in capitals as a page may write them. */
function texts(book: PhraseBook): string[] {
  const out: string[] = [];
  for (let k = 0; k < 4; k++) {
    const all: string[] = [];
    for (const name of PHRASE_LISTS) {
      const spelled = (book[name] ?? []).map((phrase) => spell(phrase, k));
      all.push(...spelled);
      out.push(spelled.map((phrase) => `and then ${phrase} – so.`).join(' '));
      out.push(spelled.join(' '), [...spelled].reverse().join(', '), spelled.join('\n'));
    }
    out.push(all.join(' '), all.join(' ').toUpperCase().toLowerCase());
  }
  return out;
}

/** Every match of every list in the texts, with the given languages' books. */
function scanAll(lines: string[], languages: readonly string[] | null): string[] {
  usePhraseLanguages(languages);
  return lines.map((text) => {
    const found: string[] = [];
    eachPhrase(text, (list, start, end) => found.push(`${PHRASE_LISTS[list]} ${start}-${end}`));
    return found.join(';');
  });
}

/** The scans of each language's texts, with that language's book and English's (as a page gets them) and with all books. */
function scans(books: Record<string, PhraseBook>): Record<string, string[][]> {
  addPhraseBooks(books);
  const out = Object.fromEntries(LANGS.map((lang) => [lang, [scanAll(texts(PHRASE_BOOKS[lang]!), ['en', lang]), scanAll(texts(PHRASE_BOOKS[lang]!), null)]]));
  addPhraseBooks(PHRASE_BOOKS);
  usePhraseLanguages(null);
  return out;
}

describe('phrase lists ordered for gzip', () => {
  it.each(LANGS)('ships the %s book with each list a permutation of its source, absent lists absent', (lang) => {
    const source = PHRASE_BOOKS[lang]!;
    const ordered = shipped[lang]!;
    expect(Object.keys(ordered).sort()).toEqual(Object.keys(source).sort());
    for (const name of PHRASE_LISTS) expect([...(ordered[name] ?? [])].sort(), name).toEqual([...(source[name] ?? [])].sort());
    // …and the search did move phrases.
    expect(packBook(ordered)).not.toBe(packBook(source));
  });

  it('keeps in the source order every two phrases of a list that could both match at one place', () => {
    let pairs = 0;
    for (const lang of LANGS) {
      for (const name of PHRASE_LISTS) {
        const ordered = shipped[lang]![name] ?? [];
        for (const [a, b] of constrainedPairs(PHRASE_BOOKS[lang]![name] ?? [])) {
          pairs++;
          expect(ordered.indexOf(a), `${lang} ${name}: "${a}" before "${b}"`).toBeLessThan(ordered.indexOf(b));
        }
      }
    }
    // Few today (Norwegian's "prøv en måned" and "prøv # måned*"): the test below makes more.
    expect(pairs).toBeGreaterThan(0);
  });

  it('keeps such pairs where gzip would have them the other way round, and so scans as before', () => {
    // Pairs whose order the scan tells: "aa #" first reads "aa 1,5" whole, "aa 1" first its "aa 1".
    const pairs = ['aa', 'bb', 'cc', 'dd', 'ee', 'ff', 'gg', 'hh'].map((word): [string, string] => [`${word} #`, `${word} 1`]);
    const list = [...PHRASE_BOOKS.en!.related!, ...pairs.flat()];
    // A file that holds the list reversed before the list: the search is drawn to write it so.
    const reversed = packBook({ related: [...list].reverse() });
    const wrap = (packed: string) => `${reversed}\n${packed}`;
    const ordered = searchPhraseOrder({ related: list }, wrap, 3000).related!;
    // It was drawn (the other phrases moved)...
    expect(gzipped(wrap(packBook({ related: ordered })))).toBeLessThan(gzipped(wrap(packBook({ related: list }))) - 20);
    // ...but not across a pair...
    for (const [a, b] of pairs) expect(ordered.indexOf(a), `"${a}" before "${b}"`).toBeLessThan(ordered.indexOf(b));
    // ...which the scan would have told.
    const text = pairs.map(([a]) => a.replace('#', '1,5')).join(' ');
    const matches = (related: readonly string[]) => {
      addPhraseBooks({ en: { ...PHRASE_BOOKS.en, related } });
      return phraseMatches('related', text);
    };
    expect(matches(ordered)).toEqual(matches(list));
    expect(matches([...list].reverse())).not.toEqual(matches(list));
    addPhraseBooks(PHRASE_BOOKS);
  });

  it('binds the pairs the scan can tell apart: one length, one literal start a prefix of the other', () => {
    expect(keepOrder('spende*', 'spenden')).toBe(true);
    expect(keepOrder('# per month', '# per week*')).toBe(true);
    expect(keepOrder('it’s free', "it's fre*")).toBe(true);
    expect(keepOrder('donate', 'spende')).toBe(false);
    expect(keepOrder('donate*', 'donate')).toBe(false); // lengths differ: the longer comes first anyway
  });

  it('scans every language’s texts as the source books do, alone with English and among all books', () => {
    const source = scans(PHRASE_BOOKS);
    const ordered = scans(shipped);
    for (const lang of LANGS) expect(ordered[lang], lang).toEqual(source[lang]);
    // The texts do match: most of the phrases are found.
    expect(source.de![0]!.filter(Boolean).length).toBeGreaterThan(50);
  });

  it('ships files no larger than the source order would (and those it measured)', () => {
    let saved = 0;
    for (const lang of LANGS.filter((lang) => lang !== 'en')) {
      // The file the search gzipped is the file shipped.
      expect(files[lang]).toBe(bookFile(lang, packBook(shipped[lang]!)));
      const before = gzipped(bookFile(lang, packBook(PHRASE_BOOKS[lang]!)));
      expect(gzipped(files[lang]!), lang).toBeLessThanOrEqual(before);
      saved += before - gzipped(files[lang]!);
    }
    expect(gzipped(JSON.stringify(packBook(shipped.en!)))).toBeLessThan(gzipped(JSON.stringify(packBook(PHRASE_BOOKS.en!))));
    expect(saved).toBeGreaterThan(300);
  });

  it('finds the same order on every run', () => {
    const wrap = (packed: string) => bookFile('de', packed);
    const once = searchPhraseOrder(PHRASE_BOOKS.de!, wrap, 2000);
    expect(searchPhraseOrder(PHRASE_BOOKS.de!, wrap, 2000)).toEqual(once);
    expect(gzipped(wrap(packBook(once)))).toBeLessThan(gzipped(wrap(packBook(PHRASE_BOOKS.de!))));
  });
});
