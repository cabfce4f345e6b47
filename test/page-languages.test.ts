import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { PHRASE_BOOKS, compileList } from '../src/classifier/phrases/index.js';
import { guessLanguage, phraseLanguages } from '../src/classifier/phrases/languages.js';
import { SCANNED_LISTS, countAllPhrases, findPhrases, listIndex, usePhraseLanguages } from '../src/classifier/phrases/scan-all.js';
import { computeStats } from '../src/classifier/stats.js';
import { parse } from './helpers/dom.js';
import { RULE_PAGE_PARAGRAPHS, rulePage } from './helpers/rule-page.js';

const GERMAN_PROSE =
  'Der Stadtrat hat die Abstimmung über das neue Fährterminal verschoben. Die Anwohner und die Fischer sprachen sich gegen den Plan aus, und auch die Händler auf dem Marktplatz sind nicht überzeugt, dass mit dem Bau mehr Besucher kommen.';

afterEach(() => usePhraseLanguages(null));

/** The languages `pageLanguages` chooses for a body of `html` declared as `declared`. */
function chosen(declared: string, html: string): string[] | null {
  const langs = phraseLanguages(declared, guessLanguage(computeStats(parse(`<body>${html}</body>`).body).pageText!));
  return langs && [...new Set(langs)].sort();
}

const paragraphs = (texts: string[]) => texts.map((text) => `<p>${text}</p>`).join('');

describe('which languages a page is scanned for', () => {
  it('takes the declared language, the language the text reads as, and English', () => {
    expect(chosen('de', paragraphs([GERMAN_PROSE]))).toEqual(['de', 'en']);
    expect(chosen('en', paragraphs(RULE_PAGE_PARAGRAPHS))).toEqual(['en']);
    // Declared wrongly: the text's language is scanned too.
    expect(chosen('en', paragraphs([GERMAN_PROSE]))).toEqual(['de', 'en']);
    expect(chosen('fr', paragraphs([GERMAN_PROSE]))).toEqual(['de', 'en', 'fr']);
  });

  it('reads Bokmål and Nynorsk as Norwegian', () => {
    expect(chosen('nb', '')).toEqual(['en', 'no']);
    expect(chosen('nn', '')).toEqual(['en', 'no']);
  });

  it('scans every language when neither the declaration nor the text names a language with phrases', () => {
    expect(chosen('', '')).toBeNull();
    expect(chosen('ja', paragraphs(['東京都は月曜日、新しい予算案を発表した。予算は学校と道路と橋の修理に使われ、冬の前に工事が始まる予定だと市の担当者は述べた。']))).toBeNull();
    expect(chosen('', '<p>Home World Sport Culture</p>')).toBeNull();
  });

  it('guesses from the page’s prose, not from its menus', () => {
    // German prose under an English menu (short texts, which the guess skips) and an English declaration.
    const menu = '<nav>' + 'Home World Sport Culture The Business Of The Day And The Week In The News '.repeat(20).split(' ').map((word) => `<a href="/">${word}</a>`).join(' ') + '</nav>';
    expect(chosen('en', menu + paragraphs([GERMAN_PROSE]))).toEqual(['de', 'en']);
    expect(chosen('', menu + paragraphs([GERMAN_PROSE]))).toEqual(['de', 'en']);
    // The guess is the article's language when the page declares none.
    const page = parse(`<!doctype html><html><head><title>Fähre</title></head><body>${menu}<article><h1>Fähre</h1>${paragraphs([GERMAN_PROSE, GERMAN_PROSE])}</article></body></html>`);
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
    expect(findPhrases('donationAsk', 'jetzt spenden')).toEqual(['jetzt spenden']);
  });
});
