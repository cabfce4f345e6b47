/// <reference types="chrome" />
/**
 * Late content and page lifecycle in a real headless Chromium (its back-forward cache kept on): the
 * late-content watcher stops when the page is hidden (pagehide), and a page restored from the
 * back-forward cache comes back with clean view still on, its badge right, and the watcher running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtExtension } from '../helpers/extension.js';
import { launchChromium, type ChromiumSession } from './helpers/chromium.js';
import { startPageServer, type PageServer } from './helpers/server.js';
import { placeholderLabels, siftTraces, snippetVisibility } from './helpers/page-probes.js';

let server: PageServer;
let browser: ChromiumSession;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchChromium(builtExtension('chrome-test'), { backForwardCache: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });
const visibility = (page: Page, snippets: string[]) => page.evaluate(snippetVisibility, snippets);
const badge = (tabId: number) => browser.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
const appeal = (name: string) => `Before you go, reader ${name}`;
const insertAppeal = (page: Page, name: string) => page.evaluate((n: string) => (window as unknown as { insertAppeal(n: string): void }).insertAppeal(n), name);
const htmlAttribute = (page: Page, name: string) => page.evaluate((n: string) => document.documentElement.getAttribute(n), name);

/** The fixture served without `no-store`, so that Chromium may keep it in the back-forward cache. */
const cacheableUrl = (query: string) => `${server.origin}/cacheable/pages/appeal-on-demand.html?${query}`;

async function openPage(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await browser.tabIdOf(page) };
}

describe('late content across pagehide and the back-forward cache in Chromium', () => {
  it('stops watching on pagehide, and after a back-forward-cache restore keeps clean view on, the badge right, and watches again', async () => {
    const { page, tabId } = await openPage(cacheableUrl('bfcache'));
    const on = (await browser.runCommand(tabId)) as { status: string; state: { on: boolean; hiddenCount: number } };
    expect(on).toMatchObject({ status: 'ok', state: { on: true } });
    const hiddenBefore = on.state.hiddenCount;
    const placeholdersBefore = (await page.evaluate(siftTraces)).placeholders;

    // The page's own pagehide listener, added after Sift's, inserts an appeal while the page is being hidden.
    await page.evaluate(() =>
      addEventListener('pagehide', () => (window as unknown as { insertAppeal(n: string): void }).insertAppeal('leaving'), { once: true }),
    );
    // A real navigation away, then back: Chromium restores the very same document from its cache.
    await page.goto(server.fixtureUrl('no-article'), { waitUntil: 'load' });
    await page.goBack({ waitUntil: 'commit' });
    await poll(() => htmlAttribute(page, 'data-shown').catch(() => null)).toBe('from-bfcache');
    expect(await htmlAttribute(page, 'data-appeal-leaving')).toBe('inserted');

    // Clean view is still on, as the user left it, and the badge says so.
    expect((await page.evaluate(siftTraces)).placeholders).toBe(placeholdersBefore);
    await poll(() => badge(tabId)).toBe(String(hiddenBefore));

    // The watcher runs again: an appeal inserted now is hidden...
    await insertAppeal(page, 'back');
    await poll(async () => (await visibility(page, [appeal('back')]))[0]).toMatchObject({ found: true, visible: false });
    await poll(() => badge(tabId)).toBe(String(hiddenBefore + 1));
    // ...but the one inserted during pagehide, while it was stopped, was never seen: had the watcher
    // recorded it, its batch (timers resume with the page) would have run before or with the one above.
    expect(await visibility(page, [appeal('leaving')])).toMatchObject([{ found: true, visible: true }]);
    expect(await page.evaluate(placeholderLabels)).toHaveLength(placeholdersBefore + 1);

    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false, hiddenCount: 0 } });
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    expect(await badge(tabId)).toBe('');
    await page.close();
  });

  it('comes back with clean view off and no badge when the page is loaded afresh', async () => {
    // Chromium caches even no-store pages on the way back, so a reload makes the new document here.
    const { page, tabId } = await openPage(`${server.fixtureUrl('appeal-on-demand')}?fresh`);
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    await poll(() => badge(tabId)).not.toBe('');
    await page.reload({ waitUntil: 'load' });
    expect(await htmlAttribute(page, 'data-shown')).toBe('loaded');
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    await poll(() => badge(tabId)).toBe('');
    await page.close();
  });

  it('ignores a pagehide the page dispatches itself: the watcher keeps hiding late appeals', async () => {
    const { page, tabId } = await openPage(`${server.fixtureUrl('appeal-on-demand')}?forged`);
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    await page.evaluate(() => {
      dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      (window as unknown as { insertAppeal(n: string): void }).insertAppeal('forged');
    });
    await poll(async () => (await visibility(page, [appeal('forged')]))[0]).toMatchObject({ found: true, visible: false });
    expect(await browser.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false } });
    await page.close();
  });

  it('logged no error in its pages and service worker', async () => {
    expect(browser.errors.filter((e) => e.startsWith('chrome-extension://') || e.startsWith('uncaught'))).toEqual([]);
    expect(await browser.workerErrors()).toEqual([]);
  });
});
