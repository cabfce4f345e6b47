import type { ArticleSummary } from '../shared/messages.js';

/** The article's paragraphs (its text has paragraphs separated by blank lines). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** "Byline · 2024-05-01 · 4 min read" parts, empty ones left out. */
export function metaParts(article: ArticleSummary, readingTime: string): string[] {
  return [article.byline, article.published.slice(0, 10), article.readingMinutes > 0 ? readingTime : ''].filter(Boolean);
}

/** Plain text: title, meta line, paragraphs, source. */
export function articleAsText(article: ArticleSummary, url: string, readingTime: string): string {
  const meta = metaParts(article, readingTime).join(' · ');
  return [article.title, meta, ...paragraphs(article.text), url].filter(Boolean).join('\n\n') + '\n';
}

/** Escapes what Markdown would read as markup, so page text stays text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#+-])(\s)/, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/, '$1$2\\.$3');
}

/** Markdown: `# title`, an italic meta line, paragraphs, and the source link. */
export function articleAsMarkdown(article: ArticleSummary, url: string, readingTime: string): string {
  const meta = metaParts(article, readingTime).map(escapeMarkdown).join(' · ');
  const parts = [
    article.title ? `# ${escapeMarkdown(article.title)}` : '',
    meta ? `*${meta}*` : '',
    ...paragraphs(article.text).map(escapeMarkdown),
    /^https?:\/\//.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : '',
  ];
  return parts.filter(Boolean).join('\n\n') + '\n';
}
