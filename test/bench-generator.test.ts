import { describe, expect, it } from 'vitest';
import { expandNesting, generatePage } from '../bench/generator.js';
import { parse } from './helpers/dom.js';

function depthOf(el: Element): number {
  let depth = 0;
  for (let node: Element | null = el; node; node = node.parentElement) depth++;
  return depth;
}

describe('benchmark page generator', () => {
  it.each([1_000, 2_345, 10_000])('produces exactly %i elements once parsed', (elements) => {
    const page = generatePage({ elements, seed: 3 });
    const doc = parse(page.html);
    expect(doc.getElementsByTagName('*').length).toBe(elements);
    expect(page.elements).toBe(elements);
  });

  it('mixes article paragraphs with appeals, menus and related lists', () => {
    const doc = parse(generatePage({ elements: 5_000, seed: 3 }).html);
    expect(doc.querySelectorAll('article p').length).toBeGreaterThan(100);
    expect(doc.querySelectorAll('.appeal-box').length).toBeGreaterThan(5);
    expect(doc.querySelectorAll('nav').length).toBeGreaterThan(5);
    expect(doc.querySelectorAll('.related-links').length).toBeGreaterThan(5);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generatePage({ elements: 1_500, seed: 9 }).html).toBe(generatePage({ elements: 1_500, seed: 9 }).html);
    expect(generatePage({ elements: 1_500, seed: 9 }).html).not.toBe(generatePage({ elements: 1_500, seed: 10 }).html);
  });

  it('nests the article 3,000 divs deep at the requested element count', () => {
    const page = generatePage({ elements: 10_000, nesting: 3_000, seed: 3 });
    const doc = parse(page.html);
    expect(expandNesting(doc)).toBe(2_999);
    expect(doc.getElementsByTagName('*').length).toBe(10_000);
    // html > body > main > 3,000 divs > article
    const article = doc.getElementsByTagName('article')[0]!;
    expect(depthOf(article)).toBe(3_004);
    expect(article.getElementsByTagName('p').length).toBeGreaterThan(50);
  });
});
