/// <reference types="chrome" />
/**
 * Launches Debian's Chromium headless with an unpacked Sift build (playwright-core, no browser
 * download) and records every network request and every error the extension could cause.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RecordedRequest {
  url: string;
  /** 'worker' for the service worker, else the URL of the frame that asked. */
  from: string;
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  requests: RecordedRequest[];
  /** Console errors and uncaught errors from pages and extension pages. */
  errors: string[];
  extensionUrl(path: string): string;
  /** The tab id the extension sees for a page (matched by its URL). */
  tabIdOf(page: Page): Promise<number>;
  /** Console errors, uncaught errors and unhandled rejections of the service worker, plus those of pages. */
  workerErrors(): Promise<string[]>;
  /** Runs the keyboard-shortcut command in the background, exactly as the shortcut does. */
  runCommand(tabId: number): Promise<unknown>;
  /**
   * Clicks the extension's toolbar button for a page's tab, through the DevTools protocol's
   * `Extensions.triggerAction` (the browser runs the action as for a user's click: activeTab is
   * granted for the tab and the popup opens).
   */
  triggerAction(page: Page): Promise<void>;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** The browser's UI language (the extension's `_locales` follow it). */
  locale?: string;
  /** Keep Chromium's back-forward cache, which Playwright turns off by default. */
  backForwardCache?: boolean;
  /** Open the DevTools protocol's Extensions domain to the driver (needed by `triggerAction`). */
  extensionDebugging?: boolean;
}

export async function launchChromium(extensionDir: string, options: ChromiumOptions = {}): Promise<ChromiumSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`);
  const profile = mkdtempSync(join(tmpdir(), 'sift-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1100, height: 900 },
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(options.extensionDebugging ? ['--enable-unsafe-extension-debugging'] : []),
        ...(options.locale ? [`--lang=${options.locale}`] : []),
      ],
    });
    const ctx = context;
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const requests: RecordedRequest[] = [];
    const errors: string[] = [];
    ctx.on('request', (request) => {
      let from = 'worker';
      try {
        from = request.serviceWorker() ? 'worker' : request.frame().url();
      } catch {
        from = 'unknown';
      }
      requests.push({ url: request.url(), from });
    });
    ctx.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
    worker.on('console', (message) => {
      if (message.type() === 'error') errors.push(`worker: ${message.text()}`);
    });
    // Uncaught errors and unhandled rejections in the background are collected inside the worker.
    await worker.evaluate(() => {
      const scope = globalThis as unknown as { siftTestErrors: string[] } & typeof globalThis;
      scope.siftTestErrors = [];
      scope.addEventListener('error', (event) => scope.siftTestErrors.push(String((event as ErrorEvent).message)));
      scope.addEventListener('unhandledrejection', (event) => scope.siftTestErrors.push(String((event as PromiseRejectionEvent).reason)));
    });
    const watch = (page: Page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
      });
    };
    ctx.pages().forEach(watch);
    ctx.on('page', watch);
    return {
      context: ctx,
      worker,
      extensionId,
      requests,
      errors,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
      async tabIdOf(page) {
        const url = page.url();
        // A tab still loading may show its address as `pendingUrl` only, and the tabs API learns of
        // a committed navigation a moment after the page does: ask again for a few seconds.
        for (let attempt = 0; attempt < 50; attempt++) {
          const id = await worker.evaluate(async (target: string) => {
            const tabs = await chrome.tabs.query({});
            return tabs.find((tab) => tab.url === target || tab.pendingUrl === target)?.id ?? -1;
          }, url);
          if (id >= 0) return id;
          await new Promise((done) => setTimeout(done, 100));
        }
        throw new Error(`no tab for ${url}`);
      },
      async workerErrors() {
        const inside = await worker.evaluate(() => (globalThis as unknown as { siftTestErrors?: string[] }).siftTestErrors ?? []);
        return [...inside, ...errors.filter((e) => e.startsWith('worker:'))];
      },
      runCommand: (tabId) =>
        worker.evaluate(
          (id: number) => (globalThis as unknown as { siftRunCommand(c: string, t: number): Promise<unknown> }).siftRunCommand('toggle-clean-view', id),
          tabId,
        ),
      async triggerAction(page) {
        const browser = ctx.browser();
        if (!browser) throw new Error('no browser behind the context');
        const cdp = await browser.newBrowserCDPSession();
        try {
          // The action runs on a tab target (not the page target) with the page's URL.
          const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
            targetInfos: Array<{ targetId: string; type: string; url: string }>;
          };
          const tab = targetInfos.find((info) => info.type === 'tab' && info.url === page.url());
          if (!tab) throw new Error(`no tab target for ${page.url()}`);
          await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
        } finally {
          await cdp.detach().catch(() => undefined);
        }
      },
      async close() {
        await ctx.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
