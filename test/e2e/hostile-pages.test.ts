/// <reference types="chrome" />
/**
 * Hostile pages in a real headless Chromium with the test build (issue 5, item 2). The pages are
 * in helpers/hostile-pages.ts and the test bodies in helpers/hostile-tests.ts, shared with the
 * Firefox suite (hostile-pages.firefox.test.ts); this file only drives Chromium.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { builtExtension } from '../helpers/extension.js';
import { launchChromium, type ChromiumSession } from './helpers/chromium.js';
import { startHostileServer, type HostileServer } from './helpers/hostile-pages.js';
import { hostilePageTests, type HostileDriver } from './helpers/hostile-tests.js';
import { chromiumProbe, type Probe } from './helpers/isolated-world.js';

/**
 * Chromium's own renderer crashes on a 3,000-deep page before Sift runs (in layout or in
 * `outerHTML`), so the browser case nests as deep as the browser survives; the 3,000-deep case
 * runs in jsdom (test/bad-input.test.ts) and in Firefox.
 */
const DEPTH = Number(process.env.SIFT_BROWSER_DEPTH ?? 2000);

let server: HostileServer;
let browser: ChromiumSession;

beforeAll(async () => {
  server = await startHostileServer({ depth: DEPTH });
  browser = await launchChromium(builtExtension('chrome-test'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const driver: HostileDriver = {
  async open(name) {
    const page = await browser.context.newPage();
    await page.goto(server.url(name), { waitUntil: 'load' });
    const mainWorld: Probe = (fn, arg) => page.evaluate(fn as never, arg as never);
    return {
      tabId: await browser.tabIdOf(page),
      probe: await chromiumProbe(page),
      evaluate: mainWorld,
      async inFrame(part) {
        const frame = page.frames().find((f) => f.url().includes(part));
        if (!frame) throw new Error(`no frame ${part} in ${page.url()}`);
        return (fn, arg) => frame.evaluate(fn as never, arg as never);
      },
      close: () => page.close(),
    };
  },
  toggle: (tabId) => browser.runCommand(tabId),
  extensionErrors: () => browser.workerErrors(),
};

describe('hostile pages in Chromium', () => {
  hostilePageTests(() => driver, { depth: DEPTH });
});
