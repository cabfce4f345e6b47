/**
 * Sift's content script, injected on demand (scripting.executeScript) or registered for sites the
 * user chose to clean always. Bundled as one self-contained file. It answers the background only.
 */
import { contentBrowser } from '../shared/content-browser.js';
import { addPhraseBooks, classifyText } from '../classifier/classify-text.js';
import type { PhraseBook } from '../classifier/phrases/types.js';
import { PHRASE_BOOKS_GLOBAL } from '../shared/constants.js';
import type { Classification, Label } from '../classifier/types.js';
import {
  parseContentRequest,
  parseReadyReply,
  type ContentRequest,
  type ContentState,
  type PageSummary,
} from '../shared/messages.js';
import { waitForArticle } from './article-wait.js';
import { explain } from './explain.js';
import { CleanSession } from './session.js';
import { pageSummary } from './summary.js';

const GUARD = '__siftContentScript';
// Not src/shared/browser.ts: the content script's four calls do without the polyfill (see there).
const extension = contentBrowser();

function translate(key: string, substitutions?: string[], fallback = ''): string {
  try {
    return extension.getMessage(key, substitutions) || fallback;
  } catch {
    return fallback;
  }
}

function start(): void {
  let session: CleanSession | null = null;
  /** Set once the user toggled: an automatic start must not override the user's choice. */
  let explicit = false;
  /** Stops waiting for a script-built article on an always-clean site (see article-wait.ts). */
  let stopWaiting: (() => void) | null = null;

  const state = (): ContentState => ({ on: session !== null, hiddenCount: session?.blocks.length ?? 0 });
  const report = () => {
    extension.sendMessage({ type: 'sift:state', ...state() }).catch(() => undefined);
  };
  /** The phrase books the background has put beside this script so far. */
  const books = () => (globalThis as typeof globalThis & { [PHRASE_BOOKS_GLOBAL]?: Record<string, PhraseBook | string> })[PHRASE_BOOKS_GLOBAL] ?? {};
  const classifyPage = async (): Promise<Classification> => {
    addPhraseBooks(books());
    let classification = classifyText(document, { url: location.href });
    const missing = classification.missingPhraseBooks;
    // A page in a language other than English: its book comes once, then the page is read again
    // (the later readings of this page, late content included, have it from the start).
    if (missing) {
      await extension.sendMessage({ type: 'sift:phrase-books', langs: missing }).catch(() => undefined);
      if (missing.some((lang) => books()[lang])) {
        addPhraseBooks(books());
        classification = classifyText(document, { url: location.href });
      }
    }
    return explain(classification, translate);
  };

  /** Counts the requests that set clean view: one that waited for a phrase book yields to any that came after it. */
  let generation = 0;
  /** Starts clean view; false on a page without an article, where hiding "everything else" would blank it. */
  const turnOn = async (hide: readonly Label[], layout: boolean): Promise<boolean> => {
    if (session) return true;
    const mine = generation;
    const classification = await classifyPage();
    if (session || mine !== generation) return true;
    if (classification.article.absentId) return false;
    session = new CleanSession(document, classification, { hide: new Set(hide), readingLayout: layout, translate, onChange: report });
    return true;
  };
  const turnOff = () => {
    session?.revert();
    session = null;
  };

  const summary = async (hide: readonly Label[]): Promise<PageSummary> =>
    pageSummary(location.href, session !== null, await classifyPage(), session?.blocks ?? null, new Set(hide));

  const handle = async (request: ContentRequest): Promise<ContentState | PageSummary> => {
    switch (request.type) {
      case 'sift:ping':
        return state();
      case 'sift:summary':
        return summary(request.hide);
      case 'sift:set':
        explicit = true;
        stopWaiting?.();
        generation++;
        if (!request.on) turnOff();
        else if (!(await turnOn(request.hide, request.readingLayout))) return { ...state(), noArticle: true };
        return state();
    }
  };

  extension.onMessage((message, sender) => {
    if (sender.id !== extension.id) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    return handle(request).catch((error: unknown) => Promise.reject(error instanceof Error ? error : new Error(String(error))));
  });

  // The page leaves (or goes into the back-forward cache): stop watching. Only the browser's own
  // events count: a page that dispatched a fake pagehide would otherwise blind the watcher.
  addEventListener('pagehide', (event) => {
    if (event.isTrusted) session?.pause();
  });
  // Back from the back-forward cache, the page is exactly as the user left it, clean view included:
  // it stays on and the watcher resumes (the background's ping on tabs.onUpdated redraws the badge).
  addEventListener('pageshow', (event) => {
    if (event.isTrusted && event.persisted) session?.resume();
  });

  // Registered for an always-clean site: ask the background whether to start.
  extension
    .sendMessage({ type: 'sift:ready' })
    .then(async (reply: unknown) => {
      const ready = parseReadyReply(reply);
      if (!ready?.autoClean || explicit) return;
      // Done once clean view is on, or once the reader has pressed (their choice wins).
      const tryStart = async () => {
        if (explicit) return true;
        const on = await turnOn(ready.hide, ready.readingLayout);
        if (on) report();
        return on;
      };
      // No article yet: the page may still be building it by script.
      if (!(await tryStart()) && !explicit) stopWaiting = waitForArticle(document, tryStart);
    })
    .catch(() => undefined);
}

// Injected twice into the same page (popup, then shortcut): the first copy keeps serving.
const scope = globalThis as typeof globalThis & { [GUARD]?: boolean };
if (!scope[GUARD]) {
  scope[GUARD] = true;
  start();
}
