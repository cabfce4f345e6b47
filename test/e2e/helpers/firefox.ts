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
  /** The tab id the extension sees for a page (matched by its URL). */
  tabIdOf(page: Page): Promise<number>;
  /** Runs the keyboard-shortcut command for a tab through the background, as the shortcut does. */
  runCommand(tabId: number): Promise<unknown>;
  /** Evaluates in an extension page (the options page, opened once): `browser.*` is available there. */
  inExtension<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T>;
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
  const openExtensionPage = async (path: string, selector: string) => {
    const page = await browser.newPage();
    page.goto(extensionUrl(path)).catch(() => undefined);
    await page.waitForSelector(selector, { timeout: 15_000 });
    return page;
  };
  let control: Page | null = null;
  const inExtension = async <T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T> => {
    control ??= await openExtensionPage('src/options/index.html', '#app[data-ready="true"]');
    // puppeteer types evaluate() arguments through handles; plain JSON goes across unchanged.
    return (control as unknown as { evaluate(f: unknown, a: unknown): Promise<T> }).evaluate(fn, arg);
  };
  return {
    browser,
    uuid,
    extensionUrl,
    openExtensionPage,
    inExtension,
    async tabIdOf(page) {
      const id = await inExtension(async (target: string) => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
        const tabs = await api.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? -1;
      }, page.url());
      if (id < 0) throw new Error(`no tab for ${page.url()}`);
      return id;
    },
    runCommand: (tabId) =>
      inExtension((id: number) => {
        const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser;
        return api.runtime.sendMessage({ type: 'sift:command', command: 'toggle-clean-view', tabId: id });
      }, tabId),
    close: () => browser.close().catch(() => undefined),
  };
}
