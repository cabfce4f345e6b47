/**
 * Hostile pages in a real headless Firefox ESR (puppeteer-core over WebDriver BiDi) with the test
 * build installed as a temporary add-on (issue 5, item 2). The pages are in helpers/hostile-pages.ts
 * and the test bodies in helpers/hostile-tests.ts, shared with the Chromium suite
 * (hostile-pages.test.ts); this file only drives Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtExtension } from '../helpers/extension.js';
import { launchFirefox, type FirefoxSession } from './helpers/firefox.js';
import { startHostileServer, type DeepPage, type HostileServer } from './helpers/hostile-pages.js';
import { hostilePageTests, type HostileDriver } from './helpers/hostile-tests.js';
import { firefoxProbe, type Probe } from './helpers/isolated-world.js';
import { startNetworkSink, type NetworkSink } from './helpers/network-sink.js';

/** The full depth in plain block boxes: Firefox lays it out (Chromium's suite explains its own pages). */
const DEEP: DeepPage[] = [{ depth: 3000, style: 'block' }];

let server: HostileServer;
let sink: NetworkSink;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startHostileServer({ deep: DEEP });
  sink = await startNetworkSink();
  firefox = await launchFirefox(builtExtension('firefox-test'), { prefs: sink.firefoxPrefs() });
});

afterAll(async () => {
  await firefox?.close();
  await sink?.close();
  await server?.close();
});

const driver: HostileDriver = {
  async open(name) {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(server.url(name), { waitUntil: 'load', timeout: 120_000 });
    const mainWorld: Probe = (fn, arg) => page.evaluate(fn as never, arg as never) as never;
    return {
      tabId: await firefox.tabIdOf(page),
      probe: firefoxProbe(firefox.browser, page),
      evaluate: mainWorld,
      async inFrame(part) {
        const frame = page.frames().find((f) => f.url().includes(part));
        if (!frame) throw new Error(`no frame ${part} in ${page.url()}`);
        return (fn, arg) => frame.evaluate(fn as never, arg as never) as never;
      },
      close: () => page.close(),
    };
  },
  toggle: (tabId) => firefox.runCommand(tabId),
  extensionErrors: () => firefox.extensionErrors(),
};

describe('hostile pages in Firefox', () => {
  hostilePageTests(() => driver, { deep: DEEP });

  it('sent nothing beyond the local servers (every other host goes to the network sink)', () => {
    expect(sink.requests).toEqual([]);
  });
});
