import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './corpus.js';

export const EXTENSION_DIR = resolve(ROOT, 'dist/chrome');

export interface SizeRow {
  /** Files counted, relative to dist/chrome. */
  files: string[];
  raw: number;
  /** Sum of each file gzipped at level 9 (what a store or a CDN would ship); the build is minified. */
  gzip: number;
}

export interface BundleSizes {
  contentScript: SizeRow | null;
  /**
   * Every language's phrase book but English's, each a file the background injects beside the
   * content script when a page wants it (src/shared/constants.ts: phraseBookFile).
   */
  phraseBooks?: Array<{ file: string; raw: number; gzip: number }>;
  /** The most a page is given: the content script and the two largest books (a page wants its declared and its guessed language's). */
  mostInjected?: SizeRow | null;
  popup: SizeRow | null;
  note: string;
}

const PHRASE_BOOK_DIR = 'phrases';

/** The phrase-book files, largest (gzip) first. */
function phraseBooks(): Array<{ file: string; raw: number; gzip: number }> {
  const dir = resolve(EXTENSION_DIR, PHRASE_BOOK_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(resolve(dir, name));
      return { file: join(PHRASE_BOOK_DIR, name), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** Local JS/CSS a file pulls in: static and dynamic imports, and script/link tags of an HTML page. */
function references(file: string, text: string): string[] {
  const found: string[] = [];
  const patterns = file.endsWith('.html')
    ? [/<script[^>]+src=["']([^"']+)["']/g, /<link[^>]+href=["']([^"']+\.(?:css|js))["']/g]
    : [/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g, /getURL\(\s*["']([^"']+\.js)["']\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found.filter((ref) => !/^[a-z]+:/i.test(ref));
}

/** The files reachable from `entries` inside dist/chrome, each counted once. */
function closure(entries: string[]): SizeRow {
  const seen = new Set<string>();
  const queue = entries.map((entry) => normalize(entry.replace(/^\//, '')));
  let raw = 0;
  let gzip = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    const path = resolve(EXTENSION_DIR, file);
    if (seen.has(file) || !path.startsWith(EXTENSION_DIR) || !existsSync(path)) continue;
    seen.add(file);
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    for (const ref of references(file, bytes.toString('utf8'))) {
      const target = ref.startsWith('/') ? ref.slice(1) : relative(EXTENSION_DIR, resolve(EXTENSION_DIR, dirname(file), ref));
      queue.push(normalize(target));
    }
  }
  return { files: [...seen].map((file) => join(file)), raw, gzip };
}

/** Content script and popup sizes from the built Chrome extension, or null with a note. */
export function bundleSizes(): BundleSizes {
  const manifestPath = resolve(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) return { contentScript: null, popup: null, note: 'n/a (build the extension first)' };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
    action?: { default_popup?: string };
    web_accessible_resources?: Array<{ resources?: string[] }>;
  };
  let scripts = (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
  let note = '';
  if (scripts.length === 0) {
    // Injected on demand (scripting.executeScript): no manifest entry, so go by file name.
    scripts = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((path) => /content/i.test(path) && path.endsWith('.js') && !path.startsWith(PHRASE_BOOK_DIR));
    note = scripts.length > 0 ? 'content script found by file name (not declared in the manifest)' : 'no content script found in dist/chrome';
  }
  const popup = manifest.action?.default_popup;
  const contentScript = scripts.length > 0 ? closure(scripts) : null;
  const books = phraseBooks();
  const largest = books.slice(0, 2);
  const mostInjected = contentScript && {
    files: [...contentScript.files, ...largest.map((book) => book.file)],
    raw: contentScript.raw + largest.reduce((sum, book) => sum + book.raw, 0),
    gzip: contentScript.gzip + largest.reduce((sum, book) => sum + book.gzip, 0),
  };
  return { contentScript, phraseBooks: books, mostInjected, popup: popup ? closure([popup]) : null, note };
}
