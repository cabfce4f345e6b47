import { chromium, type Browser, type Page } from 'playwright-core';
import type { BenchApi } from './browser-entry.js';
import type { Bundles } from './build-bundles.js';
import type { CorpusPage } from './corpus.js';
import type { PageTimes } from './corpus-jsdom.js';
import { generatePage } from './generator.js';
import { median, medianEach, round } from './measure.js';
import type { ScalingCase } from './scaling.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags every benchmark's Chromium is launched with (bench/ab.ts's too). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

declare const siftBench: BenchApi;

export interface CleanViewTimes {
  id: string;
  elements: number;
  hidden: number;
  /** applyCleanView itself (attributes and the style element), ms. */
  apply: number;
  /** …plus the style recalculation and layout it causes, forced with offsetHeight. */
  applyLayout: number;
  revert: number;
  revertLayout: number;
}

export interface ChromiumScalingRow {
  name: string;
  elements: number;
  classifyMs: number | null;
  floorMs: number | null;
  error?: string;
}

export interface ChromiumResults {
  version: string;
  corpus: PageTimes[];
  /**
   * Sift/Readability for each load taken apart (the k-th load of every page: median classify ÷
   * median parse over the pages): how far one run's ratio moves from load to load.
   */
  loadRatios: number[];
  cleanView: CleanViewTimes[];
  scaling: ChromiumScalingRow[];
}

/** Rejects after `ms`; the caller closes the tab, which ends a script still running in it. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`stopped after ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Loads `html` into a fresh document of the tab, page scripts off and every request refused (the
 * corpus pages point at their sites' servers; nothing leaves the machine), then runs both bundles
 * in it as classic scripts, as the browser runs an extension's content script on each page load.
 * Fresh: `setContent` alone keeps the window, and the last load's functions with it. Scripts, not
 * `page.evaluate`: Playwright runs a string through `eval`, and V8 caches eval code differently
 * (measured over the corpus: the strict eval recompiled the bundle on every load, a first classify
 * of 38-47 ms median where a script gives 24-32; a sloppy eval reused the last load's warm-up).
 */
async function load(page: Page, html: string, bundles: Bundles): Promise<void> {
  await page.goto('about:blank');
  await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  const session = await page.context().newCDPSession(page);
  try {
    for (const source of [bundles.readability, bundles.sift]) {
      const { exceptionDetails } = await session.send('Runtime.evaluate', { expression: source });
      if (exceptionDetails) throw new Error(`a bench bundle failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
  } finally {
    await session.detach();
  }
}

/**
 * `loads`: how often each corpus page is loaded afresh (both bundles evaluated again, one warm-up
 * call, `repeats` timed rounds); its figures are the median over the loads. The code is still
 * warming up in those rounds, and one load's medians moved by half between runs on nearly the same code.
 */
export async function benchChromium(
  pages: CorpusPage[],
  cleanViewPages: CorpusPage[],
  scalingCases: ScalingCase[],
  bundles: Bundles,
  repeats: number,
  loads: number,
  timeoutMs: number,
  progress: (line: string) => void,
): Promise<ChromiumResults> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    let page = await context.newPage();
    const corpus: PageTimes[] = [];
    /** Each page's times, load by load. */
    const byLoad: Array<Array<{ classify: number; parse: number }>> = Array.from({ length: loads }, () => []);
    for (const item of pages) {
      const measured = [];
      for (let pass = 0; pass < loads; pass++) {
        await load(page, item.html, bundles);
        const times = await page.evaluate((n) => siftBench.timePage(n), repeats);
        measured.push(times);
        byLoad[pass]!.push(times);
      }
      const times = medianEach(measured);
      corpus.push({ id: item.id, ...times });
      progress(`chromium ${item.id}: classify ${times.classify.toFixed(1)} ms, readability ${times.parse.toFixed(1)} ms`);
    }
    const cleanView: CleanViewTimes[] = [];
    for (const item of cleanViewPages) {
      await load(page, item.html, bundles);
      const times = await page.evaluate((n) => siftBench.timeCleanView(n), Math.max(repeats, 5));
      cleanView.push({ id: item.id, elements: times.elements, hidden: times.hidden, apply: round(times.apply, 3), applyLayout: round(times.applyLayout, 3), revert: round(times.revert, 3), revertLayout: round(times.revertLayout, 3) });
      progress(`chromium clean view ${item.id}: apply ${times.apply.toFixed(2)} ms`);
    }
    const scaling: ChromiumScalingRow[] = [];
    for (const testCase of scalingCases) {
      const generated = generatePage({ elements: testCase.elements, nesting: testCase.nesting, seed: 42 });
      try {
        await load(page, generated.html, bundles);
        // One run of the 300k page; as many of 100k as of 10k, for their ratio (bench/scaling-child.ts).
        const runs = testCase.elements > 100_000 ? 1 : repeats;
        const times = await withTimeout(page.evaluate(([n, nested]) => siftBench.timeClassify(n, nested), [runs, testCase.nesting > 0] as const), timeoutMs);
        scaling.push({ name: testCase.name, elements: times.elements, classifyMs: round(times.classify), floorMs: round(times.floor) });
        progress(`chromium scaling ${testCase.name}: classify ${times.classify.toFixed(1)} ms (${times.elements} elements)`);
      } catch (error) {
        // A timeout or a renderer crash is a result too: record it and go on in a fresh tab.
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        scaling.push({ name: testCase.name, elements: generated.elements, classifyMs: null, floorMs: null, error: message });
        progress(`chromium scaling ${testCase.name}: ${message}`);
        await page.close().catch(() => undefined);
        page = await context.newPage();
      }
    }
    const loadRatios = pages.length === 0 ? [] : byLoad.map((load) => round(median(load.map((p) => p.classify)) / median(load.map((p) => p.parse))));
    return { version: browser.version(), corpus, loadRatios, cleanView, scaling };
  } finally {
    await browser?.close();
  }
}
