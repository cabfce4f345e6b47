/**
 * The hostile-page test bodies (issue 5, item 2), run by the Chromium and the Firefox suite alike:
 * each suite supplies only a driver that opens pages, runs Sift's toggle and reads the page. Clean
 * view must turn on (article visible, appeal hidden where stated), keep the tab responsive, and turn
 * off leaving no trace. Page state is read in an isolated world, so a page that patches its DOM
 * prototypes, JSON or Array can neither fool the checks nor break them.
 */
import { expect, it } from 'vitest';
import { ARTICLE, deepPageName, type DeepPage } from './hostile-pages.js';
import type { Probe } from './isolated-world.js';
import { documentHtml, siftTraces } from './page-probes.js';

export interface HostileTab {
  tabId: number;
  /** Runs a probe in an isolated world of the top frame. */
  probe: Probe;
  /** Runs a probe in the page's own world (where its globals, e.g. `closedRootHtml`, live). */
  evaluate: Probe;
  /** Runs a probe in the page's own world of the (loaded) frame whose URL contains `part`. */
  inFrame(part: string): Promise<Probe>;
  close(): Promise<void>;
}

export interface HostileDriver {
  open(name: string): Promise<HostileTab>;
  /** Sift's toggle, the keyboard shortcut's path through the background. */
  toggle(tabId: number): Promise<unknown>;
  /** Uncaught errors and unhandled rejections of the extension's own scripts so far. */
  extensionErrors(): Promise<string[]>;
}

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** Waits for a value to match, generously: the machine is shared and slow at times. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 200 });
const ON = { status: 'ok', state: { on: true } };
const OFF = { status: 'ok', state: { on: false } };

/** The article's paragraphs and the appeal, with whether each takes up space on screen. */
function articleState(): { paragraphs: Array<{ text: string; visible: boolean }>; appealVisible: boolean | null } {
  const shown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const appeal = document.getElementById('appeal');
  return {
    paragraphs: Array.from(document.querySelectorAll('article > p')).map((p) => ({ text: p.textContent ?? '', visible: shown(p) })),
    appealVisible: appeal ? shown(appeal) : null,
  };
}

async function expectCleaned(tab: HostileTab, { appealHidden = true } = {}): Promise<void> {
  const state = await tab.probe(articleState, null);
  expect(state.paragraphs.map((p) => p.text)).toEqual(ARTICLE);
  for (const paragraph of state.paragraphs) expect(paragraph.visible, paragraph.text).toBe(true);
  if (appealHidden) expect(state.appealVisible, 'appeal').toBe(false);
}

const exists = (tab: HostileTab, selector: string) => tab.probe((s: string) => document.querySelector(s) !== null, selector);
const NO_TRACES = { attributes: 0, placeholders: 0, styles: 0 };

/** Registers the hostile-page tests; `driver()` is read when a test runs (after the suite's beforeAll). */
export function hostilePageTests(driver: () => HostileDriver, { deep }: { deep: DeepPage[] }): void {
  const open = (name: string) => driver().open(name);
  const toggle = (tab: HostileTab) => driver().toggle(tab.tabId);

  it('a page that patches Element, Node, Document, MutationObserver, timers, JSON, Array and Promise', async () => {
    const tab = await open('patched-prototypes');
    // The patches are in force in the page's world; the checks' isolated world does not see them.
    const arrayFrom = () => {
      try {
        return Array.from([1]).length === 1 ? 'works' : 'fooled';
      } catch {
        return 'patched';
      }
    };
    expect(await tab.evaluate(arrayFrom, null)).toBe('patched');
    expect(await tab.probe(arrayFrom, null)).toBe('works');
    const before = await tab.probe(documentHtml, null);
    expect(await toggle(tab)).toMatchObject(ON);
    await delay(300);
    await expectCleaned(tab);
    expect(await toggle(tab)).toMatchObject(OFF);
    expect(await tab.probe(documentHtml, null)).toBe(before);
    await tab.close();
  });

  it('a page carrying Sift’s attribute names, placeholder element and stylesheet id: its own marks are left as they were', async () => {
    const tab = await open('fake-sift-marks');
    const before = await tab.probe(documentHtml, null);
    expect(await toggle(tab)).toMatchObject(ON);
    await expectCleaned(tab);
    expect(await tab.probe(() => document.querySelectorAll('#sift-clean-view-000000000000, sift-placeholder[data-sift-hidden-000000000000]').length, null)).toBe(2);
    expect(await toggle(tab)).toMatchObject(OFF);
    expect(await tab.probe(documentHtml, null)).toBe(before);
    await tab.close();
  });

  it('a page that removes Sift’s stylesheet while clean view is on keeps its article, and Sift leaves no trace', async () => {
    const tab = await open('removes-sift-stylesheet');
    expect(await toggle(tab)).toMatchObject(ON);
    await poll(() => exists(tab, 'body[data-removed]')).toBe(true);
    await delay(150);
    await expectCleaned(tab, { appealHidden: false });
    expect(await toggle(tab)).toMatchObject(OFF);
    expect(await tab.probe(siftTraces, null)).toEqual(NO_TRACES);
    await tab.close();
  });

  it('a page that copies Sift’s hiding attribute onto the article (again whenever removed) never gets the article hidden, nor the tab frozen', async () => {
    const tab = await open('copies-sift-attribute');
    expect(await toggle(tab)).toMatchObject(ON);
    await delay(500);
    // The copy war is bounded: Sift gives up on the page (its appeal shows again), the tab answers.
    expect(await tab.probe(() => document.title, null)).toContain('Tram line');
    await expectCleaned(tab, { appealHidden: false });
    expect(await toggle(tab)).toMatchObject(OFF);
    await tab.close();
  });

  it('a page inserting nodes forever stays responsive with clean view on, and turns off cleanly', async () => {
    const tab = await open('endless-insertion');
    expect(await toggle(tab)).toMatchObject(ON);
    // Responsive: the page's own loop keeps inserting and the tab answers, round after round.
    const inserted = () => tab.probe(() => Number(document.getElementById('feed')?.dataset.inserted ?? 0), null);
    let last = await inserted();
    for (let i = 0; i < 5; i++) {
      await delay(300);
      const seen = last;
      await poll(inserted).toBeGreaterThan(seen);
      last = await inserted();
    }
    await expectCleaned(tab);
    expect(await toggle(tab)).toMatchObject(OFF);
    await delay(150);
    expect(await tab.probe(siftTraces, null)).toEqual(NO_TRACES);
    await tab.close();
  });

  /** On, off, and the DOM exactly as before. */
  const roundTrip = async (tab: HostileTab) => {
    const before = await tab.probe(documentHtml, null);
    expect(await toggle(tab)).toMatchObject(ON);
    await expectCleaned(tab);
    expect(await toggle(tab)).toMatchObject(OFF);
    expect(await tab.probe(documentHtml, null)).toBe(before);
  };

  it('huge-page: a page of 200,000 elements is cleaned and restored exactly', async () => {
    const tab = await open('huge-page');
    expect(await tab.probe(() => document.getElementsByTagName('*').length, null)).toBeGreaterThan(200_000);
    await roundTrip(tab);
    await tab.close();
  }, 240_000);

  it.each(deep.map((d) => [deepPageName(d), d.depth, d.style] as const))('%s: a page nested %i deep (%s levels) is cleaned and restored exactly', async (name, depth) => {
    const tab = await open(name);
    // The page's script built every level (a crash or an exception would stop it short).
    const levels = await tab.probe(() => {
      let level = 0;
      for (let at = document.getElementById('deep')?.firstElementChild; at; at = at.firstElementChild) level += 1;
      return { level, built: Number(document.body.dataset.depth) };
    }, null);
    expect(levels).toEqual({ level: depth, built: depth });
    await roundTrip(tab);
    await tab.close();
  }, 240_000);

  it('shadow roots: hides the appeal in an open shadow root, leaves a closed one alone, and restores both exactly', async () => {
    const tab = await open('shadow-roots');
    const closedHtml = () => tab.evaluate(() => (window as unknown as { closedRootHtml(): string }).closedRootHtml(), null);
    const openHtml = () => tab.evaluate(() => document.getElementById('open-host')!.shadowRoot!.innerHTML, null);
    // On screen or not: the open root's appeal box, and the closed root's host (its content is the page's business).
    const shown = () =>
      tab.evaluate(() => {
        const openAppeal = document.getElementById('open-host')!.shadowRoot!.querySelector('aside')!;
        return { openAppeal: openAppeal.getClientRects().length > 0, closedHost: document.getElementById('closed-host')!.getClientRects().length > 0 };
      }, null);
    const closedBefore = await closedHtml();
    const openBefore = await openHtml();
    expect(await shown()).toEqual({ openAppeal: true, closedHost: true });
    expect(await toggle(tab)).toMatchObject(ON);
    await expectCleaned(tab);
    expect(await shown()).toEqual({ openAppeal: false, closedHost: true });
    expect(await closedHtml()).toBe(closedBefore);
    expect(await toggle(tab)).toMatchObject(OFF);
    expect(await openHtml()).toBe(openBefore);
    expect(await shown()).toEqual({ openAppeal: true, closedHost: true });
    await tab.close();
  });

  it('frames: cleans the top page of a page with a same-origin and a cross-origin frame, and leaves both frames as they were', async () => {
    const tab = await open('iframes');
    const frames = { same: await tab.inFrame('/frame-same.html'), cross: await tab.inFrame('/frame-cross.html') };
    const framesHtml = async () => ({ same: await frames.same(documentHtml, null), cross: await frames.cross(documentHtml, null) });
    const framesBefore = await framesHtml();
    expect(framesBefore.same).toContain('same-origin frame tells');
    expect(framesBefore.cross).toContain('cross-origin frame tells');
    expect(await frames.cross(() => location.origin, null)).not.toBe(await tab.probe(() => location.origin, null));
    const before = await tab.probe(documentHtml, null);
    expect(await toggle(tab)).toMatchObject(ON);
    await expectCleaned(tab);
    // Sift works in the top frame only: the frames' documents (and their appeals) are untouched.
    expect(await framesHtml()).toEqual(framesBefore);
    expect(await toggle(tab)).toMatchObject(OFF);
    expect(await tab.probe(documentHtml, null)).toBe(before);
    expect(await framesHtml()).toEqual(framesBefore);
    await tab.close();
  });

  it('left no uncaught error or unhandled rejection in the extension’s scripts', async () => {
    expect(await driver().extensionErrors()).toEqual([]);
  });
}
