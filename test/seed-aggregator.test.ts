import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { SHARED, parse, seedHtml } from './helpers/dom.js';

const doc = parse(seedHtml('moscow-times-aggregator'));
const result = classify(doc);
const byText = (start: string) => result.sections.find((s) => s.text.startsWith(start));

describe('moscow-times-aggregator seed', () => {
  it('is built from the seed text exactly, one block per line', () => {
    const seedFile = resolve(SHARED, 'seeds/000_e4a84b9f8a25107b.txt');
    if (!existsSync(seedFile)) {
      console.warn('SKIPPED: ../shared/seeds is absent; cannot compare the fixture with the seed text');
      return;
    }
    const lines = readFileSync(seedFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const blocks = Array.from(doc.querySelectorAll('body > div > *')).map((el) => el.textContent!.trim());
    expect(blocks).toEqual(lines);
    expect(doc.querySelector('[class], [id]')).toBeNull();
  });

  it('keeps every article paragraph', () => {
    const paragraphs = Array.from(doc.querySelectorAll('p')).slice(2, 9).map((p) => p.textContent!);
    expect(paragraphs[0]).toMatch(/^French Foreign Minister/);
    expect(paragraphs[6]).toMatch(/^France and Britain/);
    for (const paragraph of paragraphs) {
      expect(result.article.text).toContain(paragraph);
      expect(byText(paragraph.slice(0, 30))?.label).toBe('article');
    }
  });

  it('labels every line from "A Message from The Moscow Times:" through "Remind me later." as donation_appeal', () => {
    const ps = Array.from(doc.querySelectorAll('p'));
    const start = ps.findIndex((p) => p.textContent === 'A Message from The Moscow Times:');
    const end = ps.findIndex((p) => p.textContent === 'Remind me later.');
    expect(end - start).toBe(10);
    for (const p of ps.slice(start, end + 1)) {
      const section = result.sections.find((s) => s.element === p || s.element.contains(p));
      expect(section?.label, p.textContent!).toBe('donation_appeal');
      expect(section?.reasons.length).toBeGreaterThan(0);
      expect(result.article.text).not.toContain(p.textContent!);
    }
  });

  it('does not keep "Truth" or "Read Entire Article"', () => {
    expect(byText('Truth')?.label).not.toBe('article');
    expect(byText('Read Entire Article')?.label).toBe('related');
    expect(result.article.text).not.toMatch(/^Truth$/m);
    expect(result.article.text).not.toContain('Read Entire Article');
  });

  it('extracts title, byline and date, and leaves them out of the body text', () => {
    expect(result.article.title).toBe('France Remains Open to Ukraine Using French Missiles Against Targets in Russia, Minister Says');
    expect(result.article.byline).toBe('The Moscow Times');
    expect(result.article.published).toBe('2024-11-18');
    expect(result.article.text.startsWith('French Foreign Minister')).toBe(true);
    expect(result.article.lang).toBe('en');
    expect(result.article.readingMinutes).toBe(1);
  });

  it('does not change the page', () => {
    const before = doc.documentElement.outerHTML;
    classify(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
