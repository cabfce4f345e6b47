/**
 * The content script's entry (classify-text.ts) holds English's phrases only and names the books a
 * page wants that it lacks; once they are added, its labels are those of the full classifier
 * (index.ts, every book), which the CLI and the Node library use. This file imports no module that
 * adds every book before the test asks for it (vitest gives each test file its own modules). The
 * books are added packed, as the extension's book files hold them (packed-book.ts).
 */
import { describe, expect, it } from 'vitest';
import { addPhraseBooks, classifyText } from '../src/classifier/classify-text.js';
import { de } from '../src/classifier/phrases/de.js';
import { fr } from '../src/classifier/phrases/fr.js';
import { packBook } from '../src/classifier/phrases/packed-book.js';
import { parse, seedHtml } from './helpers/dom.js';

const GERMAN_SEED = 'german-appeal-inline';
const APPEAL_START = 'Liebe Leserinnen';

const labels = (result: ReturnType<typeof classifyText>) => result.sections.map((section) => `${section.label} ${section.ruleIds.join(',')} ${section.text.slice(0, 40)}`);

describe('phrase books on demand (the content script’s classifier)', () => {
  it('asks for nothing on an English page', () => {
    const result = classifyText(parse(seedHtml('moscow-times-aggregator')));
    expect(result.missingPhraseBooks).toBeUndefined();
    expect(result.sections.some((section) => section.label === 'donation_appeal')).toBe(true);
  });

  it('names the German book on a German page, reads it once added, and then labels as the full classifier does', async () => {
    const doc = parse(seedHtml(GERMAN_SEED));
    const without = classifyText(doc);
    expect(without.missingPhraseBooks).toEqual(['de']);
    // Another language's book is no help.
    addPhraseBooks({ fr: packBook(fr) });
    expect(classifyText(doc).missingPhraseBooks).toEqual(['de']);

    addPhraseBooks({ de: packBook(de) });
    const withBook = classifyText(doc);
    expect(withBook.missingPhraseBooks).toBeUndefined();
    expect(withBook.sections.find((section) => section.text.startsWith(APPEAL_START))?.label).toBe('donation_appeal');
    // English's phrases alone label this page otherwise: the book is what tells its appeal.
    expect(labels(without)).not.toEqual(labels(withBook));

    const { classify } = await import('../src/classifier/index.js');
    const full = classify(doc, { articleHtml: false });
    expect(full.missingPhraseBooks).toBeUndefined();
    expect(labels(withBook)).toEqual(labels(full));
    expect(withBook.article).toEqual(full.article);
    expect(withBook.paywall).toEqual(full.paywall);
  });
});
