/// <reference types="chrome" />
/**
 * Sift in a real headless Firefox ESR (Debian's, driven by puppeteer-core over WebDriver BiDi),
 * installed as a temporary add-on from the test build (dist/firefox-test: the shipped manifest plus
 * host permission for the local test server). The same checks as the Chromium suite: clean view on
 * seed and corpus pages, revealing a block, exact restore, the popup, the shortcut path, late
 * content, and no network request of the extension's own.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { builtExtension } from '../helpers/extension.js';
import { ROOT } from '../helpers/dom.js';
import type { MustFile } from '../helpers/must-hold.js';
import { launchFirefox, type FirefoxSession } from './helpers/firefox.js';
import { startNetworkSink, type NetworkSink } from './helpers/network-sink.js';
import { corpusLabels, startPageServer, type PageServer } from './helpers/server.js';
import { documentHtml, placeholderLabels, siftTraces, snippetVisibility } from './helpers/page-probes.js';
import { APPEAL_KINDS, CORPUS_PAGES, EVIDENCE_SEED, SEED, isDonationReason, resultPath, seedEvidence } from './helpers/results.js';

const EXTENSION = builtExtension('firefox-test');
let server: PageServer;
let sink: NetworkSink;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startPageServer();
  sink = await startNetworkSink();
  firefox = await launchFirefox(EXTENSION, { prefs: sink.firefoxPrefs() });
});

afterAll(async () => {
  await firefox?.close();
  await sink?.close();
  await server?.close();
});

/** The tabs the tests opened: the only browsing contexts (with their frames) allowed to fetch. */
const pageContexts = new Set<string>();
let opened = 0;

/** Opens a page in a new tab; a unique query keeps tabs of the same page apart. */
async function openPage(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await firefox.browser.newPage();
  pageContexts.add(firefox.contextOf(page));
  await page.setViewport({ width: 1100, height: 900 });
  opened += 1;
  await page.goto(`${url}?tab=${opened}`, { waitUntil: 'load' });
  return { page, tabId: await firefox.tabIdOf(page) };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await firefox.openExtensionPage(`src/popup/index.html?tab=${tabId}`, '#app[data-ready="true"]');
  await popup.setViewport({ width: 400, height: 760 });
  return popup;
}

const visibility = (page: Page, snippets: string[]) => page.evaluate(snippetVisibility, snippets);
/** The toolbar button's tooltip on a tab. */
const buttonTitle = (tabId: number) =>
  firefox.inExtension((id: number) => (globalThis as unknown as { browser: typeof chrome }).browser.action.getTitle({ tabId: id }), tabId);
const attribute = (page: Page, selector: string, name: string) => page.$eval(selector, (el, n) => el.getAttribute(n), name);
const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
/** Waits for a value to match, generously: the machine is shared and slow at times. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

/**
 * The "show" (or "why") button of the placeholder that stands for the block holding `snippet`: the
 * last placeholder before the hidden element in document order (each block's placeholder sits right
 * before its first element).
 */
async function placeholderButton(page: Page, snippet: string, button: 'show' | 'why'): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (wanted: string, kind: string) => {
      const needle = wanted.replace(/\s+/g, ' ').trim();
      let target: Element | null = null;
      for (const element of Array.from(document.body.querySelectorAll('*'))) {
        if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(element.tagName)) continue;
        if (!(element.textContent ?? '').replace(/\s+/g, ' ').includes(needle)) continue;
        if (!target || target.contains(element)) target = element;
      }
      let hidden: Element | null = target;
      while (hidden && !hidden.getAttributeNames().some((name) => name.startsWith('data-sift-hidden-') && !name.endsWith('-shown'))) hidden = hidden.parentElement;
      if (!hidden) return null;
      const before = Array.from(document.querySelectorAll('sift-placeholder')).filter(
        (placeholder) => placeholder.compareDocumentPosition(hidden!) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return before.at(-1)?.shadowRoot?.querySelector(`button.${kind}`) ?? null;
    },
    snippet,
    button,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`no placeholder for ${JSON.stringify(snippet)}`);
  return element;
}

/** Turns clean view on (shortcut path), checks what is hidden and shown, reveals one block, turns it off. */
async function cleanViewRoundTrip(url: string, expected: { hidden: string[]; article: string[] }): Promise<void> {
  const { page, tabId } = await openPage(url);
  const before = await page.evaluate(documentHtml);
  const shownBefore = await visibility(page, expected.hidden);
  expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
  for (const probe of await visibility(page, expected.hidden)) expect(probe, probe.snippet).toMatchObject({ found: true, visible: false });
  for (const probe of await visibility(page, expected.article)) expect(probe, probe.snippet).toMatchObject({ found: true, visible: true });

  // Reveal the first of those blocks that the page itself shows (a page without its scripts may keep some hidden).
  const first = shownBefore.find((probe) => probe.visible)?.snippet;
  if (expected.hidden.length) expect(first, 'a block the page shows before clean view').toBeDefined();
  if (first) {
    await (await placeholderButton(page, first, 'show')).click();
    await poll(async () => (await visibility(page, [first]))[0]).toMatchObject({ found: true, visible: true });
    expect((await page.evaluate(placeholderLabels)).some((label) => label.endsWith(' shown'))).toBe(true);
  }

  expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false, hiddenCount: 0 } });
  expect(await page.evaluate(documentHtml)).toBe(before);
  expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
  await page.close();
}

/**
 * A seed's hand-written must-holds that this suite can see in a page: texts clean view must hide (a
 * label check naming only kinds hidden by default, i.e. anything but the article) and article texts.
 */
function seedExpectations(slug: string): { hidden: string[]; article: string[]; noArticle: boolean } {
  const must = JSON.parse(readFileSync(resolve(ROOT, 'seeds', slug, 'must.json'), 'utf8')) as MustFile;
  const hidden: string[] = [];
  const article: string[] = [];
  for (const check of must.checks) {
    if (check.pending) continue;
    if (check.check === 'inArticle') article.push(check.text);
    if (check.check === 'label' && check.text && [check.label].flat().every((label) => label !== 'article')) hidden.push(check.text);
  }
  // Appeals first, so that the block revealed is an appeal's where there is one.
  const rank = (text: string) => (must.checks.some((c) => c.check === 'label' && c.text === text && [c.label].flat().some((l) => APPEAL_KINDS.includes(l))) ? 0 : 1);
  const noArticle = must.checks.some((check) => check.check === 'noArticle' && !check.pending);
  return { hidden: hidden.sort((a, b) => rank(a) - rank(b)), article, noArticle };
}

const SEED_SLUGS = readdirSync(resolve(ROOT, 'seeds')).filter((slug) => existsSync(resolve(ROOT, 'seeds', slug, 'must.json')));

describe('clean view in Firefox', () => {
  it('hides the seed page appeal through the popup button, keeps the article, and restores the DOM exactly', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    const before = await page.evaluate(documentHtml);

    const popup = await openPopup(tabId);
    expect(await attribute(popup, '#toggle', 'aria-pressed')).toBe('false');
    await popup.click('#toggle');
    await popup.waitForSelector('#app[data-state="on"]', { timeout: 15_000 });

    for (const result of await visibility(page, SEED.appeal)) expect(result, result.snippet).toMatchObject({ found: true, visible: false });
    for (const result of await visibility(page, SEED.article)) expect(result, result.snippet).toMatchObject({ found: true, visible: true });
    const labels = await page.evaluate(placeholderLabels);
    expect(labels).toContain('Donation appeal hidden');
    expect(await firefox.badge(tabId)).toBe(String(labels.length));
    await page.screenshot({ path: resultPath('firefox-clean-view.png'), fullPage: true });

    // "why" shows the rule's reason; "show" reveals that block alone.
    const readReason = () =>
      page.evaluate(() => {
        const host = Array.from(document.querySelectorAll('sift-placeholder')).find((p) => p.shadowRoot?.querySelector('.what')?.textContent === 'Donation appeal hidden');
        const element = host?.shadowRoot?.querySelector('.reason') as HTMLElement | null | undefined;
        return { hidden: element?.hidden ?? true, shown: element ? getComputedStyle(element).display !== 'none' : false, text: element?.textContent ?? '' };
      });
    expect(await readReason()).toMatchObject({ hidden: true, shown: false });
    await (await placeholderButton(page, SEED.appeal[0]!, 'why')).click();
    const reason = await readReason();
    expect(reason).toMatchObject({ hidden: false, shown: true });
    expect(isDonationReason(reason.text), reason.text).toBe(true);
    await (await placeholderButton(page, SEED.appeal[0]!, 'show')).click();
    await poll(async () => (await visibility(page, SEED.appeal)).every((r) => r.visible)).toBe(true);
    expect(await visibility(page, ['Read Entire Article'])).toMatchObject([{ found: true, visible: false }]);

    await popup.click('#toggle');
    await popup.waitForSelector('#app[data-state="off"]', { timeout: 15_000 });
    expect(await page.evaluate(documentHtml)).toBe(before);
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    expect(await firefox.badge(tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('runs the keyboard-shortcut command: on, then off with the DOM as before', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    const before = await page.evaluate(documentHtml);
    const on = (await firefox.runCommand(tabId)) as { status: string; state: { on: boolean; hiddenCount: number } };
    expect(on).toMatchObject({ status: 'ok', state: { on: true } });
    expect(await visibility(page, SEED.appeal.slice(0, 1))).toMatchObject([{ visible: false }]);
    expect(await buttonTitle(tabId)).toBe(`Sift: clean view on · ${on.state.hiddenCount} hidden`);
    // A second injection (shortcut, then popup) must not double anything.
    const placeholders = (await page.evaluate(siftTraces)).placeholders;
    expect(placeholders).toBeGreaterThan(0);
    const popup = await openPopup(tabId);
    expect(await attribute(popup, '#toggle', 'aria-pressed')).toBe('true');
    expect((await page.evaluate(siftTraces)).placeholders).toBe(placeholders);
    expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false, hiddenCount: 0 } });
    expect(await buttonTitle(tabId)).toBe('Sift: clean view');
    expect(await page.evaluate(documentHtml)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('offers the same toggle in the page context menu', async () => {
    // The entry exists (update() rejects for an unknown id); firefox-context-menu.test.ts clicks it
    // in Firefox's real page context menu.
    const updates = (id: string) =>
      firefox.inExtension(
        (menu: string) => (globalThis as unknown as { browser: typeof chrome }).browser.contextMenus.update(menu, {}).then(() => true, () => false),
        id,
      );
    expect(await updates('sift-toggle-clean-view')).toBe(true);
    expect(await updates('no-such-menu')).toBe(false);
  });

  it('takes away the bar and the count of a block the page itself takes out', async () => {
    const { page, tabId } = await openPage(server.fixtureUrl('appeal-taken-out'));
    const result = (await firefox.runCommand(tabId)) as { state: { hiddenCount: number } };
    expect(await page.evaluate(placeholderLabels)).toContain('Donation appeal hidden');
    await page.evaluate(() => dispatchEvent(new Event('ledger-update')));
    await poll(() => firefox.badge(tabId)).toBe(String(result.state.hiddenCount - 1));
    expect(await page.evaluate(placeholderLabels)).not.toContain('Donation appeal hidden');
    expect(await visibility(page, ['Update: the operator added on Sunday'])).toMatchObject([{ found: true, visible: true }]);
    expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false } });
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    await page.close();
  });

  it('cleans the first page of a new tab, pressed before the answer came', async () => {
    // A new tab shows about:blank, loading, until the answer: not a page Sift may not touch.
    const tabIds = () => firefox.inExtension(async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({})).map((tab) => tab.id ?? -1), null);
    const before = new Set(await tabIds());
    const page = await firefox.browser.newPage();
    pageContexts.add(firefox.contextOf(page));
    const [tabId] = (await tabIds()).filter((id) => !before.has(id));
    const path = `/stall/seeds/${SEED.slug}/source.html`;
    const asked = server.requests.filter((request) => request === path).length;
    void page.goto(`${server.origin}${path}?tab=${++opened}`, { waitUntil: 'load' }).catch(() => undefined);
    await poll(() => server.requests.filter((request) => request === path).length).toBe(asked + 1);
    expect(await firefox.runCommand(tabId!)).toMatchObject({ status: 'ok', state: { on: true } });
    await poll(async () => (await visibility(page, SEED.appeal.slice(0, 1)))[0]).toMatchObject({ found: true, visible: false });
    await page.close();
  });

  it('answers at once on a page that adds a frame after its load', async () => {
    // The tab shows "loading" again while the frame waits for its answer; the page itself is there.
    const { page, tabId } = await openPage(server.fixtureUrl('late-frame'));
    await page.waitForSelector('html[data-frame-added]');
    expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    expect(await attribute(page, 'html', 'data-frame-loaded')).toBeNull();
    expect(await visibility(page, ['The harbour ferry carried its first passengers'])).toMatchObject([{ found: true, visible: true }]);
    await page.close();
  });

  it('cleans the page a pending navigation brings, pressed before the answer came', async () => {
    // Firefox shows the old address while the new page has not answered: Sift waits for it.
    const { page, tabId } = await openPage(server.fixtureUrl('no-article'));
    const path = `/stall/seeds/${SEED.slug}/source.html`;
    const asked = server.requests.filter((request) => request === path).length;
    void page.goto(`${server.origin}${path}?tab=${++opened}`, { waitUntil: 'load' }).catch(() => undefined);
    await poll(() => server.requests.filter((request) => request === path).length).toBe(asked + 1);
    expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: true } });
    await poll(async () => (await visibility(page, SEED.appeal.slice(0, 1)))[0]).toMatchObject({ found: true, visible: false });
    for (const probe of await visibility(page, SEED.article)) expect(probe, probe.snippet).toMatchObject({ found: true, visible: true });
    await page.close();
  });

  it('hides an appeal injected 2 s after load while clean view is on', async () => {
    const { page, tabId } = await openPage(server.fixtureUrl('late-appeal'));
    const result = (await firefox.runCommand(tabId)) as { status: string; state: { hiddenCount: number } };
    expect(result.status).toBe('ok');
    // Clean view started before the appeal existed: what follows is the late-content path.
    expect(await attribute(page, 'html', 'data-epic-inserted')).toBeNull();
    await page.waitForSelector('html[data-epic-inserted]', { timeout: 10_000 });
    await poll(async () => (await visibility(page, ['Please consider supporting us today']))[0]).toMatchObject({ found: true, visible: false });
    for (const probe of await visibility(page, ['Residents of the valley', 'The council will present a plan'])) expect(probe.visible).toBe(true);
    expect(await page.evaluate(placeholderLabels)).toContain('Donation appeal hidden');
    await poll(() => firefox.badge(tabId)).toBe(String(result.state.hiddenCount + 1));
    expect(await firefox.runCommand(tabId)).toMatchObject({ status: 'ok', state: { on: false } });
    expect(await page.evaluate(siftTraces)).toEqual({ attributes: 0, placeholders: 0, styles: 0 });
    expect(await visibility(page, ['Please consider supporting us today'])).toMatchObject([{ visible: true }]);
    await page.close();
  });

  describe.each(SEED_SLUGS)('seed page %s', (slug) => {
    it('hides its appeals and furniture, keeps its article text, reveals a block, and restores the DOM exactly', async () => {
      const expected = seedExpectations(slug);
      if (expected.noArticle) {
        // Without an article clean view would blank the page: the shortcut is a quiet no-op.
        const { page, tabId } = await openPage(server.seedUrl(slug));
        const before = await page.evaluate(documentHtml);
        expect(await firefox.runCommand(tabId)).toEqual({ status: 'ok', state: { on: false, hiddenCount: 0, noArticle: true } });
        expect(await page.evaluate(documentHtml)).toBe(before);
        await page.close();
        return;
      }
      expect(expected.hidden.length + expected.article.length).toBeGreaterThan(0);
      await cleanViewRoundTrip(server.seedUrl(slug), expected);
    });
  });

  describe.each(CORPUS_PAGES)('corpus page %s', (id) => {
    it('hides every labelled appeal, keeps every article snippet, reveals a block, and restores the DOM exactly', async () => {
      const labels = corpusLabels(id);
      if (!labels) return;
      const appeals = labels.boilerplate.filter((b) => APPEAL_KINDS.includes(b.kind)).map((b) => b.snippet);
      expect(appeals.length).toBeGreaterThan(0);
      await cleanViewRoundTrip(server.corpusUrl(id), { hidden: appeals, article: labels.article });
    });
  });
});

describe('popup in Firefox', () => {
  it("shows the paywall evidence in the classifier's words, details included", async () => {
    const expected = seedEvidence(EVIDENCE_SEED);
    expect(expected.some((reason) => reason.includes('(Piano/Tinypass)'))).toBe(true);
    const { page, tabId } = await openPage(server.seedUrl(EVIDENCE_SEED));
    const popup = await openPopup(tabId);
    await popup.waitForSelector('#paywall .evidence li');
    expect(await popup.$$eval('#paywall .evidence li', (items) => items.map((li) => li.textContent))).toEqual(expected);
    await popup.close();
    await page.close();
  });

  it('shows the paywall verdict, the blocks per kind with reasons, and the cleaned article', async () => {
    const { page, tabId } = await openPage(server.seedUrl(SEED.slug));
    await firefox.runCommand(tabId);
    const popup = await openPopup(tabId);
    expect(await attribute(popup, '#paywall .verdict', 'data-paywall')).toMatch(/^(none|soft|metered|registration|hard)$/);
    expect(await text(popup, '#paywall .verdict')).not.toBe('');
    expect(await text(popup, 'details[data-kind="donation_appeal"] summary')).toMatch(/^Donation appeal \d+$/);
    const firstBlockShown = () => popup.$eval('details[data-kind="donation_appeal"] li', (li) => li.checkVisibility());
    expect(await firstBlockShown()).toBe(false);
    await popup.click('details[data-kind="donation_appeal"] summary');
    await poll(firstBlockShown).toBe(true);
    expect(isDonationReason(await text(popup, 'details[data-kind="donation_appeal"] .reason'))).toBe(true);
    expect(await text(popup, '#article .title')).toBe(SEED.title);
    const body = await text(popup, '#article .article-body');
    expect(body).toContain(SEED.article[0]);
    expect(body).toContain(SEED.article[1]);
    expect(body).not.toContain('Remind me later');
    expect(await text(popup, '#article .meta')).toMatch(/min read/);
    // The article is text, never the page's markup.
    expect(await popup.$$eval('#article .article-body *:not(p)', (nodes) => nodes.length)).toBe(0);
    await popup.screenshot({ path: resultPath('firefox-popup.png'), fullPage: true });
    await firefox.runCommand(tabId);
    await popup.close();
    await page.close();
  });

  it('says when a page has no article, and keeps clean view off there', async () => {
    const { page, tabId } = await openPage(server.fixtureUrl('no-article'));
    const before = await page.evaluate(documentHtml);
    const popup = await openPopup(tabId);
    expect(await text(popup, '#no-article')).toBe('This page has no article.');
    expect(await popup.$('#no-appeals')).not.toBeNull();
    expect(await popup.$eval('#toggle', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    expect(await firefox.runCommand(tabId)).toEqual({ status: 'ok', state: { on: false, hiddenCount: 0, noArticle: true } });
    // The shortcut's only answer there: the toolbar button's tooltip says why nothing happened.
    expect(await buttonTitle(tabId)).toBe('Sift: this page has no article, so clean view has nothing to keep');
    expect(await page.evaluate(documentHtml)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('says when the browser does not let extensions touch a page', async () => {
    const { page, tabId } = await openPage(server.fixtureUrl('no-article'));
    await page.goto('about:blank');
    const popup = await openPopup(tabId);
    expect(await popup.$('#restricted')).not.toBeNull();
    expect(await popup.$('#toggle')).toBeNull();
    expect(await firefox.runCommand(tabId)).toEqual({ status: 'restricted' });
    await popup.close();
    await page.close();
  });
});

describe('network and errors in Firefox', () => {
  it('made no network request of its own: only the tests\' pages fetched, and only from the page server', async () => {
    expect(pageContexts.size).toBeGreaterThan(0);
    // What BiDi saw: every request went to the page server, from a tab a test opened (or a frame in it).
    const seen = firefox.requests.filter((r) => !r.url.startsWith('data:'));
    expect(seen.length).toBeGreaterThan(0);
    const foreign = seen.filter((r) => !r.url.startsWith(`${server.origin}/`) || !pageContexts.has(firefox.topContext(r.context ?? '')));
    expect(foreign.map((r) => `${r.url} from ${firefox.urlOfContext(r.context ?? undefined)}`)).toEqual([]);
    // Documents, frames and their images, fonts and styles only: no fetch() or XMLHttpRequest (destination '').
    expect(seen.filter((r) => r.destination === '').map((r) => r.url)).toEqual([]);
    // What the page server saw: nothing but what those pages asked for.
    const askedByPages = new Set(seen.map((r) => new URL(r.url).pathname));
    expect(server.requests.filter((path) => !askedByPages.has(path))).toEqual([]);
    // Every other host is routed to the sink, whichever part of Firefox asks: it heard nothing.
    expect(sink.requests).toEqual([]);
  });

  it('would have caught a request from an extension page (the sink works)', async () => {
    const probe = 'http://sift-sink-check.invalid/probe';
    await firefox.inExtension((url: string) => fetch(url).then(() => 'answered', () => 'failed'), probe);
    await poll(() => sink.requests).toContain(`GET ${probe}`);
  });

  it('left no uncaught error or unhandled rejection in any of its scripts', async () => {
    const errors = await firefox.extensionErrors();
    // The channel works: an error thrown in an extension page arrives, with that page as its source.
    const probe = `error-channel probe ${Date.now()}`;
    await firefox.inExtension((text: string) => void setTimeout(() => {
      throw new Error(text);
    }), probe);
    await poll(async () => (await firefox.extensionErrors()).some((e) => e.startsWith(firefox.extensionUrl('')) && e.endsWith(probe))).toBe(true);
    expect(errors).toEqual([]);
  });
});
