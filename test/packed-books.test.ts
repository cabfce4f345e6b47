/**
 * The phrase books ship packed into one string each (packed-book.ts): a book must come back from
 * its string as it was written, list for list, and a book added again in the same string must not
 * make the scans rebuild their tries.
 */
import { describe, expect, it } from 'vitest';
import { addPhraseBooks, phraseBooksVersion } from '../src/classifier/phrases/books.js';
import { PHRASE_BOOKS } from '../src/classifier/phrases/index.js';
import { packBook, unpackBook } from '../src/classifier/phrases/packed-book.js';
import { PHRASE_LISTS } from '../src/classifier/phrases/types.js';

describe('packed phrase books', () => {
  it.each(Object.keys(PHRASE_BOOKS))('round-trips the %s book, its absent lists absent', (lang) => {
    const book = PHRASE_BOOKS[lang]!;
    const packed = packBook(book);
    expect(unpackBook(packed)).toEqual(book);
    // One list break between each two lists: a list's place is its name.
    expect(packed.split('~')).toHaveLength(PHRASE_LISTS.length);
  });

  it('refuses a phrase it could not unpack as written', () => {
    expect(() => packBook({ donationAsk: ['give now', 'a|b'] })).toThrow(/donationAsk/);
    expect(() => packBook({ related: ['see ~ also'] })).toThrow(/related/);
    expect(() => packBook({ related: [''] })).toThrow(/related/);
  });

  it('reads a packed book once, however often it is added', () => {
    const packed = packBook({ ...PHRASE_BOOKS.de, donationAsk: [...PHRASE_BOOKS.de!.donationAsk!, 'probephrase'] });
    const before = phraseBooksVersion();
    addPhraseBooks({ de: packed });
    expect(phraseBooksVersion()).toBe(before + 1);
    addPhraseBooks({ de: packed });
    expect(phraseBooksVersion()).toBe(before + 1);
  });
});
