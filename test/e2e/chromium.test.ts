/// <reference types="chrome" />
/**
 * Sift in a real headless Chromium (Debian's, driven by playwright-core), loaded from the test build
 * (dist/chrome-test: the shipped manifest plus host permission for the local test server).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_PROSE } from '../../src/classifier/absent-reasons.js';
import { builtExtension } from '../helpers/extension.js';
import { launchChromium, type ChromiumSession } from './helpers/chromium.js';
import { corpusLabels, requestsSince, startPageServer, type PageServer } from './helpers/server.js';
import { documentHtml, placeholderLabels, siftTraces, snippetVisibility } from './helpers/page-probes.js';
import { APPEAL_KINDS, CORPUS_PAGES, DONATION_REASONS, EVIDENCE_SEED, SEED, isDonationReason, resultPath, seedEvidence } from './helpers/results.js';

const EXTENSION = builtExtension('chrome-test');
let server: PageServer;
let browser: ChromiumSession;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchChromium(EXTENSION);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let opened = 0;
/** Opens a page in a new tab; a unique query keeps tabs of the same page apart. */
async function openPage(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  opened += 1;
  await page.goto(url.startsWith('http') ? `${url}?tab=${opened}` : url, { waitUntil: 'load' });
  return { page, tabId: await browser.tabIdOf(page) };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.goto(browser.extensionUrl(`src/popup/index.html?tab=${tabId}`));
  await popup.waitForSelector('#app[data-ready="true"]');
  return popup;
}

const visibility = (page: Page, snippets: string[]) => page.evaluate(snippetVisibility, snippets);
const badge = (tabId: number) => browser.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
/** The toolbar button's tooltip on a tab. */
const buttonTitle = (tabId: number) => browser.worker.evaluate((id: number) => chrome.action.getTitle({ tabId: id }), tabId);
const text = (page: Page, selector: string) => page.locator(selector).first().textContent();
const attribute = (page: Page, selector: string, name: string) => page.locator(selector).first().getAttribute(name);
const count = (page: Page, selector: string) => page.locator(selector).count();
/** Waits for a value to match, generously: the machine is shared and slow at times. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));

describe('clean view in Chromium', () => {
  it('hides the seed page appeal through the popup button, keeps the article, and restores the DOM exactly', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    const before = await page.evaluate(documentHtml);
    const serverRequests = server.requests.length;

    const popup = await openPopup(tabId);
    expect(await attribute(popup, '#toggle', 'aria-pressed')).toBe('false');
    await popup.click('#toggle');
    await popup.waitForSelector('#app[data-state="on"]');

    for (const result of await visibility(page, SEED.appeal)) expect(result, result.snippet).toMatchObject({ found: true, visible: false });
    for (const result of await visibility(page, SEED.article)) expect(result, result.snippet).toMatchObject({ found: true, visible: true });
    const labels = await page.evaluate(placeholderLabels);
    expect(labels).toContain('Donation appeal hidden');
    expect(await badge(tabId)).toBe(String(labels.length));
    expect(await buttonTitle(tabId)).toBe(`Sift: clean view on · ${labels.length} hidden`);
    await page.screenshot({ path: resultPath('chromium-clean-view.png'), fullPage: true });

    // "why" shows the rule's reason; "show" reveals that block alone.
    const appeal = page.locator('sift-placeholder').filter({ hasText: 'Donation appeal hidden' }).first();
    expect(await appeal.locator('.reason').isVisible()).toBe(false);
    await appeal.locator('button.why').click();
    await appeal.locator('.reason').waitFor({ state: 'visible' });
    expect(isDonationReason(await appeal.locator('.reason').textContent())).toBe(true);
    await appeal.locator('button.show').click();
    for (const result of await visibility(page, SEED.appeal)) expect(result, result.snippet).toMatchObject({ visible: true });
    expect(await visibility(page, ['Read Entire Article'])).toMatchObject([{ found: true, visible: false }]);

    await popup.click('#toggle');
    await popup.waitForSelector('#app[data-state="off"]');
    expect(await page.evaluate(documentHtml)).toBe(before);
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    expect(await badge(tabId)).toBe('');
    expect(await buttonTitle(tabId)).toBe('Sift: clean view');
    // The seed page loads nothing itself: every request in this test came from the popup's own files.
    expect(requestsSince(server.requests, serverRequests)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('runs the keyboard-shortcut command: on, then off with the DOM as before', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    const before = await page.evaluate(documentHtml);
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    expect(await visibility(page, SEED.appeal.slice(0, 1))).toMatchObject([{ visible: false }]);
    // A second injection (popup, then shortcut) must not double anything.
    const placeholders = (await page.evaluate(siftTraces)).placeholders;
    const popup = await openPopup(tabId);
    expect(await attribute(popup, '#toggle', 'aria-pressed')).toBe('true');
    expect((await page.evaluate(siftTraces)).placeholders).toBe(placeholders);
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false, hiddenCount: 0 } });
    expect(await page.evaluate(documentHtml)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('loads a German page’s phrase book on demand and hides the appeal only its phrases find', async () => {
    // The content script carries English's phrases; without German's this appeal reads as article.
    const { page, tabId } = await openPage(server.seedUrl('german-appeal-inline'));
    const before = await page.evaluate(documentHtml);
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    for (const probe of await visibility(page, ['Liebe Leserinnen und Leser,', 'Jetzt spenden'])) expect(probe, probe.snippet).toMatchObject({ found: true, visible: false });
    for (const probe of await visibility(page, ['Die Stadtbibliothek am Marktplatz wird ab April auch sonntags geöffnet sein.', 'Kritik kam von der Gewerkschaft Verdi.'])) {
      expect(probe, probe.snippet).toMatchObject({ found: true, visible: true });
    }
    const popup = await openPopup(tabId);
    expect(await text(popup, '#summary')).toMatch(/\b1 donation appeal\b/);
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false } });
    expect(await page.evaluate(documentHtml)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('offers the same toggle in the page context menu', async () => {
    // Native menus cannot be clicked headless; the entry must exist (update() rejects for an unknown id),
    // and its click handler calls the same toggleCleanView as the shortcut above.
    const exists = await browser.worker.evaluate(() =>
      chrome.contextMenus.update('sift-toggle-clean-view', {}).then(
        () => true,
        () => false,
      ),
    );
    expect(exists).toBe(true);
    const missing = await browser.worker.evaluate(() =>
      chrome.contextMenus.update('no-such-menu', {}).then(
        () => true,
        () => false,
      ),
    );
    expect(missing).toBe(false);
  });

  it('hides an appeal injected 2 s after load while clean view is on', async () => {
    const { page, tabId } = await openPage(server.fixtureUrl('late-appeal'));
    const result = (await browser.runCommand(tabId)) as { status: string; state: { hiddenCount: number } };
    expect(result.status).toBe('ok');
    expect(await page.getAttribute('html', 'data-epic-inserted')).toBeNull();
    await page.waitForSelector('html[data-epic-inserted]', { timeout: 10_000 });
    await poll(async () => (await visibility(page, ['Please consider supporting us today']))[0])
      .toMatchObject({ found: true, visible: false });
    for (const probe of await visibility(page, ['Residents of the valley', 'The council will present a plan'])) expect(probe.visible).toBe(true);
    expect(await page.evaluate(placeholderLabels)).toContain('Donation appeal hidden');
    await poll(() => badge(tabId)).toBe(String(result.state.hiddenCount + 1));
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false } });
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    expect(await visibility(page, ['Please consider supporting us today'])).toMatchObject([{ visible: true }]);
    await page.close();
  });

  describe.each(CORPUS_PAGES)('corpus page %s', (id) => {
    it('hides every labelled appeal, keeps every article snippet, and restores the DOM exactly', async () => {
      const labels = corpusLabels(id);
      if (!labels) return;
      const { page, tabId } = await openPage(server.corpusUrl(id));
      const before = await page.evaluate(documentHtml);
      expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
      const appeals = labels.boilerplate.filter((b) => APPEAL_KINDS.includes(b.kind)).map((b) => b.snippet);
      expect(appeals.length).toBeGreaterThan(0);
      for (const probe of await visibility(page, appeals)) expect(probe, probe.snippet).toMatchObject({ found: true, visible: false });
      for (const probe of await visibility(page, labels.article)) expect(probe, probe.snippet).toMatchObject({ found: true, visible: true });
      expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false } });
      expect(await page.evaluate(documentHtml)).toBe(before);
      await page.close();
    });
  });
});

describe('popup in Chromium', () => {
  it("shows the paywall evidence in the classifier's words, details included", async () => {
    const expected = seedEvidence(EVIDENCE_SEED);
    expect(expected.some((reason) => reason.includes('(Piano/Tinypass)'))).toBe(true);
    const { page, tabId } = await openPage(server.seedUrl(EVIDENCE_SEED));
    const popup = await openPopup(tabId);
    await popup.locator('#paywall .evidence li').first().waitFor();
    expect(await popup.locator('#paywall .evidence li').allTextContents()).toEqual(expected);
    await popup.close();
    await page.close();
  });

  it('shows the paywall verdict, the blocks per kind with reasons, and the cleaned article', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    await browser.runCommand(tabId);
    const popup = await openPopup(tabId);
    expect(await attribute(popup, '#paywall .verdict', 'data-paywall')).toMatch(/^(none|soft|metered|registration|hard)$/);
    expect(await text(popup, '#paywall .verdict')).not.toBe('');
    // The page at a glance: the verdict and each kind hidden, counted as the list below counts them.
    expect(await text(popup, '#summary')).toMatch(/^paywall: (none|soft|metered|registration|hard) · .*\b1 donation appeal\b.* hidden$/);
    const donation = popup.locator('details[data-kind="donation_appeal"]');
    expect(await donation.locator('summary').textContent()).toMatch(/^Donation appeal \d+$/);
    expect(await donation.locator('li').first().isVisible()).toBe(false);
    await donation.locator('summary').click();
    await donation.locator('li').first().waitFor({ state: 'visible' });
    // One rule's reason an item: the seed's appeal is hidden as one block, several rules behind it.
    const reasons = await donation.locator('.reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(1);
    for (const reason of reasons) expect(DONATION_REASONS).toContain(reason);
    expect(await text(popup, '#article .title')).toBe(SEED.title);
    const body = await text(popup, '#article .article-body');
    expect(body).toContain(SEED.article[0]);
    expect(body).not.toContain('Remind me later');
    expect(await text(popup, '#article .meta')).toMatch(/min read/);
    // The article is text, never the page's markup.
    expect(await popup.locator('#article .article-body *:not(p)').count()).toBe(0);
    await popup.screenshot({ path: resultPath('chromium-popup.png'), fullPage: true });
    await browser.runCommand(tabId);
    await popup.close();
    await page.close();
  });

  it('copies the article as plain text and as Markdown', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    const popup = await openPopup(tabId);
    await popup.click('#copy-text');
    await poll(() => text(popup, '#status')).toBe('Copied to the clipboard.');
    // Reading the clipboard back needs a permission extension pages cannot be granted here, so the
    // write is observed instead: the real button, the real formatting, the text it hands over.
    await popup.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      navigator.clipboard.writeText = async (value: string) => void copied.push(value);
    });
    await popup.click('#copy-text');
    await popup.click('#copy-markdown');
    const [plain, markdown] = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(plain!.startsWith(`${SEED.title}\n\n`)).toBe(true);
    expect(plain).toContain(SEED.article[1]);
    expect(plain).not.toContain('Remind me later');
    expect(markdown!.startsWith(`# ${SEED.title}\n`)).toBe(true);
    expect(markdown).not.toContain('Remind me later');
    await popup.close();
    await page.close();
  });

  it('says when a page has no article, and when there is no appeal', async () => {
    const { page, tabId } = await openPage(server.fixtureUrl('no-article'));
    const before = await page.evaluate(documentHtml);
    const popup = await openPopup(tabId);
    expect(await text(popup, '#no-article')).toBe('This page has no article.');
    // Why, in the words of the extension's messages: the shipped content script carries the id only.
    expect(await text(popup, '#article .muted')).toBe(NO_PROSE.reason);
    expect(await popup.locator('#no-appeals').isVisible()).toBe(true);
    // Clean view would hide the whole page: the button is off, the shortcut a quiet no-op.
    expect(await popup.locator('#toggle').isDisabled()).toBe(true);
    expect(await browser.runCommand(tabId)).toEqual({ status: 'ok', state: { on: false, hiddenCount: 0, noArticle: true } });
    // The shortcut's only answer there: the toolbar button's tooltip says why nothing happened.
    expect(await buttonTitle(tabId)).toBe('Sift: this page has no article, so clean view has nothing to keep');
    expect(await page.evaluate(documentHtml)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('says when the browser does not let extensions touch a page', async () => {
    // Same tab, navigated from a web page to a browser page.
    const { page, tabId } = await openPage(server.fixtureUrl('no-article'));
    await page.goto('about:blank');
    const popup = await openPopup(tabId);
    expect(await popup.locator('#restricted').isVisible()).toBe(true);
    expect(await count(popup, '#toggle')).toBe(0);
    expect(await browser.runCommand(tabId)).toEqual({ status: 'restricted' });
    await popup.close();
    await page.close();
  });

  it('follows the system dark mode', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    const popup = await openPopup(tabId);
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(22, 27, 31)');
    await popup.close();
    await page.close();
  });

  it('can be driven from the keyboard: labelled buttons in tab order', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    const popup = await openPopup(tabId);
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await popup.keyboard.press('Tab');
      order.push(await popup.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
    }
    expect(order).toEqual(['open-settings', 'toggle', 'always-clean', 'SUMMARY']);
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('#app[data-state="on"]');
    const focusStyle = await popup.evaluate(() => {
      const button = document.getElementById('toggle')!;
      button.focus();
      return getComputedStyle(button).outlineStyle;
    });
    expect(focusStyle).not.toBe('none');
    await browser.runCommand(tabId);
    await popup.close();
    await page.close();
  });
});

describe('always clean this site, options and bad input in Chromium', () => {
  it('registers a content script for the site, cleans it on reload, and the options page removes it again', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    const popup = await openPopup(tabId);
    await popup.click('#always-clean');
    await popup.waitForSelector('#always-clean:disabled');
    expect(await text(popup, '#always-clean')).toBe('This site is cleaned automatically');
    const registered = () => browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));
    expect(await registered()).toEqual([['http://127.0.0.1/*']]);
    await page.reload();
    await poll(async () => (await page.evaluate(siftTraces)).placeholders).toBeGreaterThan(0);
    expect(await visibility(page, SEED.appeal.slice(0, 1))).toMatchObject([{ visible: false }]);
    await poll(() => badge(tabId)).not.toBe('');

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('src/options/index.html'));
    await options.waitForSelector('#app[data-ready="true"]');
    await options.click('#sites button[data-origin="http://127.0.0.1"]');
    await options.waitForSelector('#no-sites');
    await poll(registered).toEqual([]);
    await options.close();
    await popup.close();
    await page.close();
  });

  it('on an always-clean site, waits for an article the page builds by script, and cleans it when it comes', async () => {
    const { page, tabId } = await openPage(server.fixtureUrl('late-article'));
    const popup = await openPopup(tabId);
    await popup.click('#always-clean');
    await popup.waitForSelector('#always-clean:disabled');
    await popup.close();
    await page.reload();
    // The article comes 2.5 s after the load, long after the registered script first looked.
    await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-article-inserted'))).toBe(true);
    await poll(async () => (await visibility(page, ['Dear readers, local news']))[0]?.visible).toBe(false);
    expect(await visibility(page, ['The harbour board voted on Monday'])).toMatchObject([{ visible: true }]);
    await poll(() => badge(tabId)).not.toBe('');
    await browser.worker.evaluate(() => chrome.storage.local.clear());
    await browser.worker.evaluate(async () => {
      const ids = (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id);
      if (ids.length) await chrome.scripting.unregisterContentScripts({ ids });
    });
    await page.close();
  });

  it('hides only the kinds chosen in the options, and resets to all', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('src/options/index.html'));
    await options.waitForSelector('#app[data-ready="true"]');
    await options.uncheck('#hide-donation_appeal');
    await poll(() => text(options, '#status')).toBe('Saved.');
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    await browser.runCommand(tabId);
    expect(await visibility(page, SEED.appeal.slice(0, 1))).toMatchObject([{ visible: true }]);
    expect(await visibility(page, ['Read Entire Article'])).toMatchObject([{ visible: false }]);
    await browser.runCommand(tabId);
    await options.click('#reset');
    await poll(() => options.locator('#hide-donation_appeal').isChecked()).toBe(true);
    expect(await count(options, '#kinds input:checked')).toBe(11);
    await options.close();
    await page.close();
  });

  it('reads garbage in storage as the defaults', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { hide: 'everything', readingLayout: 7, sites: [3, 'javascript:alert(1)', null] } }));
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    expect(await visibility(page, SEED.appeal.slice(0, 1))).toMatchObject([{ visible: false }]);
    await browser.runCommand(tabId);
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: 'garbage' }));
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('src/options/index.html'));
    await options.waitForSelector('#app[data-ready="true"]');
    expect(await options.locator('#kinds input:checked').count()).toBe(11);
    expect(await options.locator('#no-sites').isVisible()).toBe(true);
    await browser.worker.evaluate(() => chrome.storage.local.clear());
    await options.close();
    await page.close();
  });

  it('applies the optional reading layout and removes it with the rest', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { readingLayout: true } }));
    const { page, tabId } = await openPage(server.fixtureUrl('late-appeal'));
    const before = await page.evaluate(documentHtml);
    const width = () => page.evaluate(() => document.querySelector('article')!.getBoundingClientRect().width);
    const fullWidth = await width();
    await browser.runCommand(tabId);
    const fontSize = await page.evaluate(() => getComputedStyle(document.querySelector('article')!).fontSize);
    expect(await width()).toBeLessThan(fullWidth);
    expect(fontSize).toBe('18px');
    // Centred: as much room on its left as on its right.
    const sides = await page.evaluate(() => {
      const { left, right } = document.querySelector('article')!.getBoundingClientRect();
      return [left, document.documentElement.clientWidth - right];
    });
    expect(Math.abs(sides[0]! - sides[1]!)).toBeLessThan(2);
    await browser.runCommand(tabId);
    expect(await page.evaluate(documentHtml)).toBe(before);
    await browser.worker.evaluate(() => chrome.storage.local.clear());
    await page.close();
  });

  it('stays quiet on a page whose scripts remove its placeholders and stylesheet', async () => {
    const { page, tabId } = await openPage(server.fixtureUrl('hostile'));
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    await page.waitForSelector('body[data-removed]');
    await settle(page);
    for (const probe of await visibility(page, ['The new tram line between the station'])) expect(probe.visible).toBe(true);
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false } });
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    await page.close();
  });

  it('works on an iframe-heavy page and restores it exactly', async () => {
    const { page, tabId } = await openPage(server.fixtureUrl('iframes'));
    const before = await page.evaluate(documentHtml);
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    expect(await visibility(page, ['Please donate today'])).toMatchObject([{ found: true, visible: false }]);
    expect(await visibility(page, ['The reconstruction of the old harbour wall'])).toMatchObject([{ visible: true }]);
    await browser.runCommand(tabId);
    expect(await page.evaluate(documentHtml)).toBe(before);
    await page.close();
  });

  it('handles a page that is still loading', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/slow/seeds/${SEED.slug}/source.html`;
    void page.goto(url, { waitUntil: 'commit' }).catch(() => undefined);
    await page.waitForURL(url, { waitUntil: 'commit' });
    const tabId = await browser.tabIdOf(page);
    // Found while its address may still be pending: either way, Sift cleans the page that loads.
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    await page.waitForLoadState('load');
    await poll(async () => (await visibility(page, SEED.article.slice(0, 1)))[0]).toMatchObject({ found: true, visible: true });
    await page.close();
  });

  it('takes away the bar and the count of a block the page itself takes out', async () => {
    const { page, tabId } = await openPage(server.fixtureUrl('appeal-taken-out'));
    const result = (await browser.runCommand(tabId)) as { state: { hiddenCount: number } };
    expect(await page.evaluate(placeholderLabels)).toContain('Donation appeal hidden');
    expect(await badge(tabId)).toBe(String(result.state.hiddenCount));
    await page.evaluate(() => dispatchEvent(new Event('ledger-update')));
    await poll(() => badge(tabId)).toBe(String(result.state.hiddenCount - 1));
    expect(await page.evaluate(placeholderLabels)).not.toContain('Donation appeal hidden');
    expect(await visibility(page, ['Update: the operator added on Sunday'])).toMatchObject([{ found: true, visible: true }]);
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false } });
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    await page.close();
  });

  it('answers at once on a page that adds a frame after its load', async () => {
    // The tab shows "loading" again while the frame waits for its answer; the page itself is there.
    const { page, tabId } = await openPage(server.fixtureUrl('late-frame'));
    await page.waitForSelector('html[data-frame-added]');
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    expect(await attribute(page, 'html', 'data-frame-loaded')).toBeNull();
    expect(await visibility(page, ['The harbour ferry carried its first passengers'])).toMatchObject([{ found: true, visible: true }]);
    await page.close();
  });

  /**
   * A reader presses the shortcut while a navigation waits for its answer: the tab shows the new
   * address as pending and still holds the old document. Sift cleans the page that arrives, not the
   * one on its way out, nor says it cannot work on the blank page a new tab starts with.
   */
  async function pressWhileAnswerPending(page: Page): Promise<unknown> {
    const url = `${server.origin}/stall/seeds/${SEED.slug}/source.html?tab=${++opened}`;
    void page.goto(url, { waitUntil: 'commit' }).catch(() => undefined);
    const tabId = await browser.worker.evaluate(async (target: string) => {
      for (;;) {
        const tab = (await chrome.tabs.query({})).find((candidate) => candidate.pendingUrl === target);
        if (tab?.id !== undefined) return tab.id;
        await new Promise((done) => setTimeout(done, 20));
      }
    }, url);
    const result = await browser.runCommand(tabId);
    await page.waitForLoadState('load');
    return result;
  }

  it('cleans the page a pending navigation brings, pressed before the answer came', async () => {
    const { page } = await openPage(server.fixtureUrl('no-article'));
    const result = await pressWhileAnswerPending(page);
    expect(result).toMatchObject({ status: 'ok', state: { on: true } });
    for (const probe of await visibility(page, SEED.appeal)) expect(probe, probe.snippet).toMatchObject({ found: true, visible: false });
    for (const probe of await visibility(page, SEED.article)) expect(probe, probe.snippet).toMatchObject({ found: true, visible: true });
    await page.close();
  });

  it('cleans the first page of a new tab, pressed before the answer came', async () => {
    const page = await browser.context.newPage();
    const result = await pressWhileAnswerPending(page);
    expect(result).toMatchObject({ status: 'ok', state: { on: true } });
    for (const probe of await visibility(page, SEED.appeal)) expect(probe, probe.snippet).toMatchObject({ found: true, visible: false });
    await page.close();
  });

  it('survives a tab closed mid-classification', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    const pending = browser.runCommand(tabId);
    await page.close();
    const result = (await pending) as { status: string };
    expect(['ok', 'error']).toContain(result.status);
    expect(await browser.worker.evaluate((id: number) => chrome.tabs.get(id).then(() => 'open', () => 'closed'), tabId)).toBe('closed');
    // The background is unharmed: the next page works.
    const next = await openPage(server.seedUrl(SEED.slug));
    expect(await browser.runCommand(next.tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    await next.page.close();
  });

  it('made no network request of its own and logged no error in its pages', () => {
    const own = browser.requests.filter((r) => r.from === 'worker' || r.from.startsWith('chrome-extension://'));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((r) => !r.url.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);
    expect(browser.errors.filter((e) => e.startsWith('chrome-extension://') || e.startsWith('uncaught'))).toEqual([]);
  });

  it('logged no error and left no unhandled rejection in its service worker', async () => {
    expect(await browser.workerErrors()).toEqual([]);
  });
});
