/**
 * The German UI in a real headless Chromium started with a German UI language: placeholders,
 * popup (a missing article's reason too) and options read from public/_locales/de.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtExtension } from '../helpers/extension.js';
import { launchChromium, type ChromiumSession } from './helpers/chromium.js';
import { startPageServer, type PageServer } from './helpers/server.js';
import { placeholderLabels } from './helpers/page-probes.js';
import { SEED } from './helpers/results.js';

const EXTENSION = builtExtension('chrome-test');
let server: PageServer;
let browser: ChromiumSession;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchChromium(EXTENSION, { locale: 'de' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('German UI in Chromium', () => {
  it('labels placeholders, popup and options in German', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.seedUrl(SEED.slug));
    const tabId = await browser.tabIdOf(page);
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    expect(await page.evaluate(placeholderLabels)).toContain('Spendenaufruf ausgeblendet');
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`src/popup/index.html?tab=${tabId}`));
    await popup.waitForSelector('#app[data-ready="true"]');
    expect(await popup.locator('#toggle').textContent()).toBe('Leseansicht aus');
    expect(await popup.locator('#blocks h2').textContent()).toBe('Ausgeblendete Blöcke');
    expect(await popup.locator('#summary').textContent()).toMatch(/^Paywall: \S+ · .*\b1 Spendenaufruf\b.* ausgeblendet$/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('src/options/index.html'));
    await options.waitForSelector('#app[data-ready="true"]');
    expect(await options.locator('h1').textContent()).toBe('Sift-Einstellungen');
    // Why a page has no article, from the German messages.
    const list = await browser.context.newPage();
    await list.goto(server.fixtureUrl('no-article'));
    const listPopup = await browser.context.newPage();
    await listPopup.goto(browser.extensionUrl(`src/popup/index.html?tab=${await browser.tabIdOf(list)}`));
    await listPopup.waitForSelector('#app[data-ready="true"]');
    expect(await listPopup.locator('#article .muted').textContent()).toBe('Auf dieser Seite steht kein Absatz Fließtext.');
    await Promise.all([page.close(), popup.close(), options.close(), list.close(), listPopup.close()]);
  });
});
