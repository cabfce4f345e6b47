/// <reference types="chrome" />
/**
 * The page context menu's "Sift: clean view on/off" in a real headless Firefox ESR: a right-click
 * opens Firefox's own context menu, the item is activated in it (through the privileged chrome
 * context WebDriver BiDi opens with --remote-allow-system-access), and Firefox's menus code fires
 * `contextMenus.onClicked` — the whole path a user's click takes, with its activeTab grant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { builtExtension } from '../helpers/extension.js';
import { launchFirefox, openInNewTab, type FirefoxSession } from './helpers/firefox.js';
import { startPageServer, type PageServer } from './helpers/server.js';
import { documentHtml, placeholderLabels, siftTraces, snippetVisibility } from './helpers/page-probes.js';
import { SEED } from './helpers/results.js';

const MENU_ID = 'sift-toggle-clean-view';
let server: PageServer;
/** Another site to the browser (127.0.0.2): outside the test build's host permission. */
let foreign: PageServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startPageServer();
  foreign = await startPageServer({ host: '127.0.0.2' });
  firefox = await launchFirefox(builtExtension('firefox-test'));
});

afterAll(async () => {
  await firefox?.close();
  await foreign?.close();
  await server?.close();
});

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });
const visibility = (page: Page, snippets: string[]) => page.evaluate(snippetVisibility, snippets);


describe('page context menu in Firefox', () => {
  it('turns clean view on from the menu, and off again with the DOM as before', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.seedUrl(SEED.slug)}?menu`, { waitUntil: 'load' });
    const tabId = await firefox.tabIdOf(page);
    const before = await page.evaluate(documentHtml);

    await firefox.clickContextMenuItem(page, 'h1', MENU_ID);
    await poll(async () => (await page.evaluate(placeholderLabels)).includes('Donation appeal hidden')).toBe(true);
    for (const probe of await visibility(page, SEED.appeal)) expect(probe, probe.snippet).toMatchObject({ found: true, visible: false });
    for (const probe of await visibility(page, SEED.article)) expect(probe, probe.snippet).toMatchObject({ found: true, visible: true });
    await poll(() => firefox.badge(tabId)).toBe(String((await page.evaluate(placeholderLabels)).length));

    await firefox.clickContextMenuItem(page, 'h1', MENU_ID);
    await poll(async () => (await page.evaluate(siftTraces)).placeholders).toBe(0);
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    expect(await page.evaluate(documentHtml)).toBe(before);
    await poll(() => firefox.badge(tabId)).toBe('');
    await page.close();
  });

  it('works on a site Sift holds no permission for: the menu click is the gesture that grants activeTab', async () => {
    const { page, tabId } = await openInNewTab(firefox, `${foreign.seedUrl(SEED.slug)}?menu`);
    // Without a gesture on the browser's UI the extension may not touch this page.
    expect(await firefox.runCommand(tabId)).toEqual({ status: 'restricted' });
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });

    await firefox.clickContextMenuItem(page, 'h1', MENU_ID);
    await poll(async () => (await page.evaluate(placeholderLabels)).includes('Donation appeal hidden')).toBe(true);
    expect(await visibility(page, SEED.appeal.slice(0, 1))).toMatchObject([{ found: true, visible: false }]);
    await poll(() => firefox.badge(tabId)).not.toBe('');
    // The grant holds for this tab until it navigates: the shortcut path works here now.
    expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false, hiddenCount: 0 } });
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    await page.close();
  });

  it('left no uncaught error or unhandled rejection in any of its scripts', async () => {
    expect(await firefox.extensionErrors()).toEqual([]);
  });
});
