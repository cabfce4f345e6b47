/**
 * The XSS fixture cleaned in a real headless Firefox ESR with the test build, then shown in Sift's
 * popup (issue 5, item 3). The test body is in helpers/xss-popup.ts, shared with the Chromium suite
 * (xss-popup.test.ts); this file only drives Firefox. BiDi does not report extension pages' requests,
 * so every host but the local servers is routed to a recording proxy (the network sink) and the
 * page server logs what it hears; Firefox's console service holds the popup's errors and CSP reports.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { builtExtension } from '../helpers/extension.js';
import { launchFirefox, type FirefoxSession } from './helpers/firefox.js';
import { startNetworkSink, type NetworkSink } from './helpers/network-sink.js';
import { startXssServer, xssPopupTest, type XssDriver, type XssServer } from './helpers/xss-popup.js';

let server: XssServer;
let sink: NetworkSink;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startXssServer();
  sink = await startNetworkSink();
  firefox = await launchFirefox(builtExtension('firefox-test'), { prefs: sink.firefoxPrefs() });
});

afterAll(async () => {
  await firefox?.close();
  await sink?.close();
  await server?.close();
});

/** How many extension errors the console service held when each popup opened. */
const reportMarks = new WeakMap<object, number>();

const driver: XssDriver = {
  extensionBase: () => firefox.extensionUrl(''),
  async openPage(url) {
    const page = await firefox.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return { tabId: await firefox.tabIdOf(page), evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never, close: () => page.close() };
  },
  async openPopup(tabId, trap) {
    const mark = (await firefox.extensionErrors()).length;
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tab=${tabId}`, '#app[data-ready="true"]');
    // No preload script reaches a moz-extension:// page: the trap goes in once the popup is ready,
    // before the toggle renders the cleaned article again; the console service saw the first render.
    await popup.evaluate(trap);
    const handle = {
      evaluate: (fn, arg) => popup.evaluate(fn as never, arg as never) as never,
      click: (selector) => popup.click(selector),
      waitFor: async (selector) => void (await popup.waitForSelector(selector, { timeout: 15_000 })),
      close: () => popup.close(),
    } satisfies Parameters<XssDriver['popupReports']>[0];
    reportMarks.set(handle, mark);
    return handle;
  },
  recordRequests() {
    const sinkMark = sink.requests.length;
    const bidiMark = firefox.requests.length;
    const base = firefox.extensionUrl('');
    return async () => ({
      own: null,
      foreign: [
        ...sink.requests.slice(sinkMark),
        ...firefox.requests.slice(bidiMark).filter((r) => !r.url.startsWith(base)).map((r) => `${r.url} from ${firefox.urlOfContext(r.context ?? undefined)}`),
      ],
    });
  },
  popupReports: async (popup) => (await firefox.extensionErrors()).slice(reportMarks.get(popup) ?? 0),
  reportsCsp: true,
};

describe('the XSS fixture in Firefox', () => {
  xssPopupTest(() => driver, () => server);
});
