/**
 * Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core) with a Sift build
 * installed as a temporary add-on, at a fixed moz-extension:// host so tests can open its pages.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'sift@sift.invalid';

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  extensionUrl(path: string): string;
  /**
   * Opens an extension page (the popup as a tab, the options page) and waits for `selector`:
   * puppeteer's goto to a moz-extension:// page never resolves, so it is not awaited.
   */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is not installed at ${FIREFOX} (apt-get install firefox-esr)`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path}`;
  return {
    browser,
    uuid,
    extensionUrl,
    async openExtensionPage(path, selector) {
      const page = await browser.newPage();
      page.goto(extensionUrl(path)).catch(() => undefined);
      await page.waitForSelector(selector, { timeout: 15_000 });
      return page;
    },
    close: () => browser.close().catch(() => undefined),
  };
}
