import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(ROOT, '../shared');
export const CORPUS = resolve(SHARED, 'corpus');

export function parse(html: string, url?: string): Document {
  return new JSDOM(html, url ? { url } : {}).window.document;
}

export function seedHtml(slug: string): string {
  return readFileSync(resolve(ROOT, 'seeds', slug, 'source.html'), 'utf8');
}
