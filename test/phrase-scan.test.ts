import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHRASE_BOOKS, PHRASE_LISTS, countPhrases, phraseRegExp, phraseSource, type PhraseListName } from '../src/classifier/phrases/index.js';
import { SCANNED_LISTS, countAllPhrases, findPhrases, firstPhraseAt, listIndex } from '../src/classifier/phrases/scan-all.js';
import { visibleText } from '../src/classifier/dom.js';
import { ROOT, parse, seedHtml } from './helpers/dom.js';
import { resolve } from 'node:path';

/** What each list's own regex counts: the reference the one-pass scan must agree with. */
function perList(text: string): number[] {
  return SCANNED_LISTS.map((name) => countPhrases(name, text));
}

/** Where a list's own regex first matches, or -1: the reference for firstPhraseAt. */
function regexFirstAt(name: (typeof PHRASE_LISTS)[number], text: string): number {
  const re = phraseRegExp(name);
  re.lastIndex = 0;
  return re.exec(text)?.index ?? -1;
}

/** The phrases a list's own regex finds first: the reference for findPhrases. */
function regexFinds(name: (typeof PHRASE_LISTS)[number], text: string, max: number): string[] {
  const re = phraseRegExp(name);
  re.lastIndex = 0;
  const found: string[] = [];
  let match: RegExpExecArray | null;
  while (found.length < max && (match = re.exec(text)) !== null) found.push(match[0]);
  return found;
}

const allPhrases = [...new Set(Object.values(PHRASE_BOOKS).flatMap((book) => Object.values(book).flat()))];
/** A phrase as a page would spell it: wildcards filled, numbers written, either apostrophe, maybe glued to letters. */
const spelled = fc.constantFrom(...allPhrases).chain((phrase) =>
  fc.tuple(fc.constantFrom('', 'en', 's', 'ая'), fc.constantFrom('1', '12,5', '300'), fc.constantFrom("'", '’')).map(([ending, number, apostrophe]) =>
    phrase.replace(/\*/g, ending).replace(/#/g, number).replace(/['’]/g, apostrophe),
  ),
);
const glue = fc.constantFrom(' ', '  ', '\u00a0', ', ', '. ', ',', '.', '1', '', 'x', '9', '’', "'", '/', '€', ' — ', 'é', 'ж', '😀');

describe('one-pass phrase scan', () => {
  it('counts like every list regex on texts built from the phrases themselves', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(glue, spelled), { maxLength: 12 }), glue, (parts, tail) => {
        const text = parts.map(([before, phrase]) => before + phrase).join('') + tail;
        expect(Array.from(countAllPhrases(text))).toEqual(perList(text));
        for (const name of SCANNED_LISTS) {
          expect(findPhrases(name, text, 3), name).toEqual(regexFinds(name, text, 3));
          expect(firstPhraseAt(name, text), name).toBe(regexFirstAt(name, text));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('has phrase books the scan can read: no phrase opens with a space, a number or a word ending, none holds a character outside the Basic Multilingual Plane', () => {
    // The scan starts walking the trie only at a word or a sign, and hashes a phrase's first word
    // by UTF-16 units as if each were a character.
    expect(allPhrases.filter((phrase) => /^[ #*]/.test(phrase) || /[\u{10000}-\u{10FFFF}]/u.test(phrase))).toEqual([]);
  });

  it('has each phrase once in its list, either apostrophe standing for both (the scan and the regexes read ’ as \')', () => {
    const twice: string[] = [];
    for (const [lang, book] of Object.entries(PHRASE_BOOKS)) {
      for (const [list, phrases] of Object.entries(book)) {
        const seen = new Set<string>();
        for (const phrase of phrases as string[]) {
          const folded = phrase.replace(/’/g, "'");
          if (seen.has(folded)) twice.push(`${lang} ${list}: ${phrase}`);
          seen.add(folded);
        }
      }
    }
    expect(twice).toEqual([]);
    expect(countPhrases('readMoreLink', 'voir l’article et lire l’article complet')).toBe(2);
    expect(Array.from(countAllPhrases('voir l\'article, je m’abonne'))).toEqual(perList('voir l\'article, je m’abonne'));
  });

  it("has no phrase in another language's list that English's same list already has: every scan includes English", () => {
    // The scan joins the chosen books' lists into one set of phrases, so a second "newsletter" or
    // "cookies" in the German book changed nothing but the content script's size (16 bytes for the
    // 19 there were). (Stop words, which each language counts to be recognised, live apart: stop-words.ts.)
    const repeated: string[] = [];
    for (const [lang, book] of Object.entries(PHRASE_BOOKS)) {
      if (lang === 'en') continue;
      for (const [list, phrases] of Object.entries(book) as Array<[PhraseListName, string[]]>) {
        const english = new Set(PHRASE_BOOKS.en![list] ?? []);
        repeated.push(...phrases.filter((phrase) => english.has(phrase)).map((phrase) => `${lang} ${list}: ${phrase}`));
      }
    }
    expect(repeated).toEqual([]);
  });

  it('has no phrase its list counts the same without ("we use cookies" beside "cookies"), and keeps those it would not', () => {
    // A list matches longest first and resumes after the match, as its regex does. Without "we use
    // cookies", "cookies" matches inside it: the same count. Without "share on facebook", "share"
    // and then "facebook" would count twice. A phrase is checked against its own language's list
    // and English's, which every page's scan includes. Lists whose matched phrases are shown,
    // compared or placed (paywall evidence, distinct offers, the appeal opener and the teaser label
    // that must open their line: "most popular" opens "Most popular", "popular" does not) keep every
    // phrase. 87 phrases went this way, about 490 bytes of the content script.
    // The newsletter, share and comment lists are read word by word too (ask-line.ts): "sign up
    // here", "share this article", "leave a comment" cover a bare line's every word, which makes it
    // a button's line, where "sign up", "share" or "comment" alone leave words of it uncovered.
    // So is the donation list, and a donation phrase must open its clause for a sum beside it to be
    // asked for (rules/donation.ts): "please donate" opens "Please donate $5", "donate" does not.
    const reported = new Set(['subscriptionOffer', 'subscriptionWord', 'paywallWall', 'paywallMeter', 'paywallRegistration', 'appealOpener', 'related', 'newsletter', 'social', 'comments', 'donationAsk']);
    const redundant: string[] = [];
    for (const [lang, book] of Object.entries(PHRASE_BOOKS)) {
      for (const [list, phrases] of Object.entries(book) as Array<[PhraseListName, string[]]>) {
        if (reported.has(list)) continue;
        const pool = new Set([...phrases, ...(lang === 'en' ? [] : (PHRASE_BOOKS.en![list] ?? []))]);
        for (const phrase of phrases) {
          if (/[*#]/.test(phrase)) continue;
          const others = [...pool].filter((other) => other !== phrase).sort((a, b) => b.length - a.length);
          const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${others.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
          if ((phrase.match(re) ?? []).length === 1) redundant.push(`${lang} ${list}: "${phrase}"`);
        }
      }
    }
    expect(redundant).toEqual([]);
    expect(countPhrases('donationAsk', 'please make a donation today')).toBe(1);
    expect(countPhrases('cookie', 'we use cookies')).toBe(1);
    expect(countPhrases('social', 'share on facebook')).toBe(1);
  });

  it('counts like every list regex on the text of every seed page block', () => {
    let blocks = 0;
    for (const seed of readdirSync(resolve(ROOT, 'seeds'))) {
      const doc = parse(seedHtml(seed));
      for (const el of Array.from(doc.querySelectorAll('p, li, div, section, aside, form'))) {
        const text = visibleText(el, ' ', 4000).slice(0, 3000).toLowerCase();
        expect(Array.from(countAllPhrases(text)), text.slice(0, 80)).toEqual(perList(text));
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(100);
  });

  it('finds a phrase at the start, after punctuation, and not inside a word', () => {
    const donationAsk = listIndex('donationAsk');
    expect(countAllPhrases('donate now. please donate!')[donationAsk]).toBe(2);
    expect(countAllPhrases('redonate predonated')[donationAsk]).toBe(0);
  });

  it('matches a word ending that is empty at the very end of the text', () => {
    expect(findPhrases('donationAsk', 'werden sie fördermitglied')).toEqual(['fördermitglied']);
    expect(countAllPhrases(' fördermitglied')[listIndex('donationAsk')]).toBe(1);
  });

  it('reads a star ending any word of a phrase as a word ending, not only the last', () => {
    expect(findPhrases('donationAsk', 'ваше ежемесячное пожертвование поможет')).toEqual(['ежемесячное пожертвование']);
  });
});
