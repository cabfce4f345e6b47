import { loadSettings } from '../shared/storage.js';
import { isRestrictedUrl } from './restricted.js';
import { arrivedTab } from './arrived-tab.js';
import { ensureContentScript, sendToContent } from './content-script.js';
import { showBadge } from './badge.js';
import { parseContentState, parsePageSummary, type SummaryResult, type ToggleResult } from '../shared/messages.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Why Sift cannot work on the tab now, or null when it can: the page it is about to show has not
 * arrived in time, or the page is one no extension may script.
 */
async function cannotWork(tabId: number): Promise<{ status: 'error'; message: string } | { status: 'restricted' } | null> {
  const tab = await arrivedTab(tabId);
  if (!tab) return { status: 'error', message: 'the page has not arrived yet' };
  return isRestrictedUrl(tab.url) ? { status: 'restricted' } : null;
}

/**
 * Turns clean view on or off in a tab. The popup button, the keyboard shortcut and the context menu
 * all end here, so they behave the same.
 */
export async function toggleCleanView(tabId: number, force?: boolean): Promise<ToggleResult> {
  try {
    const refusal = await cannotWork(tabId);
    if (refusal) return refusal;
    const current = await ensureContentScript(tabId);
    const settings = await loadSettings();
    const on = force ?? !current.on;
    const reply = await sendToContent(tabId, { type: 'sift:set', on, hide: settings.hide, readingLayout: settings.readingLayout });
    const state = parseContentState(reply);
    if (!state) return { status: 'error', message: 'no answer from the page' };
    await showBadge(tabId, state.on, state.hiddenCount, state.noArticle);
    return { status: 'ok', state };
  } catch (error) {
    return isInjectionRefusal(error) ? { status: 'restricted' } : { status: 'error', message: message(error) };
  }
}

/** What the popup shows: the page's verdict, blocks and article, read by the content script. */
export async function summarize(tabId: number): Promise<SummaryResult> {
  try {
    const refusal = await cannotWork(tabId);
    if (refusal) return refusal;
    await ensureContentScript(tabId);
    const settings = await loadSettings();
    const summary = parsePageSummary(await sendToContent(tabId, { type: 'sift:summary', hide: settings.hide }));
    return summary ? { status: 'ok', summary } : { status: 'error', message: 'no answer from the page' };
  } catch (error) {
    return isInjectionRefusal(error) ? { status: 'restricted' } : { status: 'error', message: message(error) };
  }
}

/** The browser refused to script the page (no permission, a browser page, a store, a PDF viewer). */
function isInjectionRefusal(error: unknown): boolean {
  return /cannot (be )?script|cannot access|missing host permission|permission|not allowed|extensions gallery/i.test(message(error));
}
