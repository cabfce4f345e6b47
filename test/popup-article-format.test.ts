import { describe, expect, it } from 'vitest';
import { articleAsMarkdown, articleAsText, escapeMarkdown, paragraphs } from '../src/popup/article-format.js';
import type { ArticleSummary } from '../src/shared/messages.js';

const article: ArticleSummary = {
  title: 'Floods *hit* the valley',
  byline: 'Ada Marsh',
  published: '2024-04-12T10:00:00Z',
  siteName: 'The Daily Ledger',
  lang: 'en',
  text: 'First   paragraph\nwraps.\n\n# Not a heading\n\n\n- not a list <b>tag</b>',
  wordCount: 12,
  readingMinutes: 1,
  absentReason: '',
};

describe('article formats', () => {
  it('splits paragraphs on blank lines and collapses whitespace', () => {
    expect(paragraphs(article.text)).toEqual(['First paragraph wraps.', '# Not a heading', '- not a list <b>tag</b>']);
  });

  it('copies plain text with title, meta line, paragraphs and source', () => {
    expect(articleAsText(article, 'https://example.org/a', '1 min read')).toBe(
      'Floods *hit* the valley\n\nAda Marsh · 2024-04-12 · 1 min read\n\nFirst paragraph wraps.\n\n# Not a heading\n\n- not a list <b>tag</b>\n\nhttps://example.org/a\n',
    );
  });

  it('copies Markdown in which page text cannot become markup', () => {
    expect(articleAsMarkdown(article, 'https://example.org/a', '1 min read')).toBe(
      '# Floods \\*hit\\* the valley\n\n*Ada Marsh · 2024-04-12 · 1 min read*\n\nFirst paragraph wraps.\n\n\\# Not a heading\n\n\\- not a list \\<b\\>tag\\</b\\>\n\n<https://example.org/a>\n',
    );
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(articleAsMarkdown({ ...article, title: '' }, 'javascript:alert(1)', '')).not.toContain('javascript:');
  });
});
