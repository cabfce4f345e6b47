/**
 * The reviewable snapshot of one seed page: what `expected.json` holds and what the seeds test
 * compares with. Shared by `scripts/regen-seeds.ts` and `test/seeds.test.ts` so both read the
 * page the same way. Deterministic: no timestamps, no random tokens, no confidence figures
 * (they shift with every weight change and say little in a diff).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { classify } from '../src/classifier/index.js';
import type { Classification, Label, PaywallType } from '../src/classifier/types.js';
import { elementPath } from '../src/node/index.js';

export const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../seeds');

/** Characters of each section's text kept in the snapshot: enough to recognise it in review. */
export const SECTION_TEXT_CHARS = 80;

export interface SnapshotSection {
  path: string;
  label: Label;
  ruleIds: string[];
  reasons: string[];
  text: string;
}

export interface SeedSnapshot {
  sections: SnapshotSection[];
  article: {
    title: string;
    byline: string;
    published: string;
    siteName: string;
    lang: string;
    wordCount: number;
    absentReason: string;
    /** `article.text` split at its blank lines: one paragraph per line of the diff. */
    paragraphs: string[];
  };
  paywall: { type: PaywallType; evidence: Array<{ ruleId: string; reason: string }> };
}

/** Every folder under seeds/ that holds a source.html, sorted by name. */
export function seedSlugs(): string[] {
  return readdirSync(SEEDS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(resolve(SEEDS_DIR, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
}

export function seedFile(slug: string, name: string): string {
  return resolve(SEEDS_DIR, slug, name);
}

/** Parses a seed's source.html with jsdom (no scripts run, nothing is fetched). */
export function parseSeed(slug: string): { doc: Document; close: () => void } {
  const html = readFileSync(seedFile(slug, 'source.html'), 'utf8');
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, close: () => dom.window.close() };
}

function cut(text: string): string {
  return text.length > SECTION_TEXT_CHARS ? `${text.slice(0, SECTION_TEXT_CHARS - 1)}…` : text;
}

export function toSnapshot(result: Classification): SeedSnapshot {
  const { article, paywall } = result;
  return {
    sections: result.sections.map((section) => ({
      path: elementPath(section.element),
      label: section.label,
      ruleIds: [...section.ruleIds],
      reasons: [...section.reasons],
      text: cut(section.text),
    })),
    article: {
      title: article.title,
      byline: article.byline,
      published: article.published,
      siteName: article.siteName,
      lang: article.lang,
      wordCount: article.wordCount,
      absentReason: article.absentReason,
      paragraphs: article.text ? article.text.split('\n\n') : [],
    },
    paywall: { type: paywall.type, evidence: paywall.evidence.map((e) => ({ ruleId: e.ruleId, reason: e.reason })) },
  };
}

/** Classifies a seed and returns its snapshot. */
export function snapshotSeed(slug: string): SeedSnapshot {
  const { doc, close } = parseSeed(slug);
  try {
    return toSnapshot(classify(doc));
  } finally {
    close();
  }
}

/** The exact text of expected.json: two-space JSON with a final newline. */
export function serialiseSnapshot(snapshot: SeedSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
