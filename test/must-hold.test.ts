/** The must-hold checker itself: it passes what holds and names what does not. */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { parse } from './helpers/dom.js';
import { evaluate, parseMustFile, type MustHold } from './helpers/must-hold.js';
import { rulePage } from './helpers/rule-page.js';

const doc = parse(rulePage('<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>', 'page'));
const result = classify(doc);
const check = (c: MustHold) => evaluate(c, doc, result);

describe('must-hold checks', () => {
  it('inArticle and notInArticle', () => {
    expect(check({ check: 'inArticle', text: 'The harbour town council postponed its vote' })).toBe('');
    expect(check({ check: 'inArticle', text: 'A sentence that is nowhere' })).toMatch(/missing/);
    expect(check({ check: 'notInArticle', text: 'World' })).toBe('');
    expect(check({ check: 'notInArticle', text: 'The mayor said the vote' })).toMatch(/found/);
    expect(check({ check: 'notInArticle', text: 'A typo that is not on the page' })).toMatch(/not in the page/);
  });

  it('label by text and by selector', () => {
    expect(check({ check: 'label', text: 'World', label: 'navigation' })).toBe('');
    expect(check({ check: 'label', selector: 'nav a', label: ['navigation', 'other'] })).toBe('');
    expect(check({ check: 'label', text: 'World', label: 'related' })).toMatch(/labelled navigation/);
    expect(check({ check: 'label', text: 'Not on the page at all', label: 'related' })).toMatch(/not in the page/);
  });

  it('paywall, meta and noArticle', () => {
    expect(check({ check: 'paywall', type: 'none' })).toBe('');
    expect(check({ check: 'paywall', type: ['hard', 'metered'] })).toMatch(/paywall type is none/);
    expect(check({ check: 'meta', field: 'lang', equals: 'en' })).toBe('');
    expect(check({ check: 'meta', field: 'title', startsWith: 'Harbour Town' })).toBe('');
    expect(check({ check: 'meta', field: 'lang', equals: 'de' })).toMatch(/"en"/);
    expect(check({ check: 'noArticle' })).toMatch(/absentReason is empty/);
  });

  it('rejects malformed must files', () => {
    expect(() => parseMustFile({ description: 'x', checks: [] }, 'f')).toThrow(/non-empty/);
    expect(() => parseMustFile({ description: 'x', checks: [{ check: 'label', text: 'a b c d', label: 'menu' }] }, 'f')).toThrow(/unknown label/);
    expect(() => parseMustFile({ description: 'x', checks: [{ check: 'sometimes' }] }, 'f')).toThrow(/unknown check/);
    expect(() => parseMustFile({ description: 'x', checks: [{ check: 'noArticle', pending: '' }] }, 'f')).toThrow(/pending/);
    expect(parseMustFile({ description: 'x', checks: [{ check: 'paywall', type: ['soft', 'none'] }] }, 'f').checks).toHaveLength(1);
  });
});
