import browser, { type Tabs } from '../shared/browser.js';
import { isRestrictedUrl } from './restricted.js';

/** How long a press waits for a navigation under way to be answered. */
export const ARRIVAL_LIMIT_MS = 10_000;
const POLL_MS = 50;
/**
 * Firefox's tabs carry no `pendingUrl`. Chrome's do, and there the guess below would misfire: a
 * frame added after the page's load turns Chrome's tab back to "loading" (Firefox's stays complete).
 */
const SHOWS_PENDING_URL = !browser.runtime.getURL('').startsWith('moz-extension:');

/** The top document's readyState, read without waiting for the page to settle; null if refused. */
async function readyState(tabId: number): Promise<unknown> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, injectImmediately: true, func: () => document.readyState });
    return frame?.result ?? null;
  } catch {
    return null;
  }
}

/**
 * A tab whose navigation has not been answered yet still holds the page on its way out (or a new
 * tab's blank one): scripting it now would clean that page, or tell the reader Sift cannot work on
 * a page about to arrive. Chrome shows the new address as `pendingUrl`; Firefox shows none, but a
 * tab that is loading while its document has finished loading is loading another.
 */
async function isOnItsWay(tab: Tabs.Tab, tabId: number): Promise<boolean> {
  if (tab.pendingUrl !== undefined) return true;
  if (tab.status !== 'loading') return false;
  if (isRestrictedUrl(tab.url)) return true;
  return !SHOWS_PENDING_URL && (await readyState(tabId)) === 'complete';
}

/** The tab once its navigation has arrived (committed), or null when it has not within the limit. */
export async function arrivedTab(tabId: number): Promise<Tabs.Tab | null> {
  const deadline = Date.now() + ARRIVAL_LIMIT_MS;
  for (;;) {
    const tab = await browser.tabs.get(tabId);
    if (!(await isOnItsWay(tab, tabId))) return tab;
    if (Date.now() >= deadline) return null;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}
