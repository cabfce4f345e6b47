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
import { uiMessage } from '../helpers/messages.js';
import { reasonMessages } from '../../scripts/strip-rule-texts.js';

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

/** The toolbar button's tooltip on a tab. */
const buttonTitle = (tabId: number) => browser.worker.evaluate((id: number) => chrome.action.getTitle({ tabId: id }), tabId);

describe('German UI in Chromium', () => {
  it('labels placeholders, popup and options in German', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.seedUrl(SEED.slug));
    const tabId = await browser.tabIdOf(page);
    const on = (await browser.runCommand(tabId)) as { state: { on: boolean; hiddenCount: number } };
    expect(on).toMatchObject({ status: 'ok', state: { on: true } });
    expect(await page.evaluate(placeholderLabels)).toContain('Spendenaufruf ausgeblendet');
    expect(await buttonTitle(tabId)).toBe(`Sift: Leseansicht ein · ${on.state.hiddenCount} ausgeblendet`);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`src/popup/index.html?tab=${tabId}`));
    await popup.waitForSelector('#app[data-ready="true"]');
    expect(await popup.locator('#toggle').textContent()).toBe('Leseansicht aus');
    expect(await popup.locator('#blocks h2').textContent()).toBe('Ausgeblendete Blöcke');
    expect(await popup.locator('#summary').textContent()).toMatch(/^Paywall: \S+ · .*\b1 Spendenaufruf\b.* ausgeblendet$/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    // Why each block was hidden, in German: every reason shown is a rule's German text.
    const de = uiMessage('de');
    const germanReasons = new Set(Object.keys(reasonMessages()).map((key) => de(key)));
    const reasons = await popup.locator('#blocks .reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((reason) => !germanReasons.has(reason))).toEqual([]);
    expect(reasons).toContain(de('reason_appeal_opener'));
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
    const listTab = await browser.tabIdOf(list);
    await browser.runCommand(listTab);
    expect(await buttonTitle(listTab)).toBe('Sift: Diese Seite enthält keinen Artikel, die Leseansicht bleibt aus');
    await Promise.all([page.close(), popup.close(), options.close(), list.close(), listPopup.close()]);
  });
});
