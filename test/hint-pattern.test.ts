/**
 * Hint patterns remember their answers by hint string (rules/types.ts): the remembered answer
 * must always be the regex's own, also once the memory has filled and started over.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rememberAnswers, tokenHint } from '../src/classifier/rules/types.js';

describe('hint patterns', () => {
  it('answer as their regex does, asked again and again, past the memory limit', () => {
    const words = '[a-z-]*related[a-z-]*|more-?stories|most-?(read|popular)';
    const re = new RegExp(`(?:^|[^a-z0-9])(?:${words})(?:[^a-z0-9]|$)`);
    const pattern = tokenHint(words);
    const hints = fc.array(fc.constantFrom(' ', '-', '_', '2', 'related', 'more', 'stories', 'most', 'read', 'x', 'popular', 'box'), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(hints, { minLength: 1, maxLength: 40 }), (batch) => {
        for (const hint of [...batch, ...batch]) expect(pattern.test(hint), hint).toBe(re.test(hint));
      }),
      { numRuns: 300 },
    );
    // Thousands of distinct strings: the memory clears and keeps answering right.
    for (let i = 0; i < 5000; i++) {
      const hint = i % 3 === 0 ? ` related-${i}` : ` card-${i}`;
      expect(pattern.test(hint)).toBe(re.test(hint));
    }
    expect(pattern.test(' story-related-box')).toBe(true);
    expect(pattern.test(' unrelated2')).toBe(false);
  });

  it('read a `*` that follows no character class as the rest of a token, `[a-z-]*`', () => {
    const words = '*related*|nav-*|*-abo|sponsor(ed)?*|kommentare?*|[a-z]*menu[a-z]*|a2a[a-z_-]*|ad-?(slot|unit)[a-z0-9-]*';
    const written = '[a-z-]*related[a-z-]*|nav-[a-z-]*|[a-z-]*-abo|sponsor(ed)?[a-z-]*|kommentare?[a-z-]*|[a-z]*menu[a-z]*|a2a[a-z_-]*|ad-?(slot|unit)[a-z0-9-]*';
    expect(tokenHint(words).source).toBe(`(?:^|[^a-z0-9])(?:${written})(?:[^a-z0-9]|$)`);
  });

  it('keep the source of the regex they wrap', () => {
    expect(rememberAnswers(/a|b/).source).toBe('a|b');
  });
});
