#!/usr/bin/env node
/**
 * sift CLI: `npm run classify -- [files or directories] [--json | --jsonl | --text]`.
 * Without a path it classifies the bundled aggregator seed page.
 */
import { existsSync, realpathSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyHtml, decodeHtml, type JsonClassification } from '../node/index.js';
import { formatTable, formatText } from './format.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const here = dirname(fileURLToPath(import.meta.url));
/** The bundled seed page: the repository's, run from `src/cli`, or the package's, run from `dist/lib/cli` (`npx sift`). */
const SEED_PLACES = ['../..', '../../..'].map((up) => resolve(here, up, 'seeds/moscow-times-aggregator/source.html'));
export const DEFAULT_SEED = SEED_PLACES.find((path) => existsSync(path)) ?? SEED_PLACES[0]!;

/** `jsonl`: one page's result per line, written as each page is read (a directory of thousands of pages is never held in memory). */
type Mode = 'table' | 'json' | 'jsonl' | 'text';

/** The first http(s) address `pattern`'s first group finds in `html`, with `&amp;` read as `&`. */
function addressIn(html: string, pattern: RegExp): string | undefined {
  const found = pattern.exec(html)?.[1]?.replace(/&amp;/g, '&');
  if (!found) return undefined;
  try {
    return new URL(found).href;
  } catch {
    return undefined;
  }
}

/**
 * The address a saved page came from: the mark a browser leaves when it saves a page
 * (`<!-- saved from url=(0042)https://… -->`), else the page's canonical link, else its og:url.
 * Classified at that address, the article's links resolve as on the site (at a file:// address
 * they are relative to the disk, and the article's HTML keeps only http(s) links), and a page whose
 * metadata names no site is named by its host.
 */
export function savedPageAddress(html: string): string | undefined {
  const head = html.slice(0, 200_000);
  const tag = (name: string, attribute: string, value: string) => new RegExp(`<${name}\\b[^>]*\\b${attribute}=["']?${value}(?=["'\\s/>])[^>]*>`, 'i').exec(head)?.[0] ?? '';
  return (
    addressIn(head, /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i) ??
    addressIn(tag('link', 'rel', 'canonical'), /\bhref=["']?(https?:\/\/[^"'\s>]+)/i) ??
    addressIn(tag('meta', 'property', 'og:url'), /\bcontent=["']?(https?:\/\/[^"'\s>]+)/i)
  );
}

function looksLikeHtml(content: string): boolean {
  return /<\s*(!doctype\s+html|html|head|body|div|p|article|main)[\s>]/i.test(content.slice(0, 5000));
}

async function expand(path: string): Promise<{ files: string[]; errors: string[] }> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return { files: [], errors: [`sift: ${path}: no such file or directory`] };
  }
  if (info.isFile()) return { files: [path], errors: [] };
  if (!info.isDirectory()) return { files: [], errors: [`sift: ${path}: not a file or directory`] };
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && HTML_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath ?? path, entry.name))
    .sort();
  return files.length > 0 ? { files, errors: [] } : { files: [], errors: [`sift: ${path}: directory holds no .html files`] };
}

export async function run(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let mode: Mode = 'table';
  const paths: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') mode = 'json';
    else if (arg === '--jsonl') mode = 'jsonl';
    else if (arg === '--text') mode = 'text';
    else if (arg === '--help' || arg === '-h') {
      out('usage: sift [files or directories] [--json | --jsonl | --text]');
      return 0;
    } else if (arg.startsWith('--')) {
      err(`sift: unknown option ${arg} (use --json, --jsonl or --text)`);
      return 2;
    } else paths.push(arg);
  }
  if (paths.length === 0) paths.push(DEFAULT_SEED);
  let failures = 0;
  const results: JsonClassification[] = [];
  for (const path of paths) {
    const { files, errors } = await expand(path);
    for (const message of errors) err(message);
    failures += errors.length;
    for (const file of files) {
      let content: string;
      try {
        content = decodeHtml(await readFile(file));
      } catch (error) {
        err(`sift: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        failures++;
        continue;
      }
      if (!looksLikeHtml(content)) {
        err(`sift: ${file}: not an HTML file`);
        failures++;
        continue;
      }
      const result = await classifyHtml(content, { url: savedPageAddress(content) ?? `file://${resolve(file)}` });
      if (mode === 'json') results.push({ ...result, url: file });
      else if (mode === 'jsonl') out(JSON.stringify({ ...result, url: file }));
      else if (mode === 'text') out(formatText(result));
      else out(formatTable(file, result));
    }
  }
  if (mode === 'json') out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  return failures > 0 ? 1 : 0;
}

/** Run as a program: by path, or through the link npm installs in `node_modules/.bin`, which names the link, not this file. */
function isMain(): boolean {
  const invoked = process.argv[1];
  if (!invoked) return false;
  try {
    return realpathSync(invoked) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  run(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`), (line) => process.stderr.write(`${line}\n`)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`sift: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
