/// <reference types="chrome" />
/**
 * The XSS fixture cleaned in a real headless Chromium with the test build, then shown in Sift's
 * popup (issue 5, item 3). The test body is in helpers/xss-popup.ts, shared with the Firefox suite
 * (xss-popup.firefox.test.ts); this file only drives Chromium. Requests are recorded by Playwright
 * for every frame, extension pages and the service worker included.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { Page } from 'playwright-core';
import { builtExtension } from '../helpers/extension.js';
import { launchChromium, type ChromiumSession } from './helpers/chromium.js';
import { startXssServer, xssPopupTest, type XssDriver, type XssServer } from './helpers/xss-popup.js';

let server: XssServer;
let browser: ChromiumSession;

beforeAll(async () => {
  server = await startXssServer();
  browser = await launchChromium(builtExtension('chrome-test'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pageErrors = new WeakMap<object, string[]>();

const driver: XssDriver = {
  extensionBase: () => browser.extensionUrl(''),
  async openPage(url) {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return { tabId: await browser.tabIdOf(page), evaluate: (fn, arg) => page.evaluate(fn as never, arg as never), close: () => page.close() };
  },
  async openPopup(tabId, trap) {
    const popup: Page = await browser.context.newPage();
    const errors: string[] = [];
    popup.on('pageerror', (error) => errors.push(error.message));
    // Runs before any script of the popup.
    await popup.addInitScript(trap);
    await popup.goto(browser.extensionUrl(`src/popup/index.html?tab=${tabId}`));
    await popup.waitForSelector('#app[data-ready="true"]');
    const handle = {
      evaluate: (fn, arg) => popup.evaluate(fn as never, arg as never),
      click: (selector) => popup.click(selector),
      waitFor: async (selector) => void (await popup.waitForSelector(selector)),
      close: () => popup.close(),
    } satisfies Parameters<XssDriver['popupReports']>[0];
    pageErrors.set(handle, errors);
    return handle;
  },
  recordRequests() {
    const mark = browser.requests.length;
    const base = browser.extensionUrl('');
    return async () => {
      const fromExtension = browser.requests.slice(mark).filter((r) => r.from === 'worker' || r.from.startsWith('chrome-extension://'));
      return {
        own: fromExtension.filter((r) => r.url.startsWith(base)).map((r) => r.url),
        foreign: fromExtension.filter((r) => !r.url.startsWith(base)).map((r) => `${r.url} from ${r.from}`),
      };
    };
  },
  popupReports: async (popup) => [...(pageErrors.get(popup) ?? [])],
  reportsCsp: false,
};

describe('the XSS fixture in Chromium', () => {
  xssPopupTest(() => driver, () => server);
});
