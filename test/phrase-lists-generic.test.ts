/**
 * Phrase lists hold what any publisher writes, never one publisher's name: Sift is judged on sites
 * it has never seen, and "Support The Guardian" is one site's button (it was in the English list
 * until a review found it; "remind me in May" with it, one campaign's month).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../scripts/corpus/score-lib.js';
import { PHRASE_BOOKS } from '../src/classifier/phrases/index.js';
import { ROOT } from './helpers/dom.js';

/** Publishers a list might be tempted to name, beyond the corpus's own. */
const KNOWN_PUBLISHERS = ['guardian', 'moscow times', 'new york times', 'nytimes', 'washington post', 'huffpost', 'bbc', 'cnn', 'spiegel', 'le monde', 'el país', 'nzz', 'reuters'];

/** Corpus site names that are also ordinary words ("independent journalism", "Freitag" is Friday). */
const ORDINARY_WORDS = new Set(['independent', 'freitag']);

/** The corpus's sites, from its page names ("guardian-uk-academics" → "guardian"), when it is here. */
function corpusPublishers(): string[] {
  const dir = corpusDir(ROOT);
  if (!existsSync(dir)) {
    console.warn(`SKIPPED: the corpus's site names (${dir} is absent); checking the known publishers only`);
    return [];
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split('-')[0]!)
    .filter((site) => !ORDINARY_WORDS.has(site));
}

function namesIn(phrase: string, publishers: readonly string[]): string[] {
  return publishers.filter((publisher) => new RegExp(`(^|[^\\p{L}])${publisher}($|[^\\p{L}])`, 'u').test(phrase));
}

describe('phrase lists are generic', () => {
  const publishers = [...new Set([...KNOWN_PUBLISHERS, ...corpusPublishers()])];

  it('name no publisher', () => {
    const found = Object.entries(PHRASE_BOOKS).flatMap(([lang, book]) =>
      Object.entries(book).flatMap(([list, phrases]) =>
        (phrases ?? []).flatMap((phrase) => namesIn(phrase, publishers).map((name) => `${lang}.${list}: "${phrase}" names ${name}`)),
      ),
    );
    expect(found).toEqual([]);
  });

  it('would catch a publisher in a phrase', () => {
    expect(namesIn('support the guardian', publishers)).toEqual(['guardian']);
    expect(namesIn('support independent journalism', publishers)).toEqual([]);
  });
});
