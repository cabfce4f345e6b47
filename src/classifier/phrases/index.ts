import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { no } from './no.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { PHRASE_LISTS, type PhraseBook, type PhraseListName } from './types.js';

export { PHRASE_LISTS, type PhraseBook, type PhraseListName };

/** Every language Sift has phrase lists for, by ISO 639-1 code. */
export const PHRASE_BOOKS: Readonly<Record<string, PhraseBook>> = { en, de, fr, es, ru, it, pt, no };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Turns one phrase into a regex source: `*` is any word ending, `#` a number. */
export function phraseSource(phrase: string): string {
  const prefix = phrase.endsWith('*');
  const body = prefix ? phrase.slice(0, -1) : phrase;
  const source = escapeRegExp(body).replace(/#/g, '\\d+(?:[.,]\\d+)?').replace(/ /g, '[\\s\\u00a0]+').replace(/['’]/g, "['’]");
  return prefix ? `${source}\\p{L}*` : source;
}

/**
 * One regex per list over all languages, or over the given ones. Word boundaries are Unicode-aware
 * lookarounds because `\b` only knows ASCII letters. Phrases that start or end with a non-letter
 * (`/month`, `€/mois`) match there without a boundary.
 */
export function compileList(name: PhraseListName, languages: readonly string[] = Object.keys(PHRASE_BOOKS)): RegExp {
  const phrases = new Set<string>();
  for (const lang of languages) for (const phrase of PHRASE_BOOKS[lang]?.[name] ?? []) phrases.add(phrase);
  // Longest first so that alternation prefers "donate now" over "donate".
  const sources = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource);
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

/** How many times phrases of `name` occur in `text` (lower-case). */
export function countPhrases(name: PhraseListName, text: string): number {
  const re = phraseRegExp(name);
  re.lastIndex = 0;
  let count = 0;
  while (re.exec(text) !== null) count++;
  return count;
}

/** The phrases of `name` found in `text`, for evidence and debugging. */
export function findPhrases(name: PhraseListName, text: string, max = 3): string[] {
  const re = phraseRegExp(name);
  re.lastIndex = 0;
  const found: string[] = [];
  let match: RegExpExecArray | null;
  while (found.length < max && (match = re.exec(text)) !== null) found.push(match[0]);
  return found;
}
