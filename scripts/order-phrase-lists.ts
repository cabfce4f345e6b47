import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { packBook } from '../src/classifier/phrases/packed-book.ts';
import { PHRASE_LISTS, type PhraseBook } from '../src/classifier/phrases/types.ts';

const SELF = fileURLToPath(import.meta.url);
const CACHE_DIR = resolve(dirname(SELF), '../node_modules/.cache/sift');

/**
 * Moves tried per book, each a gzip of the book's file (60 µs for a 3 KB book): 1-2 s a book on a
 * cold build. 5,000 moves found three quarters of what 25,000 do, 50,000 a few bytes more.
 */
export const ITERATIONS = 25_000;
const SEED = 1;

const gzipped = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** A phrase's literal start: the text before its first `*` or `#`, both apostrophes alike. */
function literalPrefix(phrase: string): string {
  return phrase.replace(/’/g, "'").split(/[*#]/)[0]!;
}

/**
 * True when `a` and `b`, of one list, must keep their order. Of a list's phrases that match at one
 * place the scan (phrases/scan-all.ts) takes the first in orderedPhrases' order (phrases/books.ts):
 * the books in the languages' order, and in each the list's phrases sorted by length, longest
 * first, stably. So the order within one book's list tells only between phrases of one length, and
 * between those only where both can match at one place: a text both match starts with the text
 * before each one's first wildcard (`*`, `#`; a space is a space in both), so one of those starts
 * the other.
 */
export function keepOrder(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const [x, y] = [literalPrefix(a), literalPrefix(b)];
  return x.startsWith(y) || y.startsWith(x);
}

/** A small seeded PRNG (mulberry32): the same moves on every build, so the same files. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/**
 * The search itself, uncached: `iterations` times a phrase of the book, drawn at random, moves to
 * a random place in its list, and stays there if no pair that must keep its order (keepOrder) is
 * turned round and the file gzips no larger.
 */
export function searchPhraseOrder(book: PhraseBook, wrap: (packed: string) => string, iterations = ITERATIONS, seed = SEED): PhraseBook {
  const sources = PHRASE_LISTS.map((name) => book[name] ?? []);
  const lists = sources.map((list) => [...list]);
  // By list, the phrases each phrase must follow and those it must precede.
  const before = sources.map((list) => new Map(list.map((a, i) => [a, list.filter((b, j) => j < i && keepOrder(a, b))])));
  const after = sources.map((list) => new Map(list.map((a, i) => [a, list.filter((b, j) => j > i && keepOrder(a, b))])));
  const size = () => gzipped(wrap(packBook(Object.fromEntries(PHRASE_LISTS.map((name, i) => [name, lists[i]!])))));
  // Phrases drawn evenly over the book: a long list gets more moves. A list that holds a phrase
  // twice (the scan reads it once) stays as written: its pairs are not one phrase's each.
  const owner = lists.flatMap((list, l) => (new Set(list).size === list.length ? list.map(() => l) : []));
  const next = random(seed);
  let best = size();
  for (let n = 0; n < iterations && owner.length > 0; n++) {
    const l = owner[next(owner.length)]!;
    const list = lists[l]!;
    const from = next(list.length);
    const to = next(list.length);
    if (from === to) continue;
    const [moved] = list.splice(from, 1);
    list.splice(to, 0, moved!);
    const fits = before[l]!.get(moved!)!.every((b) => list.indexOf(b) < to) && after[l]!.get(moved!)!.every((b) => list.indexOf(b) > to);
    const bytes = fits ? size() : Infinity;
    if (bytes <= best) best = bytes;
    else {
      list.splice(to, 1);
      list.splice(from, 0, moved!);
    }
  }
  return Object.fromEntries(PHRASE_LISTS.filter((name) => book[name]).map((name) => [name, lists[PHRASE_LISTS.indexOf(name)]!])) as PhraseBook;
}

/**
 * A phrase book with the phrases of each list in the order that gzips smallest in the file the
 * book ships as (`wrap` turns the packed book into that file's text), for the build: the source
 * lists keep the order they are read in, by theme, and the shipped ones are ordered for gzip, whose
 * matches reach back only so far and cost less the nearer and longer they are. Only orders the
 * scan cannot tell apart are tried: two phrases of one list keep theirs where both could match at
 * one place (keepOrder), so every page is classified as before. 65-100 bytes of each book's gzip
 * and 215 of the content script's (English's book), which the 30 KB a page is given had run out
 * of. The search is random but seeded, so a build writes the same files each time; its result is
 * cached under node_modules/.cache/sift by a hash of the book, the file's text, this script's own
 * text (the search's version) and zlib's version (whose sizes it goes by), so a warm build reads
 * it and only a changed book is searched again.
 */
export function orderPhraseLists(book: PhraseBook, wrap: (packed: string) => string): PhraseBook {
  const key = createHash('sha256')
    .update(JSON.stringify([readFileSync(SELF, 'utf8'), process.versions.zlib, Object.keys(book), wrap(packBook(book))]))
    .digest('hex')
    .slice(0, 24);
  const file = resolve(CACHE_DIR, `phrase-order-${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PhraseBook;
  const ordered = searchPhraseOrder(book, wrap);
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written whole or not at all: the four builds and the tests may search the same book at once.
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(ordered));
  renameSync(`${file}.${process.pid}`, file);
  return ordered;
}
