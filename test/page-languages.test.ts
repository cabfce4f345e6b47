import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { PHRASE_BOOKS, compileList } from '../src/classifier/phrases/index.js';
import { guessLanguage, phraseLanguages } from '../src/classifier/phrases/languages.js';
import { SCANNED_LISTS, countAllPhrases, findPhrases, listIndex, usePhraseLanguages } from '../src/classifier/phrases/scan-all.js';
import { parse } from './helpers/dom.js';
import { RULE_PAGE_PARAGRAPHS, rulePage } from './helpers/rule-page.js';

const GERMAN_PROSE =
  'Der Stadtrat hat die Abstimmung über das neue Fährterminal verschoben. Die Anwohner und die Fischer sprachen sich gegen den Plan aus, und auch die Händler auf dem Marktplatz sind nicht überzeugt, dass mit dem Bau mehr Besucher kommen.';

afterEach(() => usePhraseLanguages(null));

/** The languages a page declared as `declared` is scanned for when its article reads `text`. */
function chosen(declared: string, text: string): string[] {
  return phraseLanguages(declared, guessLanguage(text)).sort();
}

describe('which languages a page is scanned for', () => {
  it('takes the declared language, the language the article reads as, and English', () => {
    expect(chosen('de', GERMAN_PROSE)).toEqual(['de', 'en']);
    expect(chosen('en', RULE_PAGE_PARAGRAPHS.join(' '))).toEqual(['en']);
    // Declared wrongly: the text's language is scanned too.
    expect(chosen('en', GERMAN_PROSE)).toEqual(['de', 'en']);
    expect(chosen('fr', GERMAN_PROSE)).toEqual(['de', 'en', 'fr']);
  });

  it('reads Bokmål and Nynorsk as Norwegian', () => {
    expect(chosen('nb', '')).toEqual(['en', 'no']);
    expect(chosen('nn', '')).toEqual(['en', 'no']);
  });

  it('scans English alone when neither the declaration nor the text names a language with phrases', () => {
    expect(chosen('', '')).toEqual(['en']);
    expect(chosen('ja', '東京都は月曜日、新しい予算案を発表した。予算は学校と道路と橋の修理に使われ、冬の前に工事が始まる予定だと市の担当者は述べた。')).toEqual(['en']);
    expect(chosen('', 'Home World Sport Culture')).toEqual(['en']);
    expect(chosen('pl', 'Rada miasta przełożyła głosowanie nad nowym terminalem promowym.')).toEqual(['en']);
  });

  it('names each language once', () => {
    expect(phraseLanguages('de', 'de')).toEqual(['de', 'en']);
    expect(phraseLanguages('en', 'en')).toEqual(['en']);
  });

  it('guesses from the words, whatever punctuation and white space is around them', () => {
    expect(guessLanguage(`\n\t${GERMAN_PROSE.replace(/ /g, ' \n  ')}`)).toBe('de');
    expect(guessLanguage('«Der» (die) „und“ – das: ist!')).toBe('de');
  });

  it('guesses from the article, not from the menus around it, and names the article’s language with it', () => {
    // German prose under a long English menu, on a page that declares no language.
    const menu = `<nav>${'Home World Sport Culture The Business Of The Day And The Week In The News '.repeat(20).split(' ').map((word) => `<a href="/">${word}</a>`).join(' ')}</nav>`;
    const page = parse(`<!doctype html><html><head><title>Fähre</title></head><body>${menu}<article><h1>Fähre</h1><p>${GERMAN_PROSE}</p><p>${GERMAN_PROSE}</p></article></body></html>`);
    expect(classify(page).article.lang).toBe('de');
  });
});

describe('the scan over a page’s languages', () => {
  it('no longer reads another language’s word inside this one’s prose', () => {
    // Norwegian "del" (share) is Spanish "of the"; German "du" (you) is French "of the".
    const social = listIndex('social');
    const spanish = 'el precio del pan subió en la capital del país';
    expect(countAllPhrases(spanish)[social]).toBe(2);
    usePhraseLanguages(['es', 'en']);
    expect(countAllPhrases(spanish)[social]).toBe(0);
  });

  it('counts like each list regex compiled over the same languages', () => {
    const langs = Object.keys(PHRASE_BOOKS);
    const phrases = [...new Set(Object.values(PHRASE_BOOKS).flatMap((book) => Object.values(book).flat()))].map((p) => p.replace(/\*/g, 'en').replace(/#/g, '12'));
    fc.assert(
      fc.property(fc.subarray(langs, { minLength: 1 }), fc.array(fc.constantFrom(...phrases), { maxLength: 10 }), (chosen, parts) => {
        const text = parts.join(' ');
        usePhraseLanguages(chosen);
        const expected = SCANNED_LISTS.map((name) => text.match(compileList(name, chosen))?.length ?? 0);
        expect(Array.from(countAllPhrases(text))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('finds a German appeal on a page that declares English but reads German', () => {
    const appeal = '<div><p>Liebe Leserinnen und Leser, unterstützen Sie unabhängigen Journalismus: Jetzt spenden!</p></div>';
    const german = rulePage(appeal, 'middle').replace(/<p>[^<]*<\/p>/g, (p) => (p.includes('Leser') ? p : `<p>${GERMAN_PROSE}</p>`));
    expect(german).toContain('lang="en"');
    const result = classify(parse(german));
    const section = result.sections.find((s) => s.text.startsWith('Liebe Leserinnen'));
    expect(section?.label).toBe('donation_appeal');
  });

  it('goes back to every language after a page is classified', () => {
    classify(parse(rulePage('', 'page')));
    expect(findPhrases('donationAsk', 'jetzt unterstützen')).toEqual(['jetzt unterstützen']);
  });
});
