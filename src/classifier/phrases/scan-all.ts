import { PHRASE_LISTS, orderedPhrases, phraseSource, type PhraseListName } from './index.js';

/** The lists the scan counts: every one but the stop words. */
export type ScannedListName = Exclude<PhraseListName, 'stopWords'>;
/**
 * Stop words ("the", "und", "de") tell a page's language and are read from the phrase books for
 * that; no rule counts them, and matching them in every block was most of the scan's regex work.
 */
export const SCANNED_LISTS: readonly ScannedListName[] = PHRASE_LISTS.filter((name): name is ScannedListName => name !== 'stopWords');

/**
 * Counts every phrase list in one pass over a text, with the same result as running each list's
 * regex (`countPhrases`) on it: a block asks for a dozen lists, and a dozen scans of a long
 * alternation over the same text were a fifth of classify's time.
 *
 * How: a match can only start where no letter or digit ends (the lists' word boundary), and
 * only with one of the characters its phrases start with. So the text is walked once; at each
 * boundary the character picks the lists that have phrases starting with it, and each of those
 * tries a sticky regex of just those phrases, in the list's own order (longest first), so the
 * alternation picks the same phrase the list's regex would. After a match a list resumes at its
 * end, as a global regex does.
 */

interface Candidate {
  list: number;
  re: RegExp;
  /** The characters the phrases go on with, when each is a plain letter: a cheap test before the regex. */
  second: Set<number> | null;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const END = '(?![\\p{L}\\p{N}])';
let dispatch: Map<number, Candidate[]> | null = null;

/** The characters a phrase can start with, as char codes. */
function firstCodes(phrase: string): number[] {
  const first = phrase[0]!;
  if (first === '#') return Array.from({ length: 10 }, (_, digit) => 48 + digit);
  if (first === "'" || first === '’') return [39, 0x2019];
  if (first === ' ' || first === '*') throw new Error(`a phrase cannot start with "${first}": ${phrase}`);
  const code = phrase.codePointAt(0)!;
  // Astral first characters are looked up by their high surrogate, which is what the scan reads.
  return [code > 0xffff ? phrase.charCodeAt(0) : code];
}

/** Every UTF-16 code the regex class `\s` matches (ECMAScript's white space and line terminators): a space in a phrase. */
const WHITESPACE_CODES = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** The codes a phrase's second character can be in a text, or null when anything could follow. */
function secondCodesOf(phrase: string): number[] | null {
  const first = phrase.codePointAt(0)!;
  if (first > 0xffff || phrase[0] === '#' || phrase.length < 2) return null;
  const second = phrase[1]!;
  if (second === '*' && phrase.length === 2) return null;
  if (second === ' ') return WHITESPACE_CODES;
  if (second === "'" || second === '’') return [39, 0x2019];
  if (second === '#') return Array.from({ length: 10 }, (_, digit) => 48 + digit);
  // The lists match case-insensitively: both cases of a letter.
  const variants = new Set([second, second.toLowerCase(), second.toUpperCase()].filter((c) => c.length === 1));
  return [...variants].map((c) => c.charCodeAt(0));
}

/** The second characters of `phrases`, for a cheap test before the regex; null when any may follow. */
function secondCodes(phrases: string[]): Set<number> | null {
  const codes = new Set<number>();
  for (const phrase of phrases) {
    const found = secondCodesOf(phrase);
    if (!found) return null;
    for (const code of found) codes.add(code);
  }
  return codes;
}

function buildDispatch(): Map<number, Candidate[]> {
  const table = new Map<number, Candidate[]>();
  SCANNED_LISTS.forEach((name, list) => {
    const byCode = new Map<number, string[]>();
    for (const phrase of orderedPhrases(name)) {
      for (const code of firstCodes(phrase)) {
        const phrases = byCode.get(code) ?? [];
        phrases.push(phrase);
        byCode.set(code, phrases);
      }
    }
    // One sticky regex per list, shared by its first characters: a regex per character and list
    // made hundreds of them, and compiling them cost more on a page's first run than they saved.
    const re = new RegExp(`(?:${orderedPhrases(name).map(phraseSource).join('|')})${END}`, 'yu');
    for (const [code, phrases] of byCode) {
      const candidates = table.get(code) ?? [];
      candidates.push({ list, re, second: secondCodes(phrases) });
      table.set(code, candidates);
    }
  });
  return table;
}

/** Letter-or-digit answers for the Basic Multilingual Plane, filled on demand: 0 unknown, 1 no, 2 yes. */
const bmpClass = new Uint8Array(0x10000);

function isLetterOrNumber(code: number, text: string, index: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(index)!));
  let known = bmpClass[code]!;
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 2 : 1;
    bmpClass[code] = known;
  }
  return known === 2;
}

/**
 * Walks `text` (lower-case) once and reports each phrase match of every list (or of list `only`)
 * as a global regex of that list would find them. `onMatch` returns true to stop.
 */
function scan(text: string, only: number, onMatch: (list: number, match: string) => boolean): void {
  dispatch ??= buildDispatch();
  const resume = new Int32Array(SCANNED_LISTS.length);
  let letterBefore = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!letterBefore) {
      const candidates = dispatch.get(code);
      if (candidates) {
        const next = text.charCodeAt(i + 1);
        for (const { list, re, second } of candidates) {
          if ((only >= 0 && list !== only) || i < resume[list]! || (second !== null && !second.has(next))) continue;
          re.lastIndex = i;
          const match = re.exec(text);
          if (match) {
            resume[list] = i + match[0].length;
            if (onMatch(list, match[0])) return;
          }
        }
      }
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one character: the position inside it starts no phrase.
      letterBefore = isLetterOrNumber(code, text, i);
      i++;
      continue;
    }
    letterBefore = isLetterOrNumber(code, text, i);
  }
}

/** How often each list's phrases occur in `text` (lower-case), indexed like SCANNED_LISTS. */
export function countAllPhrases(text: string): Int32Array {
  const counts = new Int32Array(SCANNED_LISTS.length);
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
  scan(text, listIndex(name), (_, match) => {
    found.push(match);
    return found.length >= max;
  });
  return found;
}

/** A list's index in the array countAllPhrases returns. */
export function listIndex(name: ScannedListName): number {
  return SCANNED_LISTS.indexOf(name);
}
