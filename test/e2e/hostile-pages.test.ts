/// <reference types="chrome" />
/**
 * Hostile pages in a real headless Chromium with the test build (issue 5, item 2). The pages are
 * in helpers/hostile-pages.ts and the test bodies in helpers/hostile-tests.ts, shared with the
 * Firefox suite (hostile-pages.firefox.test.ts); this file only drives Chromium.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { builtExtension } from '../helpers/extension.js';
import { launchChromium, type ChromiumSession } from './helpers/chromium.js';
import { startHostileServer, type DeepPage, type HostileServer } from './helpers/hostile-pages.js';
import { hostilePageTests, type HostileDriver } from './helpers/hostile-tests.js';
import { chromiumProbe, type Probe } from './helpers/isolated-world.js';

/**
 * Deep pages. Chromium itself (no extension, before Sift runs) crashes laying out a script-built
 * tree of about 2,900 nested block boxes: its renderer overflows the main thread's stack in
 * recursive layout (the limit moves with `ulimit -s`: about 1,500 levels with 4 MB, over 5,000 with
 * 32 MB; inline spans, `display: none` and `display: contents` levels do not crash). So the 3,000-deep
 * DOM is laid out with `display: contents` (the same elements, no box per level), and a 2,000-deep
 * page of real block boxes covers layout; Firefox takes 3,000 block levels (its own suite).
 */
const DEEP: DeepPage[] = [
  { depth: 3000, style: 'contents' },
  { depth: 2000, style: 'block' },
];

let server: HostileServer;
let browser: ChromiumSession;

beforeAll(async () => {
  server = await startHostileServer({ deep: DEEP });
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
  hostilePageTests(() => driver, { deep: DEEP });
});
