import type { ArticleSummary } from '../shared/messages.js';

/** The article's paragraphs (its text has paragraphs separated by blank lines). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * A date the classifier gave as YYYY-MM-DD (a time may follow) in the reader's language, "1 May
 * 2024" or "01.05.2024"; without a locale, that YYYY-MM-DD; anything else as the page wrote it.
 * Read as a calendar day: no time zone moves it to the day before.
 */
export function readableDate(published: string, locale?: string): string {
  const match = /^(\d{4})-(\d\d)-(\d\d)/.exec(published);
  if (!match) return published;
  if (!locale) return match[0];
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return match[0];
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return match[0];
  }
}

/**
 * "Byline · 2024-05-01 · 4 min read" parts, empty ones left out; with `locale`, the date as the
 * reader writes it (the popup's line). Copies keep the ISO date: unambiguous wherever pasted.
 */
export function metaParts(article: ArticleSummary, readingTime: string, locale?: string): string[] {
  return [article.byline, readableDate(article.published, locale), article.readingMinutes > 0 ? readingTime : ''].filter(Boolean);
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
