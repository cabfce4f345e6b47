import browser from '../shared/browser.js';

/**
 * The tab the popup works on: the active tab of its window, or the tab named by `?tab=<id>` when
 * the popup is opened as a page of its own (keyboard users, and the end-to-end tests).
 */
export async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  try {
    if (param !== null && /^\d+$/.test(param)) {
      const tab = await browser.tabs.get(Number(param));
      return tab.id === undefined ? null : { id: tab.id, url: tab.url };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  } catch {
    return null;
  }
}
