import browser from '../shared/browser.js';

/** Shows how many blocks clean view hides on a tab; empty when clean view is off. */
export async function showBadge(tabId: number, on: boolean, hiddenCount: number): Promise<void> {
  const text = on ? String(Math.min(hiddenCount, 999)) : '';
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (on) await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f5d50' });
  } catch {
    // The tab was closed meanwhile: nothing to show.
  }
}
