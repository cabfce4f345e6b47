/// <reference types="chrome" />
/**
 * "Always clean this site" in a real headless Firefox ESR, on a site the test build holds no host
 * permission for (127.0.0.2; the build may touch only localhost and 127.0.0.1), so that the optional
 * permission's grant and its revocation are both real and observable. Firefox's permission prompt is
 * switched off by its own pref (`extensions.webextOptionalPermissionPrompts`): `permissions.request`
 * still needs the user's click in the popup, which the driver makes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { builtExtension } from '../helpers/extension.js';
import { launchFirefox, openInNewTab, type FirefoxSession } from './helpers/firefox.js';
import { startPageServer, type PageServer } from './helpers/server.js';
import { placeholderLabels, siftTraces, snippetVisibility } from './helpers/page-probes.js';
import { SEED } from './helpers/results.js';

const SITE = 'http://127.0.0.2';
const PATTERN = `${SITE}/*`;
let site: PageServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  site = await startPageServer({ host: '127.0.0.2' });
  firefox = await launchFirefox(builtExtension('firefox-test'), { prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
});

afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });
const visibility = (page: Page, snippets: string[]) => page.evaluate(snippetVisibility, snippets);
type Api = typeof chrome;

const hasPermission = () =>
  firefox.inExtension((pattern: string) => (globalThis as unknown as { browser: Api }).browser.permissions.contains({ origins: [pattern] }), PATTERN);
const registered = () =>
  firefox.inExtension(
    async () => (await (globalThis as unknown as { browser: Api }).browser.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })),
    null,
  );


let loads = 0;
const siteUrl = () => `${site.seedUrl(SEED.slug)}?load=${(loads += 1)}`;

describe('always clean this site in Firefox', () => {
  it('asks for that origin only, registers a script that cleans fresh loads, and the options page revokes both', async () => {
    expect(await hasPermission()).toBe(false);
    expect(await registered()).toEqual([]);

    // The user opens Sift on the page (here through its context-menu item, which grants activeTab
    // as the toolbar button would), then asks the popup to clean this site always.
    const { page } = await openInNewTab(firefox, siteUrl());
    await firefox.clickContextMenuItem(page, 'h1', 'sift-toggle-clean-view');
    await poll(async () => (await page.evaluate(siftTraces)).placeholders).toBeGreaterThan(0);
    const tabId = await firefox.tabIdOf(page);
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tab=${tabId}`, '#always-clean');
    await popup.click('#always-clean');
    await popup.waitForSelector('#always-clean:disabled', { timeout: 15_000 });
    expect(await popup.$eval('#always-clean', (button) => button.textContent)).toBe('This site is cleaned automatically');

    // Exactly this origin was granted and registered; other sites stay out of reach.
    expect(await hasPermission()).toBe(true);
    expect(
      await firefox.inExtension(
        () => (globalThis as unknown as { browser: Api }).browser.permissions.contains({ origins: ['http://127.0.0.3/*'] }),
        null,
      ),
    ).toBe(false);
    expect(await registered()).toEqual([{ id: `sift-site:${SITE}`, matches: [PATTERN] }]);

    // A fresh load of the site is cleaned by itself, with no click.
    const { page: fresh } = await openInNewTab(firefox, siteUrl());
    await poll(async () => (await fresh.evaluate(placeholderLabels)).includes('Donation appeal hidden')).toBe(true);
    expect(await visibility(fresh, SEED.appeal.slice(0, 1))).toMatchObject([{ found: true, visible: false }]);
    expect(await visibility(fresh, SEED.article.slice(0, 1))).toMatchObject([{ found: true, visible: true }]);
    const freshTab = await firefox.tabIdOf(fresh);
    await poll(() => firefox.badge(freshTab)).not.toBe('');

    // A page that builds its article by script, 2.5 s after its load, is cleaned once it comes.
    const { page: late } = await openInNewTab(firefox, `${site.fixtureUrl('late-article')}?load=${(loads += 1)}`);
    await poll(() => late.evaluate(() => document.documentElement.hasAttribute('data-article-inserted'))).toBe(true);
    await poll(async () => (await visibility(late, ['Dear readers, local news']))[0]?.visible).toBe(false);
    expect(await visibility(late, ['The harbour board voted on Monday'])).toMatchObject([{ found: true, visible: true }]);

    // Removing the site in the options page takes the registration and the permission with it.
    const options = await firefox.openExtensionPage('src/options/index.html', `#sites button[data-origin="${SITE}"]`);
    await options.click(`#sites button[data-origin="${SITE}"]`);
    await options.waitForSelector('#no-sites', { timeout: 15_000 });
    await poll(registered).toEqual([]);
    await poll(hasPermission).toBe(false);

    // A fresh load is no longer cleaned: nothing is registered for it, and the extension may not
    // even script it any more (the command path is refused there).
    const { page: after, tabId: afterTab } = await openInNewTab(firefox, siteUrl());
    expect(await firefox.runCommand(afterTab)).toEqual({ status: 'restricted' });
    expect(await after.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    expect(await visibility(after, SEED.appeal.slice(0, 1))).toMatchObject([{ found: true, visible: true }]);

    for (const opened of [after, options, late, fresh, popup, page]) await opened.close();
  });

  it('left no uncaught error or unhandled rejection in any of its scripts', async () => {
    expect(await firefox.extensionErrors()).toEqual([]);
  });
});
