/**
 * Sift's content script, injected on demand (scripting.executeScript) or registered for sites the
 * user chose to clean always. Bundled as one self-contained file. It answers the background only.
 */
import { contentBrowser } from '../shared/content-browser.js';
import { classifyText } from '../classifier/index.js';
import type { Classification, Label } from '../classifier/types.js';
import {
  parseContentRequest,
  parseReadyReply,
  type ContentRequest,
  type ContentState,
  type PageSummary,
} from '../shared/messages.js';
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

  const state = (): ContentState => ({ on: session !== null, hiddenCount: session?.blocks.length ?? 0 });
  const report = () => {
    extension.sendMessage({ type: 'sift:state', ...state() }).catch(() => undefined);
  };
  const classifyPage = (): Classification => explain(classifyText(document, { url: location.href }), translate);

  /** Starts clean view; false on a page without an article, where hiding "everything else" would blank it. */
  const turnOn = (hide: readonly Label[], layout: boolean): boolean => {
    if (session) return true;
    const classification = classifyPage();
    if (classification.article.absentId) return false;
    session = new CleanSession(document, classification, { hide: new Set(hide), readingLayout: layout, translate, onChange: report });
    return true;
  };
  const turnOff = () => {
    session?.revert();
    session = null;
  };

  const summary = (hide: readonly Label[]): PageSummary => pageSummary(location.href, session !== null, classifyPage(), session?.blocks ?? null, new Set(hide));

  const handle = (request: ContentRequest): ContentState | PageSummary => {
    switch (request.type) {
      case 'sift:ping':
        return state();
      case 'sift:summary':
        return summary(request.hide);
      case 'sift:set':
        explicit = true;
        if (!request.on) turnOff();
        else if (!turnOn(request.hide, request.readingLayout)) return { ...state(), noArticle: true };
        return state();
    }
  };

  extension.onMessage((message, sender) => {
    if (sender.id !== extension.id) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    try {
      return Promise.resolve(handle(request));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
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
    .then((reply: unknown) => {
      const ready = parseReadyReply(reply);
      if (ready?.autoClean && !explicit) {
        turnOn(ready.hide, ready.readingLayout);
        report();
      }
    })
    .catch(() => undefined);
}

// Injected twice into the same page (popup, then shortcut): the first copy keeps serving.
const scope = globalThis as typeof globalThis & { [GUARD]?: boolean };
if (!scope[GUARD]) {
  scope[GUARD] = true;
  start();
}
