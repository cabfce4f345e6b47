import { hasPhraseBook, orderedPhrases, phraseBooksVersion } from './books.js';
import { LANGUAGES } from './stop-words.js';
import { PHRASE_LISTS, type PhraseListName } from './types.js';
import { isWhitespace } from '../whitespace.js';

/**
 * The lists the scan counts: every list of the phrase books. (Stop words, which tell a page's
 * language, are not among them: no rule counts them, and matching them in every block was most of
 * the scan's work.)
 */
export type ScannedListName = PhraseListName;
export const SCANNED_LISTS: readonly ScannedListName[] = PHRASE_LISTS;

/**
 * Counts every phrase list in one pass over a text, with the same result as running each list's
 * regex (`countPhrases`) on it: a block asks for a dozen lists, and a dozen scans of a long
 * alternation over the same text were a fifth of classify's time.
 *
 * How: all phrases of all lists sit in one trie of characters. A match can only start where no
 * letter or digit ends (the lists' word boundary); from each such place whose word some phrase
 * starts with (a hash of the first words says; four words in five start none) the text is walked
 * down the trie, and every phrase it reaches that ends on a word boundary is a candidate. Of a list's
 * candidates the one first in the list's order (longest phrase first) wins, as the alternation
 * of the list's regex would pick it, and the list resumes at its end, as a global regex does.
 * A sticky regex per list did the same at about 250 ns a character (it tries its alternatives
 * one by one); the trie reads each character once per open phrase.
 */

/**
 * The trie, flat: nodes are numbers (0 the root); edges and the phrases ending at a node sit in
 * arrays by node. Ten thousand nodes as objects, each with its own map, were most of a page's
 * first classify.
 */
interface Trie {
  /** A space in a phrase: one or more white-space characters (0: no such edge). */
  space: number[];
  /** `#`: a number, digits with one optional decimal part. */
  number: number[];
  /** `*`: the rest of the word, any letters. */
  letters: number[];
  /** The phrases ending at a node: `endList`/`endRank` from `endStart[node]`, `endCount[node]` of them. */
  endStart: number[];
  endCount: number[];
  endList: number[];
  endRank: number[];
  /**
   * Literal edges: a node's children are a list from `firstChild[node]` through `sibling`, each
   * child's character in `edgeChar` (both apostrophes 39); the root's are in the table `rootChild`.
   * A hash lookup per character read (a map keyed by node and char code) was a sixth of the scan.
   */
  firstChild: number[];
  sibling: number[];
  edgeChar: number[];
  /** The root's child by char code (0: none; both apostrophes alike). */
  rootChild: Int32Array;
  /**
   * The words phrases start with, as bits by a hash of the word: a word (a run of letters and
   * digits) that starts no phrase needs no walk of the trie, and four words in five start none. A
   * hash shared by two words only costs a walk that finds nothing. A first word that `*` or `#` may
   * continue ("spende*") cannot be hashed whole: words with its first letter are walked (`prefixStart`).
   */
  firstWords: Uint8Array;
  prefixStart: Uint8Array;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * Tries by the languages they hold: a page's own and English, or all. Kept, not evicted: a
 * language set is the declared and the guessed language and English, so a process meets a few
 * dozen sets at most (half a megabyte each).
 */
const tries = new Map<string, Trie>();
/** The trie scans use: all languages' phrases, or those `usePhraseLanguages` chose for a page. */
let languages: readonly string[] | null = null;
let trie: Trie | null = null;
/** The books' version `tries` were built from: a book added later (books.ts) makes them stale. */
let triesVersion = 0;

/**
 * Scans from now on match the phrases of `chosen` only, or of every language when null (of those
 * whose books are here: books.ts). classify chooses a page's languages before it scores the page
 * and goes back to all when it is done: a trie holds a tenth of the phrases a page of one language
 * can match, and the first words of other languages' phrases ("de", "la", "il") are common words.
 */
export function usePhraseLanguages(chosen: readonly string[] | null): void {
  if (chosen?.join() !== languages?.join()) {
    languages = chosen;
    trie = null;
  }
}

/** The trie of the chosen languages' books that are here, in LANGUAGES order. */
function trieFor(chosen: readonly string[] | null): Trie {
  if (triesVersion !== phraseBooksVersion()) {
    tries.clear();
    triesVersion = phraseBooksVersion();
  }
  const held = LANGUAGES.filter((lang) => (!chosen || chosen.includes(lang)) && hasPhraseBook(lang));
  const key = held.join();
  let found = tries.get(key);
  if (!found) tries.set(key, (found = buildTrie(held)));
  return found;
}

function wordHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

function hashBit(hash: number): number {
  return (hash ^ (hash >>> 15)) & 0xffff;
}

/** Marks the first word of `phrase` in firstWords, or its first letter in prefixStart (nothing for a phrase that starts with a sign: "/month"). */
function noteFirstWord(t: Pick<Trie, 'firstWords' | 'prefixStart'>, phrase: string): void {
  let hash = 0;
  let end = 0;
  // Phrases hold no character outside the Basic Multilingual Plane (a test keeps them so).
  while (end < phrase.length && classOf(phrase.charCodeAt(end), phrase, end) & 1) hash = wordHash(hash, phrase.charCodeAt(end++));
  if (end === 0) return;
  const next = phrase[end];
  if (next === '*' || next === '#') t.prefixStart[phrase.charCodeAt(0)] = 1;
  else t.firstWords[hashBit(hash)] = 1;
}

/**
 * Built on a page's first scan, so it is cold code: plain loops over flat arrays of small integers
 * (which the scan then reads fastest), no object per node (an array of phrase ends per node and a
 * closure per phrase made it 30-60 ms in a fresh tab, a third of it garbage collection).
 */
function buildTrie(chosen: readonly string[]): Trie {
  const space: number[] = [0];
  const number: number[] = [0];
  const letters: number[] = [0];
  const firstChild: number[] = [0];
  const sibling: number[] = [0];
  const edgeChar: number[] = [0];
  const rootChild = new Int32Array(0x10000);
  const built = { space, number, letters, firstChild, sibling, edgeChar, rootChild, firstWords: new Uint8Array(0x10000), prefixStart: new Uint8Array(0x10000) };
  // Every phrase end as (node, list, rank), in phrase order.
  const ends: number[] = [];
  const newNode = (): number => {
    space.push(0);
    number.push(0);
    letters.push(0);
    firstChild.push(0);
    sibling.push(0);
    edgeChar.push(0);
    return space.length - 1;
  };
  const follow = (edges: number[], node: number): number => edges[node] || (edges[node] = newNode());
  for (let list = 0; list < SCANNED_LISTS.length; list++) {
    const phrases = orderedPhrases(SCANNED_LISTS[list]!, chosen);
    for (let rank = 0; rank < phrases.length; rank++) {
      const phrase = phrases[rank]!;
      noteFirstWord(built, phrase);
      // `*` any word ending (at a word's end; elsewhere literal), `#` a number, ' ' any white space.
      let node = 0;
      for (let i = 0; i < phrase.length; i++) {
        const char = phrase[i]!;
        if (char === ' ') node = follow(space, node);
        else if (char === '#') node = follow(number, node);
        else if (char === '*' && (i === phrase.length - 1 || phrase[i + 1] === ' ')) node = follow(letters, node);
        else {
          const code = phrase.charCodeAt(i) === RIGHT_QUOTE ? APOSTROPHE : phrase.charCodeAt(i);
          let child = node === 0 ? rootChild[code]! : firstChild[node]!;
          if (node !== 0) while (child && edgeChar[child] !== code) child = sibling[child]!;
          if (!child) {
            child = newNode();
            edgeChar[child] = code;
            if (node === 0) rootChild[code] = child;
            else {
              sibling[child] = firstChild[node]!;
              firstChild[node] = child;
            }
          }
          node = child;
        }
      }
      ends.push(node, list, rank);
    }
  }
  // Phrase ends grouped by node, in phrase order within a node (a counting sort).
  const nodes = space.length;
  const endCount: number[] = [];
  const endStart: number[] = [];
  for (let node = 0; node < nodes; node++) endCount.push(0);
  for (let e = 0; e < ends.length; e += 3) endCount[ends[e]!]!++;
  for (let node = 0, at = 0; node < nodes; at += endCount[node++]!) endStart.push(at);
  const filled = endStart.slice();
  const endList: number[] = [];
  const endRank: number[] = [];
  for (let e = 0; e < ends.length; e += 3) {
    endList.push(0);
    endRank.push(0);
  }
  for (let e = 0; e < ends.length; e += 3) {
    const at = filled[ends[e]!]!++;
    endList[at] = ends[e + 1]!;
    endRank[at] = ends[e + 2]!;
  }
  rootChild[RIGHT_QUOTE] = rootChild[APOSTROPHE]!;
  // No phrase opens with a space, a number or a word ending (a test keeps the phrase books so): a
  // walk starts at a word or a sign.
  return { ...built, endStart, endCount, endList, endRank };
}

/** Letter-or-digit (1) and letter (2) bits for the Basic Multilingual Plane, filled on demand; 0 unknown. */
const bmpClass = new Uint8Array(0x10000);
const KNOWN = 4;

function classOf(code: number, text: string, index: number): number {
  const known = bmpClass[code]!;
  if (known !== 0) return known & 3;
  if (code >= 0xd800 && code <= 0xdfff) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    return (LETTER_OR_NUMBER.test(char) ? 1 : 0) | (LETTER.test(char) ? 2 : 0);
  }
  const char = String.fromCharCode(code);
  const found = KNOWN | (LETTER_OR_NUMBER.test(char) ? 1 : 0) | (LETTER.test(char) ? 2 : 0);
  bmpClass[code] = found;
  return found & 3;
}

/** True when a letter or digit starts at `index` (false at the end): the lists' closing boundary fails. */
function letterOrNumberAt(text: string, index: number): boolean {
  return index < text.length && (classOf(text.charCodeAt(index), text, index) & 1) !== 0;
}

/** The index after the letters starting at `index` (a surrogate pair is one character). */
function skipLetters(text: string, index: number): number {
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if ((classOf(code, text, index) & 2) === 0) break;
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
  }
  return index;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function skipDigits(text: string, index: number): number {
  while (index < text.length && isDigit(text.charCodeAt(index))) index++;
  return index;
}

/**
 * The ends `#` (`\d+(?:[.,]\d+)?`) can match at `index`, in the order a regex tries them:
 * greedy, the decimal part first.
 */
function numberEnds(text: string, index: number): number[] {
  const ends: number[] = [];
  const digitsEnd = skipDigits(text, index);
  for (let end = digitsEnd; end > index; end--) {
    const separator = text.charCodeAt(end);
    if ((separator === 44 || separator === 46) && isDigit(text.charCodeAt(end + 1))) {
      const decimalsEnd = skipDigits(text, end + 1);
      for (let decimal = decimalsEnd; decimal > end + 1; decimal--) ends.push(decimal);
    }
    ends.push(end);
  }
  return ends;
}

/** Per list, the best phrase found at the current start: its rank and where it ends. */
const bestRank = new Int32Array(SCANNED_LISTS.length).fill(-1);
const bestEnd = new Int32Array(SCANNED_LISTS.length);
/**
 * Per list, where its last match ended (a match must start there or later), reset on each scan: a
 * scan never runs inside another. A typed array made for every scan and every count was 2% of
 * classify in Chromium, whose typed arrays are slow to make.
 */
const resume = new Int32Array(SCANNED_LISTS.length);
const touched: number[] = [];

/** Records, for each list, the lowest-ranked phrase ending at `index` on a word boundary. */
function collect(t: Trie, node: number, text: string, index: number): void {
  const endCount = t.endCount;
  // The literal edge is followed in this loop, the others (fewer, and branching) by recursion:
  // a call per character read was a third of the scan. The order of the branches does not
  // matter: of each list the lowest rank is kept, whichever path reaches it (the ends of one
  // phrase with `#` are still tried greedy first, in one loop).
  for (;;) {
    const count = endCount[node]!;
    if (count > 0 && !letterOrNumberAt(text, index)) {
      for (let e = t.endStart[node]!; e < t.endStart[node]! + count; e++) {
        const list = t.endList[e]!;
        const rank = t.endRank[e]!;
        if (bestRank[list] === -1) touched.push(list);
        else if (bestRank[list]! <= rank) continue;
        bestRank[list] = rank;
        bestEnd[list] = index;
      }
    }
    // A word ending may be empty: "spende*" matches "spende" at the very end of the text too.
    const letters = t.letters[node]!;
    if (letters) collect(t, letters, text, skipLetters(text, index));
    if (index >= text.length) return;
    const code = text.charCodeAt(index);
    const space = t.space[node]!;
    if (space && isWhitespace(code)) {
      let end = index + 1;
      while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
      collect(t, space, text, end);
    }
    const number = t.number[node]!;
    if (number && isDigit(code)) for (const end of numberEnds(text, index)) collect(t, number, text, end);
    const folded = code === RIGHT_QUOTE ? APOSTROPHE : code;
    let child = node === 0 ? t.rootChild[code]! : t.firstChild[node]!;
    if (node !== 0) while (child !== 0 && t.edgeChar[child] !== folded) child = t.sibling[child]!;
    if (child === 0) return;
    node = child;
    index++;
  }
}

/**
 * Reports the best phrase of each list the walk from `start` found, unless an earlier match of
 * that list reaches past `start`, and clears what the walk recorded. True when `onMatch` says stop.
 */
function report(start: number, only: number, onMatch: (list: number, start: number, end: number) => boolean): boolean {
  let stop = false;
  for (let k = 0; k < touched.length; k++) {
    const list = touched[k]!;
    if (!stop && (only < 0 || list === only) && start >= resume[list]!) {
      resume[list] = bestEnd[list]!;
      stop = onMatch(list, start, bestEnd[list]!);
    }
    bestRank[list] = -1;
  }
  touched.length = 0;
  return stop;
}

/**
 * Walks `text` (lower-case) once and reports each phrase match of every list (or of list `only`)
 * as a global regex of that list would find them, by where it starts and ends. `onMatch` returns
 * true to stop.
 */
function scan(text: string, only: number, onMatch: (list: number, start: number, end: number) => boolean): void {
  if (!trie || triesVersion !== phraseBooksVersion()) trie = trieFor(languages);
  resume.fill(0);
  const t = trie;
  // The word being read: where it starts (-1 outside words), its hash, and whether it may start a `*` or `#` phrase.
  let wordStart = -1;
  let hash = 0;
  let prefixed = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const letterOrNumber = i < text.length && (classOf(code, text, i) & 1) !== 0;
    if (letterOrNumber) {
      if (wordStart < 0) {
        wordStart = i;
        hash = 0;
        prefixed = t.prefixStart[code] === 1;
      }
      hash = wordHash(hash, code);
      // A surrogate pair is one character (no first word holds one: its hash can only miss).
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
      continue;
    }
    // Where a walk of the trie starts: at a word that may start a phrase, once it has ended; at a
    // sign ("/month", "€/mois") where no letter or digit ends.
    const start = wordStart >= 0 ? (prefixed || t.firstWords[hashBit(hash)] === 1 ? wordStart : -1) : i < text.length && t.rootChild[code] !== 0 ? i : -1;
    wordStart = -1;
    if (start >= 0) {
      collect(t, 0, text, start);
      if (touched.length > 0 && report(start, only, onMatch)) return;
    }
  }
}

/** How often each list's phrases occur in `text` (lower-case), indexed like SCANNED_LISTS. */
export function countAllPhrases(text: string): number[] {
  const counts = SCANNED_LISTS.map(() => 0);
  scan(text, -1, (list) => {
    counts[list]!++;
    return false;
  });
  return counts;
}

/** The first `max` phrases of `name` found in `text` (lower-case), for evidence. */
export function findPhrases(name: ScannedListName, text: string, max = 3): string[] {
  const found: string[] = [];
  if (max <= 0) return found;
  scan(text, listIndex(name), (_, start, end) => {
    found.push(text.slice(start, end));
    return found.length >= max;
  });
  return found;
}

/** Where the first phrase of `name` in `text` (lower-case) starts, or -1: where the list's regex would first match. */
export function firstPhraseAt(name: ScannedListName, text: string): number {
  let at = -1;
  scan(text, listIndex(name), (_, start) => {
    at = start;
    return true;
  });
  return at;
}

/** Every phrase match in `text` (lower-case), of every list, as `onMatch(list index, start, end)`. */
export function eachPhrase(text: string, onMatch: (list: number, start: number, end: number) => void): void {
  scan(text, -1, (list, start, end) => {
    onMatch(list, start, end);
    return false;
  });
}

/** Where each phrase of `name` in `text` (lower-case) starts and ends, as a global regex of the list would find them. */
export function phraseMatches(name: ScannedListName, text: string): Array<[start: number, end: number]> {
  const found: Array<[number, number]> = [];
  scan(text, listIndex(name), (_, start, end) => {
    found.push([start, end]);
    return false;
  });
  return found;
}

/** Where the first phrase of `name` that ends where `text` (lower-case) ends starts, or -1. */
export function phraseEndingAt(name: ScannedListName, text: string): number {
  return phraseMatches(name, text).find(([, end]) => end === text.length)?.[0] ?? -1;
}

/** A list's index in the array countAllPhrases returns. */
export function listIndex(name: ScannedListName): number {
  return SCANNED_LISTS.indexOf(name);
}
