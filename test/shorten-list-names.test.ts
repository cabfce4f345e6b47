/**
 * The content script's phrase-list names are shortened after terser (scripts/shorten-list-names.ts).
 * test/minified-classifier.test.ts runs the whole shipped pipeline against the source; this one
 * pins the rewrite itself: every form a name is written in, the names it leaves, and the forms it
 * refuses rather than half-rewrite.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SHORTENED_LIST_NAMES, shortenListNames } from '../scripts/shorten-list-names.js';
import { PHRASE_LISTS } from '../src/classifier/phrases/types.js';

describe('shortenListNames', () => {
  it('shortens only the camel-case list names, not those that are also labels', () => {
    expect(SHORTENED_LIST_NAMES).toContain('firstPersonPlural');
    expect(SHORTENED_LIST_NAMES).toContain('donationAsk');
    for (const label of ['newsletter', 'related', 'comments', 'cookie', 'ad', 'social', 'other']) {
      expect(PHRASE_LISTS as readonly string[]).toContain(label);
      expect(SHORTENED_LIST_NAMES as readonly string[]).not.toContain(label);
    }
  });

  it('rewrites a name the same way as a string, a key, a quoted key and a property read, so lookups still meet', () => {
    const code = [
      'var books={en:{firstPersonPlural:["we"],"secondPerson":["you"],donationAsk:["the"]}};',
      'var lists=["firstPersonPlural","secondPerson","newsletter"];',
      'var count=(name)=>books.en[name].length;',
      'var result=[count("firstPersonPlural"),count("secondPerson"),books.en.donationAsk[0],books.en?.donationAsk.length,lists[2]];',
      'result',
    ].join('');
    const short = shortenListNames(code);
    for (const name of ['firstPersonPlural', 'secondPerson', 'donationAsk']) expect(short).not.toContain(name);
    expect(short).toContain('"newsletter"');
    expect(runInNewContext(short)).toEqual(runInNewContext(code));
    expect(runInNewContext(short)).toEqual([1, 1, 'the', 1, 'newsletter']);
  });

  it('refuses a name it cannot rewrite in place, and a short name already in the code', () => {
    expect(() => shortenListNames('var a=`${"x"}donationAsk`;')).toThrow(/donationAsk/);
    expect(() => shortenListNames('var a=/firstPersonPlural/;')).toThrow(/firstPersonPlural/);
    expect(() => shortenListNames('var a={_$0:1};')).toThrow(/_\$0/);
    // A key written short with its variable: the variable keeps the name, and the build stops.
    expect(() => shortenListNames('var donationAsk=[];var a={donationAsk};')).toThrow(/donationAsk/);
  });
});
