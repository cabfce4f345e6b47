import { describe, expect, it } from 'vitest';
import {
  isFromExtensionPage,
  isFromOwnContentScript,
  parseBackgroundRequest,
  parseContentReport,
  parseContentRequest,
  parsePageSummary,
  parseReadyReply,
} from '../src/shared/messages.js';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('background requests', () => {
  it.each([
    [{ type: 'sift:toggle', tabId: 4 }, { type: 'sift:toggle', tabId: 4 }],
    [{ type: 'sift:summary', tabId: 0, extra: 'dropped' }, { type: 'sift:summary', tabId: 0 }],
    [{ type: 'sift:site-add', tabId: 9 }, { type: 'sift:site-add', tabId: 9 }],
    [{ type: 'sift:site-remove', origin: 'https://example.org' }, { type: 'sift:site-remove', origin: 'https://example.org' }],
    [{ type: 'sift:command', command: 'toggle-clean-view', tabId: 2 }, { type: 'sift:command', command: 'toggle-clean-view', tabId: 2 }],
  ])('accepts %j', (message, expected) => {
    expect(parseBackgroundRequest(message)).toEqual(expected);
  });

  it.each([null, 'sift:toggle', [], {}, { type: 'sift:toggle' }, { type: 'sift:toggle', tabId: -1 }, { type: 'sift:toggle', tabId: 1.5 }, { type: 'sift:toggle', tabId: '3' }, { type: 'sift:site-remove', origin: 7 }, { type: 'eval', code: 'x' }])(
    'rejects %j',
    (message) => {
      expect(parseBackgroundRequest(message)).toBeNull();
    },
  );
});

describe('content requests and reports', () => {
  it('accepts only well-formed set requests with known kinds', () => {
    expect(parseContentRequest({ type: 'sift:set', on: true, hide: ['ad', 'navigation'], readingLayout: false })).toEqual({
      type: 'sift:set',
      on: true,
      hide: ['ad', 'navigation'],
      readingLayout: false,
    });
    expect(parseContentRequest({ type: 'sift:set', on: true, hide: ['article'], readingLayout: false })).toBeNull();
    expect(parseContentRequest({ type: 'sift:set', on: 'yes', hide: [], readingLayout: false })).toBeNull();
    expect(parseContentRequest({ type: 'sift:summary', hide: 'all' })).toBeNull();
    expect(parseContentRequest({ type: 'sift:ping' })).toEqual({ type: 'sift:ping' });
  });

  it('accepts state reports with a whole, non-negative count', () => {
    expect(parseContentReport({ type: 'sift:state', on: true, hiddenCount: 3 })).toEqual({ type: 'sift:state', on: true, hiddenCount: 3 });
    expect(parseContentReport({ type: 'sift:state', on: true, hiddenCount: -3 })).toBeNull();
    expect(parseContentReport({ type: 'sift:ready', spoof: true })).toEqual({ type: 'sift:ready' });
    expect(parseReadyReply({ autoClean: true, hide: ['ad'], readingLayout: false })).toEqual({ autoClean: true, hide: ['ad'], readingLayout: false });
    expect(parseReadyReply({ autoClean: 1, hide: [], readingLayout: false })).toBeNull();
  });

  it('asks for phrase books by the names of languages Sift has books for, each once, never English’s or a path', () => {
    expect(parseContentReport({ type: 'sift:phrase-books', langs: ['de', 'fr'] })).toEqual({ type: 'sift:phrase-books', langs: ['de', 'fr'] });
    for (const langs of [[], ['en'], ['de', 'de'], ['pl'], ['../background'], ['de', 3], 'de', undefined]) {
      expect(parseContentReport({ type: 'sift:phrase-books', langs }), JSON.stringify(langs)).toBeNull();
    }
  });
});

describe('page summaries', () => {
  const summary = {
    url: 'https://example.org/a',
    on: false,
    paywall: { type: 'soft', evidence: [{ ruleId: 'r', reason: 'why' }, { ruleId: 3 }] },
    blocks: [{ label: 'ad', reasons: ['x'], text: 't' }, { label: 'nonsense', reasons: [], text: '' }],
    article: { title: 'T', byline: '', published: '', siteName: '', lang: 'en', text: 'a\n\nb', wordCount: 2, readingMinutes: 1, absentReason: '' },
  };
  it('keeps valid parts and drops malformed entries', () => {
    const parsed = parsePageSummary(summary)!;
    expect(parsed.paywall.evidence).toEqual([{ ruleId: 'r', reason: 'why' }]);
    expect(parsed.blocks).toEqual([{ label: 'ad', reasons: ['x'], text: 't' }]);
    expect(parsed.article.title).toBe('T');
  });
  it('rejects a summary with an unknown paywall type or a broken article', () => {
    expect(parsePageSummary({ ...summary, paywall: { type: 'huge', evidence: [] } })).toBeNull();
    expect(parsePageSummary({ ...summary, article: { ...summary.article, text: 5 } })).toBeNull();
  });
});

describe('senders', () => {
  it('trusts extension pages of this extension only', () => {
    expect(isFromExtensionPage({ id: ID, url: `${BASE}src/popup/index.html` }, ID, BASE)).toBe(true);
    expect(isFromExtensionPage({ id: 'other', url: `${BASE}src/popup/index.html` }, ID, BASE)).toBe(false);
    expect(isFromExtensionPage({ id: ID, url: 'https://evil.example/', tab: { id: 3 } }, ID, BASE)).toBe(false);
    expect(isFromExtensionPage({ id: ID }, ID, BASE)).toBe(false);
  });
  it('trusts its content script in a top frame only', () => {
    expect(isFromOwnContentScript({ id: ID, tab: { id: 3 }, frameId: 0 }, ID)).toBe(true);
    expect(isFromOwnContentScript({ id: ID, tab: { id: 3 }, frameId: 2 }, ID)).toBe(false);
    expect(isFromOwnContentScript({ id: ID }, ID)).toBe(false);
    expect(isFromOwnContentScript({ id: 'other', tab: { id: 3 } }, ID)).toBe(false);
  });
});
