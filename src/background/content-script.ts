import browser from '../shared/browser.js';
import contentScriptFile from '../content/main.iife.ts?script';
import { parseContentState, type ContentRequest, type ContentState } from '../shared/messages.js';

/** The built content script's path inside the extension (one self-contained IIFE file). */
export const CONTENT_SCRIPT_FILE = contentScriptFile;

/** Sends a request to the content script of a tab's top frame; rejects when none listens. */
export function sendToContent(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

/** The content script's state, or null when it is not in the tab yet (or the tab is gone). */
export async function pingContent(tabId: number): Promise<ContentState | null> {
  try {
    return parseContentState(await sendToContent(tabId, { type: 'sift:ping' }));
  } catch {
    return null;
  }
}

/** Makes sure the content script runs in the tab's top frame; injecting twice is a no-op there. */
export async function ensureContentScript(tabId: number): Promise<ContentState> {
  const state = await pingContent(tabId);
  if (state) return state;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  const injected = await pingContent(tabId);
  if (!injected) throw new Error('content script did not answer');
  return injected;
}
