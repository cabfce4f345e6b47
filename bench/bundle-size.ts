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
  popup: SizeRow | null;
  note: string;
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
    scripts = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((path) => /content/i.test(path) && path.endsWith('.js'));
    note = scripts.length > 0 ? 'content script found by file name (not declared in the manifest)' : 'no content script found in dist/chrome';
  }
  const popup = manifest.action?.default_popup;
  return { contentScript: scripts.length > 0 ? closure(scripts) : null, popup: popup ? closure([popup]) : null, note };
}
