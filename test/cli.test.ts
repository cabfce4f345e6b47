import { mkdtempSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, run, savedPageAddress } from '../src/cli/main.js';
import { ROOT } from './helpers/dom.js';

const dir = mkdtempSync(join(tmpdir(), 'sift-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, (line) => out.push(line), (line) => err.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** `text` in windows-1251: ASCII as it is, Russian letters in their one-byte codes (Node cannot encode to it). */
function windows1251(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (char === 'ё') return 0xb8;
      if (char === 'Ё') return 0xa8;
      throw new Error(`not in this test's windows-1251 table: ${char}`);
    }),
  );
}

describe('sift CLI', () => {
  it('classifies the bundled aggregator seed without arguments, as a table with the paywall verdict', async () => {
    expect(DEFAULT_SEED).toBe(resolve(ROOT, 'seeds/moscow-times-aggregator/source.html'));
    const { code, out, err } = await cli();
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^donation_appeal\s+\S*appeal-run-opener/m);
    expect(out).toContain('Dear readers');
    expect(out).toMatch(/^paywall: none/m);
    // The appeal is eleven sections, paragraph by paragraph, and one block to the reader: counted once, as the popup does.
    expect(out).toMatch(/^hidden: (.* · )?1 donation_appeal( · .*)? \(\d+ sections\)$/m);
  });

  it('--json prints the full result as JSON without elements', async () => {
    const { code, out } = await cli(DEFAULT_SEED, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.article.byline).toBe('The Moscow Times');
    expect(json.sections.some((s: { label: string; path: string }) => s.label === 'donation_appeal' && s.path.startsWith('body'))).toBe(true);
    expect(json.sections[0].element).toBeUndefined();
    expect(json.sections.filter((s: { label: string }) => s.label === 'donation_appeal').length).toBeGreaterThan(1);
    expect(json.hiddenBlocks.donation_appeal).toBe(1);
    expect(json.hiddenBlocks.article).toBeUndefined();
  });

  it('--jsonl prints one line of JSON per page as it goes, the same results --json gathers', async () => {
    const pages = join(dir, 'jsonl');
    mkdirSync(pages);
    copyFileSync(DEFAULT_SEED, join(pages, 'a.html'));
    copyFileSync(resolve(ROOT, 'seeds/no-article/source.html'), join(pages, 'b.html'));
    const lines = await cli(pages, '--jsonl');
    expect(lines.code).toBe(0);
    const parsed = lines.out.split('\n').map((line) => JSON.parse(line) as { url: string });
    expect(parsed.map((page) => page.url)).toEqual([join(pages, 'a.html'), join(pages, 'b.html')]);
    expect(parsed).toEqual(JSON.parse((await cli(pages, '--json')).out));
    // One page is one line too, not a bare object spread over many.
    expect((await cli(DEFAULT_SEED, '--jsonl')).out.split('\n')).toHaveLength(1);
  });

  it('--text prints the clean article only', async () => {
    const { code, out } = await cli(DEFAULT_SEED, '--text');
    expect(code).toBe(0);
    expect(out).toContain('French Foreign Minister Jean-Noel Barrot said Monday');
    expect(out).not.toContain('Remind me later');
    expect(out).not.toContain('Dear readers');
  });

  it('a missing file is a one-line error and a non-zero exit', async () => {
    const { code, err } = await cli(join(dir, 'nope.html'));
    expect(code).toBe(1);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toMatch(/no such file/);
  });

  it('a non-HTML file and a directory without HTML are clear errors', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'just some notes, not a page');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const a = await cli(text);
    expect(a.code).toBe(1);
    expect(a.err).toMatch(/not an HTML file/);
    const b = await cli(empty);
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/no \.html files/);
  });

  it('one bad file in a directory does not stop the others', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    copyFileSync(DEFAULT_SEED, join(mixed, 'a-good.html'));
    writeFileSync(join(mixed, 'b-bad.html'), '\u0000\u0001 binary junk');
    copyFileSync(resolve(ROOT, 'seeds/no-article/source.html'), join(mixed, 'c-good.html'));
    const { code, out, err } = await cli(mixed);
    expect(code).toBe(1);
    expect(err).toMatch(/b-bad\.html: not an HTML file/);
    expect(out).toContain('a-good.html');
    expect(out).toContain('c-good.html');
    expect(out).toMatch(/article: none/);
  });

  it('reads a saved page at the address it was saved from: its links resolve as on the site, its host names it', async () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the city budget, which the council debated for six hours on Tuesday before it passed.</p>`).join('');
    const page = (head: string) =>
      `<!DOCTYPE html>${head}<html lang="en"><head><title>Budget</title></head><body><article><h1>Budget passes</h1>${paragraphs}<p>The full text of the budget is <a href="/city/budget.pdf">on the council's site</a>, with every amendment that passed.</p></article></body></html>`;
    const saved = join(dir, 'saved.html');
    writeFileSync(saved, page('\n<!-- saved from url=(0041)https://news.example/city/budget-passes -->\n'));
    const { code, out } = await cli(saved, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.article.html).toContain('href="https://news.example/city/budget.pdf"');
    expect(result.article.siteName).toBe('news.example');
    // Without the mark the link points at the disk, and the article's HTML keeps only http(s) links.
    writeFileSync(saved, page(''));
    const local = JSON.parse((await cli(saved, '--json')).out);
    expect(local.article.html).not.toContain('budget.pdf');
    expect(local.article.text).toContain("on the council's site");
  });

  it('finds the address a page was saved from in the mark, the canonical link or og:url, and only an http(s) one', () => {
    expect(savedPageAddress('<!-- saved from url=(0030)https://a.example/x?y=1&amp;z -->')).toBe('https://a.example/x?y=1&z');
    expect(savedPageAddress('<head><link rel="canonical" href="https://a.example/story?id=4&amp;p=2"></head>')).toBe('https://a.example/story?id=4&p=2');
    expect(savedPageAddress("<head><link href='https://a.example/b' rel='canonical' /></head>")).toBe('https://a.example/b');
    expect(savedPageAddress('<head><meta property="og:url" content="https://a.example/c"></head>')).toBe('https://a.example/c');
    expect(savedPageAddress('<head><link rel="canonical" href="/relative"><link rel="canonicalx" href="https://x.example/"></head>')).toBeUndefined();
    expect(savedPageAddress('<head><meta property="og:url" content="javascript:alert(1)"></head>')).toBeUndefined();
    expect(savedPageAddress('<p>no address</p>')).toBeUndefined();
  });

  it('reads a saved page in the charset it declares, as a browser does, and one without a declaration as UTF-8', async () => {
    const title = 'Бюджет города приняли после шести часов споров';
    const body = Array.from({ length: 4 }, (_, i) => `<p>Абзац ${i + 1}: депутаты городского совета во вторник обсуждали бюджет на следующий год шесть часов, спорили о школах, дорогах и больницах и в конце концов приняли его большинством голосов после полуночи.</p>`).join('');
    const appeal = '<p>Дорогие читатели! Поддержите независимую журналистику: ваша поддержка помогает нам работать.</p>';
    const page = `<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>${title}</title></head><body><article><h1>${title}</h1>${body}${appeal}</article></body></html>`;
    const legacy = join(dir, 'windows-1251.html');
    writeFileSync(legacy, windows1251(page));
    const { code, out } = await cli(legacy, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.article.title).toBe(title);
    expect(result.article.text).toContain('депутаты городского совета');
    expect(result.article.text).not.toContain('\uFFFD');
    // The words are readable, so the Russian phrase book finds the appeal in them.
    expect(result.hiddenBlocks.donation_appeal).toBe(1);
    expect(result.article.text).not.toContain('Поддержите');
    const utf8 = join(dir, 'no-charset.html');
    writeFileSync(utf8, page.replace(/<meta[^>]*>/, ''));
    expect(JSON.parse((await cli(utf8, '--json')).out).article.title).toBe(title);
  });

  it('rejects an unknown option', async () => {
    const { code, err } = await cli('--yaml');
    expect(code).toBe(2);
    expect(err).toMatch(/unknown option/);
  });
});
