/**
 * The hand-written text helpers of dom.ts stand in for one-line library calls that cost more on
 * large pages, and collapse's pattern for the plainer one it replaced; each is checked here against
 * the call it replaces, on strings made mostly of the
 * characters where they could differ (every kind of white space, U+200B, letters, punctuation).
 * (A hand-written collapse was tried too: faster in Node, 4% slower in Chromium, whose regex
 * replacement gives a flat string where the concatenation left a rope for every later read.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse, countWords, isCjk, isCjkPunctuation, keepsMoreThan } from '../src/classifier/dom.js';
import { isWhitespace } from '../src/classifier/whitespace.js';

/** Every character String.prototype.trim removes, the zero-width space, and some that look alike but are not white space. */
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', '\u200c', '\u2060'];
const OTHERS = ['a', 'Z', 'é', 'ж', '1', ',', '.', '-', '\u00ad', '😀'];
const textArbitrary = fc.array(fc.constantFrom(...SPACES, ...SPACES, ...OTHERS), { maxLength: 40 }).map((chars) => chars.join(''));

/** Words as countWords defines them, read plainly: runs between spaces (code <= 32) and CJK punctuation, each ideograph or kana a word of its own. */
function wordsPlainly(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code <= 32 || isCjkPunctuation(code);
    if (!space && (!inWord || isCjk(code))) count++;
    inWord = !space && !isCjk(code);
  }
  return count;
}

describe('text helpers', () => {
  it('countWords counts words and each CJK character, also where the two scripts meet', () => {
    const words = fc.array(fc.constantFrom(' ', '\n', '\u0001', 'word', 'é', 'ж', '東京', 'かな', '、', '。', '，', '！', '\u3000', '\u2fff', '\u9fff', '\ua000', '😀'), { maxLength: 30 });
    fc.assert(fc.property(words, (parts) => {
      const text = parts.join('');
      expect(countWords(text)).toBe(wordsPlainly(text));
    }), { numRuns: 3000 });
    expect(countWords('The budget passed, 東京は 晴れ。')).toBe(3 + 3 + 2);
  });

  it('collapse gives what replacing every run of white space (and U+200B) by one space, then trimming, gives', () => {
    // collapse leaves single plain spaces alone instead of replacing each by itself.
    fc.assert(fc.property(fc.oneof(textArbitrary, fc.string({ unit: 'binary' })), (text) => {
      expect(collapse(text)).toBe(text.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim());
    }), { numRuns: 3000 });
  });

  it('keepsMoreThan counts what collapse keeps besides spaces, so collapse gives more than the limit when it says so', () => {
    fc.assert(fc.property(fc.oneof(textArbitrary, fc.string({ unit: 'binary' })), fc.nat(30), (text, limit) => {
      const collapsed = collapse(text);
      expect(keepsMoreThan(text, limit)).toBe(collapsed.replace(/ /g, '').length > limit);
      if (keepsMoreThan(text, limit)) expect(collapsed.length).toBeGreaterThan(limit);
    }), { numRuns: 2000 });
  });

  it('isWhitespace answers as `\\s` and as trim do, for every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      expect(isWhitespace(code), code.toString(16)).toBe(/\s/.test(char));
      expect(isWhitespace(code), code.toString(16)).toBe(char.trim() === '');
    }
  });
});
