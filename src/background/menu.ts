import browser from '../shared/browser.js';

export const MENU_ID = 'sift-toggle-clean-view';

/** One context-menu entry, "Clean view on/off", on pages (created once per install/update). */
export async function createMenu(): Promise<void> {
  try {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menuToggle') || 'Sift: clean view on/off',
      contexts: ['page', 'selection', 'link', 'image'],
      documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
    });
  } catch {
    // A menu that cannot be created leaves the popup and the shortcut working.
  }
}
