import { describe, expect, it } from 'vitest';
import { articleAsMarkdown, articleAsText, escapeMarkdown, metaParts, paragraphs, readableDate } from '../src/popup/article-format.js';
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

  it("shows the date in the reader's language, the calendar day the page gave, and copies keep it as ISO", () => {
    expect(metaParts(article, '1 min read', 'en-US')).toEqual(['Ada Marsh', 'Apr 12, 2024', '1 min read']);
    expect(metaParts(article, '1 Min. Lesezeit', 'de')).toEqual(['Ada Marsh', '12.04.2024', '1 Min. Lesezeit']);
    // Late on a day in a zone behind UTC is still that day.
    expect(readableDate('2024-11-18T23:30:00-08:00', 'en-GB')).toBe('18 Nov 2024');
    expect(metaParts(article, '1 min read')).toContain('2024-04-12');
  });

  it('leaves a date it cannot read as the page wrote it', () => {
    expect(readableDate('2024-13-40', 'en-US')).toBe('2024-13-40');
    expect(readableDate('Tuesday, Aug. 17, 2010', 'en-US')).toBe('Tuesday, Aug. 17, 2010');
    expect(readableDate('2024-04-12', 'not a locale!')).toBe('2024-04-12');
    expect(readableDate('', 'en-US')).toBe('');
  });
});
