/**
 * The content script ships the classifier minified by terser with CONTENT_SCRIPT_TERSER_OPTIONS
 * (scripts/minify-content-script.ts), which shortens the property names in INTERNAL_PROPERTIES and
 * rewrites code (`pure_getters`, `unsafe`, `unsafe_arrows`), and then with its string arrays packed
 * (scripts/pack-string-arrays.ts). Here the classifier, bundled and minified the
 * same way, runs against the source on the same documents: the seeds always, the corpus where
 * ../shared is present. A name read as a string somewhere, or a rewrite that changes what the code
 * does, shows as a different classification. The names terser may shorten must not be the DOM's
 * either, nor those of the classification that leaves the content script.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInThisContext } from 'node:vm';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_PROPERTIES, minifyContentScript } from '../scripts/minify-content-script.js';
import { phraseBookFiles } from '../scripts/phrase-book-files.js';
import { unpackBook } from '../src/classifier/phrases/packed-book.js';
import { PHRASE_BOOKS_GLOBAL } from '../src/shared/constants.js';
import { corpusDir } from '../scripts/corpus/score-lib.js';
import { classifyText } from '../src/classifier/index.js';
import type { Classification } from '../src/classifier/types.js';
import { ROOT } from './helpers/dom.js';

type ClassifyText = typeof classifyText;

/**
 * The content script's classifier (classify-text.ts: English's phrases) with the other languages'
 * books added from the files the build emits beside it (scripts/phrase-book-files.ts), each
 * minified on its own: their shortened list names must meet the script's.
 */
async function minifiedClassifier(): Promise<{ classifyText: ClassifyText; code: string }> {
  const bundled = await build({
    stdin: { contents: "export { addPhraseBooks, classifyText } from './src/classifier/classify-text.ts';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'SiftMinified',
    minify: true,
    target: 'es2022',
    write: false,
  });
  const code = await minifyContentScript(bundled.outputFiles[0]!.text);
  // In this realm, as the source runs: the bundle's own code, to compare it with its source.
  const exported = runInThisContext(`${code};SiftMinified`) as { classifyText: ClassifyText; addPhraseBooks: (books: unknown) => void };
  const books = await phraseBookFiles();
  expect(books.map((book) => book.fileName).sort()).toEqual(['de', 'es', 'fr', 'it', 'no', 'pt', 'ru'].map((lang) => `phrases/${lang}.js`));
  for (const book of books) runInThisContext(book.source);
  exported.addPhraseBooks((globalThis as Record<string, unknown>)[PHRASE_BOOKS_GLOBAL]);
  return { classifyText: exported.classifyText, code };
}

/** The classification with each section's element as its index among the document's elements (`all`). */
function comparable(result: Classification, all: Element[]): unknown {
  return { ...result, sections: result.sections.map((section) => ({ ...section, element: all.indexOf(section.element) })) };
}

function pages(): Array<{ id: string; html: string }> {
  const seeds = readdirSync(resolve(ROOT, 'seeds')).map((slug) => ({ id: `seed:${slug}`, html: readFileSync(resolve(ROOT, 'seeds', slug, 'source.html'), 'utf8') }));
  const dir = corpusDir(ROOT);
  const corpus = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.html')).map((file) => ({ id: file, html: readFileSync(resolve(dir, file), 'utf8') })) : [];
  if (corpus.length === 0) console.warn(`SKIPPED: the minified classifier is compared on the seeds only: ${dir} is absent in this checkout`);
  return [...seeds, ...corpus];
}

describe('the classifier as the content script ships it (terser, internal properties shortened)', () => {
  let minified: { classifyText: ClassifyText; code: string };
  beforeAll(async () => {
    minified = await minifiedClassifier();
  });

  it('shortens the internal property names it lists', () => {
    for (const name of ['linkedMinorHeadings', 'proseCharsPerLinkedHeading', 'wallAfterArticle']) expect(minified.code).not.toContain(name);
    // …and keeps those of the classification that leaves the content script.
    for (const name of ['absentReason', 'readingMinutes', 'ruleIds', 'evidence', 'confidence']) expect(minified.code).toContain(name);
  });

  it('packs the phrase books into split strings, so the runs below compare the packed code', () => {
    expect(minified.code).toContain('"donate|make a donation|');
    expect(minified.code).not.toContain('"donate","make a donation"');
  });

  it('carries English’s phrases and not the other languages’ books, which come in files of their own', () => {
    expect(minified.code).toContain('dear readers');
    for (const phrase of ['in eigener sache', 'chers lecteurs', 'дорогие читатели']) {
      expect(minified.code).not.toContain(phrase);
      expect(Object.values((globalThis as unknown as Record<string, Record<string, string>>)[PHRASE_BOOKS_GLOBAL]!).some((packed) => Object.values(unpackBook(packed)).some((list) => list.some((p) => p.startsWith(phrase))))).toBe(true);
    }
  });

  it.each(pages())('classifies $id exactly as the source does', ({ html }) => {
    const doc = new JSDOM(html, { url: 'https://example.org/news/story', virtualConsole: new VirtualConsole() }).window.document;
    const all = Array.from(doc.getElementsByTagName('*'));
    expect(comparable(minified.classifyText(doc, { url: doc.URL }), all)).toEqual(comparable(classifyText(doc, { url: doc.URL }), all));
  });

  it("lists no name that the DOM's objects or the classification's types use", () => {
    const { window } = new JSDOM('<!doctype html><svg><text>x</text></svg><p>x</p>');
    const domObjects = [window.document, window.document.body, window.document.querySelector('text'), window.document.querySelector('p')!.firstChild, window];
    const types = readFileSync(resolve(ROOT, 'src/classifier/types.ts'), 'utf8') + readFileSync(resolve(ROOT, 'src/shared/messages.ts'), 'utf8');
    for (const name of INTERNAL_PROPERTIES) {
      for (const object of domObjects) expect(name in object!, `${name} is a DOM property`).toBe(false);
      expect(types, `${name} is a field of a type that leaves the classifier`).not.toMatch(new RegExp(`\\b${name}\\??:`));
    }
  });
});
