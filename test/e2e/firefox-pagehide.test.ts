/// <reference types="chrome" />
/**
 * Late content and page lifecycle in a real headless Firefox ESR: the late-content watcher stops when
 * the page is hidden (pagehide), and a page restored from the back-forward cache comes back with
 * clean view still on, its badge right, and the watcher running again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { builtExtension } from '../helpers/extension.js';
import { launchFirefox, type FirefoxSession } from './helpers/firefox.js';
import { startPageServer, type PageServer } from './helpers/server.js';
import { placeholderLabels, siftTraces, snippetVisibility } from './helpers/page-probes.js';

let server: PageServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startPageServer();
  firefox = await launchFirefox(builtExtension('firefox-test'));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });
const visibility = (page: Page, snippets: string[]) => page.evaluate(snippetVisibility, snippets);
const appeal = (name: string) => `Before you go, reader ${name}`;
const insertAppeal = (page: Page, name: string) => page.evaluate((n: string) => (window as unknown as { insertAppeal(n: string): void }).insertAppeal(n), name);
const htmlAttribute = (page: Page, name: string) => page.evaluate((n: string) => document.documentElement.getAttribute(n), name);

/** The fixture served without `no-store`, so that Firefox may keep it in the back-forward cache. */
const cacheableUrl = (query: string) => `${server.origin}/cacheable/pages/appeal-on-demand.html?${query}`;

describe('late content across pagehide and the back-forward cache in Firefox', () => {
  it('stops watching on pagehide, and after a back-forward-cache restore keeps clean view on, the badge right, and watches again', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(cacheableUrl('bfcache'), { waitUntil: 'load' });
    const tabId = await firefox.tabIdOf(page);
    const on = (await firefox.runCommand(tabId)) as { status: string; state: { on: boolean; hiddenCount: number } };
    expect(on).toMatchObject({ status: 'ok', state: { on: true } });
    const hiddenBefore = on.state.hiddenCount;
    const placeholdersBefore = (await page.evaluate(siftTraces)).placeholders;

    // The page's own pagehide listener, added after Sift's, inserts an appeal while the page is being hidden.
    await page.evaluate(() =>
      addEventListener('pagehide', () => (window as unknown as { insertAppeal(n: string): void }).insertAppeal('leaving'), { once: true }),
    );
    // A real navigation away, then back: Firefox restores the very same document from its cache.
    await page.goto(server.fixtureUrl('no-article'), { waitUntil: 'load' });
    await page.evaluate(() => history.back());
    await poll(() => htmlAttribute(page, 'data-shown').catch(() => null)).toBe('from-bfcache');
    expect(await htmlAttribute(page, 'data-appeal-leaving')).toBe('inserted');

    // Clean view is still on, as the user left it, and the badge says so.
    expect((await page.evaluate(siftTraces)).placeholders).toBe(placeholdersBefore);
    await poll(() => firefox.badge(tabId)).toBe(String(hiddenBefore));

    // The watcher runs again: an appeal inserted now is hidden...
    await insertAppeal(page, 'back');
    await poll(async () => (await visibility(page, [appeal('back')]))[0]).toMatchObject({ found: true, visible: false });
    await poll(() => firefox.badge(tabId)).toBe(String(hiddenBefore + 1));
    // ...but the one inserted during pagehide, while it was stopped, was never seen: had the watcher
    // recorded it, its batch (timers resume with the page) would have run before or with the one above.
    expect(await visibility(page, [appeal('leaving')])).toMatchObject([{ found: true, visible: true }]);
    expect(await page.evaluate(placeholderLabels)).toHaveLength(placeholdersBefore + 1);

    expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false, hiddenCount: 0 } });
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    expect(await firefox.badge(tabId)).toBe('');
    await page.close();
  });

  it('comes back with clean view off and no badge when the page was not cached but loaded afresh', async () => {
    const page = await firefox.browser.newPage();
    // Served with no-store: going back loads the page again, a new document without Sift in it.
    await page.goto(`${server.fixtureUrl('appeal-on-demand')}?fresh`, { waitUntil: 'load' });
    const tabId = await firefox.tabIdOf(page);
    expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    await poll(() => firefox.badge(tabId)).not.toBe('');
    await page.goto(server.fixtureUrl('no-article'), { waitUntil: 'load' });
    await page.evaluate(() => history.back());
    await poll(() => htmlAttribute(page, 'data-shown').catch(() => null)).toBe('loaded');
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    await poll(() => firefox.badge(tabId)).toBe('');
    await page.close();
  });

  it('ignores a pagehide the page dispatches itself: the watcher keeps hiding late appeals', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.fixtureUrl('appeal-on-demand')}?forged`, { waitUntil: 'load' });
    const tabId = await firefox.tabIdOf(page);
    expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    await page.evaluate(() => {
      dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      (window as unknown as { insertAppeal(n: string): void }).insertAppeal('forged');
    });
    await poll(async () => (await visibility(page, [appeal('forged')]))[0]).toMatchObject({ found: true, visible: false });
    expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false } });
    await page.close();
  });

  it('left no uncaught error or unhandled rejection in any of its scripts', async () => {
    expect(await firefox.extensionErrors()).toEqual([]);
  });
});
