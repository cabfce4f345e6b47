import type { PageText } from '../stats.js';
import { PHRASE_BOOKS } from './index.js';

const LANGUAGES = Object.keys(PHRASE_BOOKS);
/** Each stop word's languages, as bits by the language's place in PHRASE_BOOKS: one lookup a word. */
let stopWordLanguages: Map<string, number> | null = null;

/** Adds the stop words of each language in `lower` (lower-case) to `counts` (indexed like PHRASE_BOOKS); returns the words read. */
function countStopWords(lower: string, counts: number[]): number {
  if (!stopWordLanguages) {
    stopWordLanguages = new Map();
    LANGUAGES.forEach((lang, i) => {
      for (const word of PHRASE_BOOKS[lang]!.stopWords ?? []) stopWordLanguages!.set(word, (stopWordLanguages!.get(word) ?? 0) | (1 << i));
    });
  }
  const words = lower.split(/[^\p{L}]+/u);
  for (const word of words) {
    const found = stopWordLanguages.get(word);
    if (found) for (let lang = 0; lang < LANGUAGES.length; lang++) if (found & (1 << lang)) counts[lang]! += 1;
  }
  return words.length;
}

/** The language whose stop words are most frequent in `counts` ('' under three). */
function mostFrequent(counts: number[]): string {
  let best = '';
  let bestCount = 0;
  LANGUAGES.forEach((lang, i) => {
    if (counts[i]! > bestCount) {
      best = lang;
      bestCount = counts[i]!;
    }
  });
  return bestCount >= 3 ? best : '';
}

/** Language codes that name a phrase book under another code (Bokmål and Nynorsk: Norwegian). */
const BOOK_OF: Readonly<Record<string, string>> = { nb: 'no', nn: 'no' };

/**
 * The guess reads the page's prose: text nodes of at least PROSE_NODE_CHARS characters (menus,
 * buttons and teasers are shorter, and hold few stop words), up to GUESS_WORDS words.
 */
const PROSE_NODE_CHARS = 80;
const GUESS_WORDS = 1000;

/** The language the page's prose reads as, from the stats pass's page text ('' when no book's stop words are frequent in it). */
export function guessLanguage(page: PageText): string {
  const counts = LANGUAGES.map(() => 0);
  const { raw, nodeEnds, nodeTotals } = page;
  let words = 0;
  for (let n = 0; n < nodeEnds.length && words < GUESS_WORDS; n++) {
    const length = nodeTotals[n]! - (n > 0 ? nodeTotals[n - 1]! : 0);
    if (length >= PROSE_NODE_CHARS) words += countStopWords(raw.slice(nodeEnds[n]! - length, nodeEnds[n]).toLowerCase(), counts);
  }
  return mostFrequent(counts);
}

/**
 * The languages whose phrases a page is scanned for: the one it declares, the one its prose reads
 * as (`guessed`: a page may declare wrongly), and English (appeals, widgets and vendor boxes are
 * often English on pages of any language); null, meaning every language, when neither names a
 * language Sift has phrases for.
 */
export function phraseLanguages(declared: string, guessed: string): string[] | null {
  const known = [BOOK_OF[declared] ?? declared, guessed].filter((lang) => lang in PHRASE_BOOKS);
  // Duplicates are harmless: usePhraseLanguages keeps each book once.
  return known.length === 0 ? null : [...known, 'en'];
}
