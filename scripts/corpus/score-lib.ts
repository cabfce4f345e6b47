/**
 * Scores a cleaner over ../shared/corpus the way its README says: article snippets must be in
 * the cleaned text, boilerplate snippets must not, paywall type must match.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { classify } from '../../src/classifier/index.js';
import { collapse, visibleText } from '../../src/classifier/dom.js';

export interface CorpusLabel {
  id: string;
  file: string;
  url?: string;
  language: string;
  page_type: 'article' | 'front_page';
  paywall: { type: string; reason: string };
  article: string[];
  boilerplate: Array<{ kind: string; snippet: string }>;
}

export interface PageScore {
  id: string;
  articleFound: number;
  articleTotal: number;
  missed: string[];
  leaked: Array<{ kind: string; snippet: string }>;
  boilerplateByKind: Record<string, { removed: number; total: number }>;
  /**
   * For each boilerplate snippet the cleaner removed, the label of the smallest section holding it
   * ('' when no one section holds it whole, or the cleaner gives no sections): what the popup
   * counts it as.
   */
  named: Array<{ kind: string; label: string; snippet: string }>;
  paywallExpected: string;
  paywallGot: string;
  noArticleExpected: boolean;
  noArticleGot: boolean;
}

export type Cleaner = (
  doc: Document,
  url: string | undefined,
) => { text: string; paywall: string; noArticle: boolean; sections?: Array<{ label: string; text: string }> };

export function corpusDir(root: string): string {
  return resolve(root, '../shared/corpus');
}

export function loadLabels(dir: string): CorpusLabel[] | null {
  const file = resolve(dir, 'labels.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as CorpusLabel[];
}

export function parsePage(dir: string, label: CorpusLabel): Document {
  const html = readFileSync(resolve(dir, label.file), 'utf8');
  return new JSDOM(html, { url: label.url ?? 'https://example.invalid/', virtualConsole: new VirtualConsole() }).window.document;
}

export const siftCleaner: Cleaner = (doc, url) => {
  const result = classify(doc, { url });
  const sections = result.sections.map((section) => ({ label: section.label, text: visibleText(section.element) }));
  return { text: collapse(result.article.text), paywall: result.paywall.type, noArticle: result.article.absentReason !== '', sections };
};

export const readabilityCleaner: Cleaner = (doc) => {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone).parse();
  if (!parsed?.content) return { text: '', paywall: 'n/a', noArticle: true };
  const holder = new JSDOM(`<body>${parsed.content}</body>`).window.document.body;
  return { text: visibleText(holder), paywall: 'n/a', noArticle: false };
};

/** The label of the smallest section whose text holds `snippet`, or '' when none does. */
export function sectionLabelOf(snippet: string, sections: Array<{ label: string; text: string }>): string {
  let best: { label: string; text: string } | null = null;
  for (const section of sections) {
    if (section.text.includes(snippet) && (!best || section.text.length < best.text.length)) best = section;
  }
  return best?.label ?? '';
}

export function scorePage(label: CorpusLabel, cleaned: ReturnType<Cleaner>): PageScore {
  const text = cleaned.text;
  const missed = label.article.filter((snippet) => !text.includes(collapse(snippet)));
  const leaked = label.boilerplate.filter((b) => text.includes(collapse(b.snippet)));
  const boilerplateByKind: PageScore['boilerplateByKind'] = {};
  const named: PageScore['named'] = [];
  for (const b of label.boilerplate) {
    const entry = (boilerplateByKind[b.kind] ??= { removed: 0, total: 0 });
    entry.total++;
    const snippet = collapse(b.snippet);
    if (text.includes(snippet)) continue;
    entry.removed++;
    named.push({ kind: b.kind, label: sectionLabelOf(snippet, cleaned.sections ?? []), snippet: b.snippet });
  }
  return {
    id: label.id,
    articleFound: label.article.length - missed.length,
    articleTotal: label.article.length,
    missed,
    leaked,
    boilerplateByKind,
    named,
    paywallExpected: label.paywall.type,
    paywallGot: cleaned.paywall,
    noArticleExpected: label.page_type === 'front_page',
    noArticleGot: cleaned.noArticle,
  };
}

export interface Summary {
  pages: number;
  articleKept: number;
  removedByKind: Record<string, number>;
  removedCounts: Record<string, { removed: number; total: number }>;
  /** Of the removed snippets of each kind, how many sit in a section labelled as that kind. */
  namedCounts: Record<string, { right: number; total: number }>;
  paywallRight: number;
  cleanPages: number;
  frontPagesRight: number;
}

const APPEAL_KINDS = ['donation_appeal', 'subscription_upsell', 'paywall'];

export function summarise(scores: PageScore[]): Summary {
  let found = 0;
  let total = 0;
  let paywallRight = 0;
  let cleanPages = 0;
  let frontPagesRight = 0;
  const counts: Record<string, { removed: number; total: number }> = {};
  const namedCounts: Summary['namedCounts'] = {};
  for (const score of scores) {
    for (const { kind, label } of score.named) {
      const entry = (namedCounts[kind] ??= { right: 0, total: 0 });
      entry.total++;
      if (label === kind) entry.right++;
    }
    found += score.articleFound;
    total += score.articleTotal;
    if (score.paywallExpected === score.paywallGot) paywallRight++;
    for (const [kind, entry] of Object.entries(score.boilerplateByKind)) {
      const sum = (counts[kind] ??= { removed: 0, total: 0 });
      sum.removed += entry.removed;
      sum.total += entry.total;
    }
    if (score.missed.length === 0 && !score.leaked.some((b) => APPEAL_KINDS.includes(b.kind))) cleanPages++;
    if (score.noArticleExpected && score.noArticleGot) frontPagesRight++;
  }
  const removedByKind: Record<string, number> = {};
  for (const [kind, entry] of Object.entries(counts)) removedByKind[kind] = entry.total === 0 ? 1 : entry.removed / entry.total;
  return { pages: scores.length, articleKept: total === 0 ? 1 : found / total, removedByKind, removedCounts: counts, namedCounts, paywallRight: scores.length === 0 ? 0 : paywallRight / scores.length, cleanPages, frontPagesRight };
}

/** Scores every corpus page with one cleaner. Pages are parsed once per call. */
export function scoreCorpus(dir: string, cleaner: Cleaner, only?: (label: CorpusLabel) => boolean): PageScore[] | null {
  const labels = loadLabels(dir);
  if (!labels) return null;
  return labels.filter((label) => !only || only(label)).map((label) => {
    const doc = parsePage(dir, label);
    try {
      return scorePage(label, cleaner(doc, label.url));
    } finally {
      doc.defaultView?.close();
    }
  });
}
