import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { no } from './no.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { addPhraseBooks, orderedPhrases } from './books.js';
import { PHRASE_LISTS, type PhraseBook, type PhraseListName } from './types.js';

export { PHRASE_LISTS, orderedPhrases, type PhraseBook, type PhraseListName };

/**
 * Every language Sift has phrase lists for, by ISO 639-1 code. Importing this module adds them all
 * to the classifier (books.ts): the Node library, the CLI and the tests classify with every book.
 * The content script never imports it.
 */
export const PHRASE_BOOKS: Readonly<Record<string, PhraseBook>> = { en, de, fr, es, ru, it, pt, no };
addPhraseBooks(PHRASE_BOOKS);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Turns one phrase into a regex source: `*` ending a word is any word ending, `#` a number. */
export function phraseSource(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => {
      const prefix = word.endsWith('*');
      const body = prefix ? word.slice(0, -1) : word;
      const source = escapeRegExp(body).replace(/#/g, '\\d+(?:[.,]\\d+)?').replace(/['’]/g, "['’]");
      return prefix ? `${source}\\p{L}*` : source;
    })
    .join('[\\s\\u00a0]+');
}

/**
 * One regex per list over all languages, or over the given ones. Word boundaries are Unicode-aware
 * lookarounds because `\b` only knows ASCII letters. Phrases that start or end with a non-letter
 * (`/month`, `€/mois`) match there without a boundary.
 */
export function compileList(name: PhraseListName, languages: readonly string[] = Object.keys(PHRASE_BOOKS)): RegExp {
  const sources = orderedPhrases(name, languages).map(phraseSource);
  if (sources.length === 0) return /(?!)/u;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const cache = new Map<PhraseListName, RegExp>();

/** The compiled all-language regex of a list, compiled once per process. */
export function phraseRegExp(name: PhraseListName): RegExp {
  let re = cache.get(name);
  if (!re) {
    re = compileList(name);
    cache.set(name, re);
  }
  return re;
}

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const scanCache = new Map<PhraseListName, RegExp>();

/**
 * The list's regex without its leading lookbehind, for scanning. A lookbehind at the start keeps
 * V8 from skipping ahead to the phrases' first letters, so it tries the whole alternation at
 * every position; without it the engine jumps to candidates and `nextMatch` checks the boundary.
 */
function scanRegExp(name: PhraseListName): RegExp {
  let re = scanCache.get(name);
  if (!re) {
    const full = phraseRegExp(name);
    re = full.source.startsWith(BOUNDARY_BEFORE) ? new RegExp(full.source.slice(BOUNDARY_BEFORE.length), full.flags) : full;
    scanCache.set(name, re);
  }
  return re;
}

/** True when a letter or digit ends right before `index` (code points, as the `u` flag reads). */
function letterBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  let start = index - 1;
  const code = text.charCodeAt(start);
  if (code >= 0xdc00 && code <= 0xdfff && start > 0) {
    const high = text.charCodeAt(start - 1);
    if (high >= 0xd800 && high <= 0xdbff) start--;
  }
  return LETTER_OR_NUMBER.test(text.slice(start, index));
}

/** The next match of `re` (a scan regex) at or after `re.lastIndex` with a word boundary before it: what phraseRegExp matches. */
function nextMatch(re: RegExp, text: string): RegExpExecArray | null {
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (!letterBefore(text, match.index)) return match;
    re.lastIndex = match.index + 1;
  }
  return null;
}

/** How many times phrases of `name` occur in `text` (lower-case). */
export function countPhrases(name: PhraseListName, text: string): number {
  const re = scanRegExp(name);
  re.lastIndex = 0;
  let count = 0;
  while (nextMatch(re, text) !== null) count++;
  return count;
}
