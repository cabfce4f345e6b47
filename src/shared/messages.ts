/**
 * Every message Sift's parts exchange, typed and validated on arrival: a message that does not match
 * its schema, or that comes from an unexpected sender, is dropped.
 */
import { LABELS, PAYWALL_TYPES, type ArticleInfo, type Label, type PaywallType } from '../classifier/types.js';
import { LANGUAGES } from '../classifier/phrases/stop-words.js';
import { HIDEABLE_LABELS, type HideableLabel } from './settings.js';

// ---- extension pages (popup, options) → background ----
export type BackgroundRequest =
  | { type: 'sift:toggle'; tabId: number }
  | { type: 'sift:summary'; tabId: number }
  | { type: 'sift:site-add'; tabId: number }
  | { type: 'sift:site-remove'; origin: string }
  | { type: 'sift:command'; command: string; tabId: number };

// ---- content script → background ----
export type ContentReport =
  | { type: 'sift:ready' }
  | { type: 'sift:state'; on: boolean; hiddenCount: number }
  /** The page wants these languages' phrase books (the content script carries English's only). */
  | { type: 'sift:phrase-books'; langs: string[] };

// ---- background → content script ----
export type ContentRequest =
  | { type: 'sift:set'; on: boolean; hide: HideableLabel[]; readingLayout: boolean }
  | { type: 'sift:ping' }
  | { type: 'sift:summary'; hide: HideableLabel[] };

export interface ContentState {
  on: boolean;
  hiddenCount: number;
  /** Set when clean view was asked for on a page without an article: it stays off (a quiet no-op). */
  noArticle?: boolean;
}

export interface HiddenBlock {
  label: Label;
  reasons: string[];
  text: string;
}

/**
 * The classifier's article without its HTML (the popup shows text, page markup never reaches it)
 * and without the id of a missing article's reason (the content script has put its words in).
 */
export type ArticleSummary = Omit<ArticleInfo, 'html' | 'absentId'>;

export interface PageSummary {
  url: string;
  on: boolean;
  paywall: { type: PaywallType; evidence: Array<{ ruleId: string; reason: string }> };
  /** Blocks clean view hides (when on) or would hide (when off), in document order. */
  blocks: HiddenBlock[];
  article: ArticleSummary;
}

export type SummaryResult =
  | { status: 'ok'; summary: PageSummary }
  | { status: 'restricted' }
  | { status: 'error'; message: string };

export type ToggleResult = { status: 'ok'; state: ContentState } | { status: 'restricted' } | { status: 'error'; message: string };

export type ReadyReply = { autoClean: boolean; hide: HideableLabel[]; readingLayout: boolean };

// ---- validation ----
type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTabId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isHideList = (value: unknown): value is HideableLabel[] =>
  Array.isArray(value) && value.every((label) => (HIDEABLE_LABELS as readonly unknown[]).includes(label));

export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!isObj(message)) return null;
  switch (message.type) {
    case 'sift:toggle':
    case 'sift:summary':
    case 'sift:site-add':
      return isTabId(message.tabId) ? { type: message.type, tabId: message.tabId } : null;
    case 'sift:site-remove':
      return isString(message.origin) ? { type: message.type, origin: message.origin } : null;
    case 'sift:command':
      return isString(message.command) && isTabId(message.tabId)
        ? { type: message.type, command: message.command, tabId: message.tabId }
        : null;
    default:
      return null;
  }
}

export function parseContentReport(message: unknown): ContentReport | null {
  if (!isObj(message)) return null;
  if (message.type === 'sift:ready') return { type: 'sift:ready' };
  if (message.type === 'sift:state' && typeof message.on === 'boolean' && isTabId(message.hiddenCount)) {
    return { type: 'sift:state', on: message.on, hiddenCount: message.hiddenCount };
  }
  // Only languages Sift has books for, each once: the names become file paths in the background.
  if (message.type === 'sift:phrase-books' && isStringArray(message.langs) && message.langs.length > 0) {
    const langs = message.langs;
    if (langs.every((lang, i) => lang !== 'en' && LANGUAGES.includes(lang) && langs.indexOf(lang) === i)) return { type: 'sift:phrase-books', langs: [...langs] };
  }
  return null;
}

export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isObj(message)) return null;
  if (message.type === 'sift:ping') return { type: 'sift:ping' };
  if (message.type === 'sift:summary' && isHideList(message.hide)) return { type: 'sift:summary', hide: message.hide };
  if (message.type === 'sift:set' && typeof message.on === 'boolean' && isHideList(message.hide) && typeof message.readingLayout === 'boolean') {
    return { type: 'sift:set', on: message.on, hide: message.hide, readingLayout: message.readingLayout };
  }
  return null;
}

export function parseContentState(value: unknown): ContentState | null {
  if (!isObj(value) || typeof value.on !== 'boolean' || !isTabId(value.hiddenCount)) return null;
  return value.noArticle === true ? { on: value.on, hiddenCount: value.hiddenCount, noArticle: true } : { on: value.on, hiddenCount: value.hiddenCount };
}

export function parseReadyReply(value: unknown): ReadyReply | null {
  return isObj(value) && typeof value.autoClean === 'boolean' && isHideList(value.hide) && typeof value.readingLayout === 'boolean'
    ? { autoClean: value.autoClean, hide: value.hide, readingLayout: value.readingLayout }
    : null;
}

/** Checks a summary that crossed a process boundary before the popup renders it (as text only). */
export function parsePageSummary(value: unknown): PageSummary | null {
  if (!isObj(value) || !isString(value.url) || typeof value.on !== 'boolean') return null;
  const { paywall, article, blocks } = value;
  if (!isObj(paywall) || !(PAYWALL_TYPES as readonly unknown[]).includes(paywall.type) || !Array.isArray(paywall.evidence)) return null;
  const evidence = paywall.evidence.filter((e): e is { ruleId: string; reason: string } => isObj(e) && isString(e.ruleId) && isString(e.reason));
  if (!Array.isArray(blocks)) return null;
  const parsedBlocks = blocks.filter(
    (b): b is HiddenBlock => isObj(b) && (LABELS as readonly unknown[]).includes(b.label) && isStringArray(b.reasons) && isString(b.text),
  );
  if (!isObj(article)) return null;
  const strings = ['title', 'byline', 'published', 'siteName', 'lang', 'text', 'absentReason'] as const;
  if (!strings.every((key) => isString(article[key]))) return null;
  if (typeof article.wordCount !== 'number' || typeof article.readingMinutes !== 'number') return null;
  return {
    url: value.url,
    on: value.on,
    paywall: { type: paywall.type as PaywallType, evidence },
    blocks: parsedBlocks.map((b) => ({ label: b.label, reasons: b.reasons, text: b.text })),
    article: {
      title: article.title as string,
      byline: article.byline as string,
      published: article.published as string,
      siteName: article.siteName as string,
      lang: article.lang as string,
      text: article.text as string,
      absentReason: article.absentReason as string,
      wordCount: article.wordCount,
      readingMinutes: article.readingMinutes,
    },
  };
}

/** Minimal view of a message sender, so the checks below are testable without a browser. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A message from one of Sift's own pages (popup, options): same extension id, own origin, no tab frame of a web page. */
export function isFromExtensionPage(sender: SenderLike, extensionId: string, extensionBaseUrl: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionBaseUrl);
}

/** A message from Sift's content script: same extension id, sent from a web page's top frame. */
export function isFromOwnContentScript(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId && isTabId(sender.tab?.id) && (sender.frameId ?? 0) === 0;
}
