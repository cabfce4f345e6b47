/// <reference types="chrome" />
/**
 * "Always clean this site" in a real headless Chromium, on a site the test build holds no host
 * permission for (127.0.0.2; the build may touch only localhost and 127.0.0.1), so that the grant of
 * the optional permission and its revocation are both real and observable.
 *
 * Chromium asks with a native dialog that a headless browser cannot click (nor does any switch or
 * DevTools command accept it). So the user grants the site first where Chromium also lets them, in
 * chrome://extensions ("Site access: on specific sites"); Chromium then answers the popup's
 * `permissions.request` without a prompt, because it never re-asks for a permission the user already
 * granted. The popup's click, the request, the registration and the revocation are all real.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtExtension } from '../helpers/extension.js';
import { launchChromium, type ChromiumSession } from './helpers/chromium.js';
import { startPageServer, type PageServer } from './helpers/server.js';
import { placeholderLabels, siftTraces, snippetVisibility } from './helpers/page-probes.js';
import { SEED } from './helpers/results.js';

const SITE = 'http://127.0.0.2';
const PATTERN = `${SITE}/*`;
let site: PageServer;
let browser: ChromiumSession;

beforeAll(async () => {
  site = await startPageServer({ host: '127.0.0.2' });
  browser = await launchChromium(builtExtension('chrome-test'), { extensionDebugging: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });
const visibility = (page: Page, snippets: string[]) => page.evaluate(snippetVisibility, snippets);
const badge = (tabId: number) => browser.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
const hasPermission = () => browser.worker.evaluate((pattern: string) => chrome.permissions.contains({ origins: [pattern] }), PATTERN);
const registered = () =>
  browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })));

/** chrome://extensions, as its "Site access" menu does it: on specific sites, this one added. */
async function grantSiteInExtensionsPage(pattern: string): Promise<string> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${browser.extensionId}`);
    return await page.evaluate(
      async ([id, host]) => {
        const developer = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
        await developer.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
        await developer.addHostPermission(id, host);
        const info = await developer.getExtensionInfo(id);
        return JSON.stringify(info.permissions.runtimeHostPermissions?.hosts.filter((h) => h.granted).map((h) => h.host));
      },
      [browser.extensionId, pattern] as const,
    );
  } finally {
    await page.close();
  }
}

interface DeveloperPrivate {
  updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>;
  addHostPermission(id: string, host: string): Promise<void>;
  getExtensionInfo(id: string): Promise<{ permissions: { runtimeHostPermissions?: { hosts: Array<{ host: string; granted: boolean }> } } }>;
}

let loads = 0;
async function openSitePage(): Promise<Page> {
  const page = await browser.context.newPage();
  loads += 1;
  await page.goto(`${site.seedUrl(SEED.slug)}?load=${loads}`, { waitUntil: 'load' });
  return page;
}

const tabIds = () => browser.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id ?? -1));

/** Opens the site in a new tab and finds its id as the one new tab: the extension may not read its URL. */
async function openSitePageInNewTab(): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds());
  const page = await openSitePage();
  const added = (await tabIds()).filter((id) => !before.has(id));
  expect(added).toHaveLength(1);
  return { page, tabId: added[0]! };
}

describe('always clean this site in Chromium', () => {
  it('asks for that origin only, registers a script that cleans fresh loads, and the options page revokes both', async () => {
    expect(await hasPermission()).toBe(false);
    expect(await registered()).toEqual([]);
    expect(await grantSiteInExtensionsPage(PATTERN)).toBe(JSON.stringify([PATTERN]));
    // Granted there, the site is not yet Sift's: only the extension's own request makes it active.
    expect(await hasPermission()).toBe(false);

    // The user clicks Sift's toolbar button on the page (activeTab), and "always clean" in its popup.
    const page = await openSitePage();
    await browser.triggerAction(page);
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`src/popup/index.html?tab=${tabId}`));
    await popup.waitForSelector('#app[data-ready="true"]');
    await popup.click('#always-clean');
    await popup.waitForSelector('#always-clean:disabled');
    expect(await popup.textContent('#always-clean')).toBe('This site is cleaned automatically');

    // Exactly this origin was granted and registered.
    expect(await hasPermission()).toBe(true);
    expect(await browser.worker.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.3/*'] }))).toBe(false);
    expect(await registered()).toEqual([{ id: `sift-site:${SITE}`, matches: [PATTERN] }]);

    // A fresh load of the site is cleaned by itself, with no click.
    const fresh = await openSitePage();
    await poll(async () => (await fresh.evaluate(placeholderLabels)).includes('Donation appeal hidden')).toBe(true);
    expect(await visibility(fresh, SEED.appeal.slice(0, 1))).toMatchObject([{ found: true, visible: false }]);
    expect(await visibility(fresh, SEED.article.slice(0, 1))).toMatchObject([{ found: true, visible: true }]);
    const freshTab = await browser.tabIdOf(fresh);
    await poll(() => badge(freshTab)).not.toBe('');

    // Removing the site in the options page takes the registration and the permission with it.
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('src/options/index.html'));
    await options.click(`#sites button[data-origin="${SITE}"]`);
    await options.waitForSelector('#no-sites');
    await poll(registered).toEqual([]);
    await poll(hasPermission).toBe(false);

    // A fresh load is no longer cleaned: nothing is registered for it, and the extension may not
    // even read its address or script it any more (the command path is refused there).
    const { page: after, tabId: afterTab } = await openSitePageInNewTab();
    expect(await browser.worker.evaluate(async (id: number) => (await chrome.tabs.get(id)).url, afterTab)).toBeUndefined();
    expect(await browser.runCommand(afterTab)).toEqual({ status: 'restricted' });
    expect(await after.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    expect(await visibility(after, SEED.appeal.slice(0, 1))).toMatchObject([{ found: true, visible: true }]);

    for (const opened of [after, options, fresh, popup, page]) await opened.close();
  });

  it('logged no error in its pages and service worker', async () => {
    expect(browser.errors.filter((e) => e.startsWith('chrome-extension://') || e.startsWith('uncaught'))).toEqual([]);
    expect(await browser.workerErrors()).toEqual([]);
  });
});
