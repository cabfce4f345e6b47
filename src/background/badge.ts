import browser from '../shared/browser.js';
import { t } from '../shared/i18n.js';

/**
 * Shows on the toolbar button what clean view did on a tab: the badge counts the hidden blocks
 * while it is on; the tooltip says so in words, or that the page has no article (the shortcut and
 * the menu are quiet there otherwise). Clean view off: the manifest's title and no badge again.
 */
export async function showBadge(tabId: number, on: boolean, hiddenCount: number, noArticle = false): Promise<void> {
  const text = on ? String(Math.min(hiddenCount, 999)) : '';
  const title = on ? t('actionTitleOn', String(hiddenCount)) : noArticle ? t('actionTitleNoArticle') : t('actionTitle');
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title });
    if (on) await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f5d50' });
  } catch {
    // The tab was closed meanwhile: nothing to show.
  }
}
