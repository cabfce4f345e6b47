/// <reference types="chrome" />
/**
 * Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core) with a Sift build
 * installed as a temporary add-on, at a fixed moz-extension:// host so tests can open its pages.
 * It records the network requests BiDi reports for every browsing context, and reads the extension's
 * uncaught errors from Firefox's console service.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'sift@sift.invalid';
/** An extension page with no side effect on tabs: it carries the tests' messages to the background. */
const CONTROL_PAGE = 'src/options/index.html';
const CONTROL_READY = '#app[data-ready="true"]';

export interface FirefoxRequest {
  url: string;
  /** The BiDi browsing context that asked (a tab's), or null when none was named. */
  context: string | null;
  /** Fetch destination: 'document', 'iframe', 'image', 'font'…; '' for fetch() and XMLHttpRequest. */
  destination: string;
}

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  /** Requests seen by BiDi's network module, in order. */
  requests: FirefoxRequest[];
  extensionUrl(path: string): string;
  /**
   * Opens an extension page (the popup as a tab, the options page) and waits for `selector`:
   * puppeteer's goto to a moz-extension:// page never resolves, so it is not awaited.
   */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  /** The BiDi browsing-context id of a page's top frame (as in `requests`). */
  contextOf(page: Page): string;
  /** The tab's context a frame's context belongs to (itself for a top-level context). */
  topContext(context: string): string;
  /** The last URL a context loaded (for messages), else the context id. */
  urlOfContext(context: string | undefined): string;
  /** Runs `fn(arg)` in an extension page, where `browser.*` is the WebExtension API. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The tab id the extension sees for a page (matched by its URL). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * The keyboard-shortcut path: a `sift:command` message from an extension page makes the background
   * call the very function its `commands.onCommand` listener calls.
   */
  runCommand(tabId: number): Promise<unknown>;
  badge(tabId: number): Promise<string>;
  /**
   * Uncaught errors and unhandled rejections from any script of the extension — background, popup,
   * options, content script — as Firefox's console service holds them (read in the browser's chrome
   * context, which `--remote-allow-system-access` opens to BiDi). BiDi's log module does not see
   * extension pages, so this is the only place they show.
   */
  extensionErrors(): Promise<string[]>;
  /**
   * Evaluates `expression` in the browser window's privileged chrome context (where `document` is
   * Firefox's own UI), as `--remote-allow-system-access` lets BiDi do, and returns its JSON value.
   */
  inChrome(expression: string): Promise<unknown>;
  /**
   * Right-clicks `selector` in a page, which opens Firefox's real page context menu, then activates
   * the extension's item `menuId` in it as a user's click would: Firefox's own menus code then fires
   * `contextMenus.onClicked` (and grants activeTab for the tab).
   */
  clickContextMenuItem(page: Page, selector: string, menuId: string): Promise<void>;
  close(): Promise<void>;
}

interface BidiConnection {
  on(event: string, listener: (params: never) => void): void;
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export async function launchFirefox(extensionDir: string, options: { prefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is not installed at ${FIREFOX} (apt-get install firefox-esr)`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Release builds sync "remote settings" from Mozilla's servers and ignore the server pref unless
    // this variable is set: with it, the sync reads an empty data: URL, as Firefox's own test harness does.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...options.prefs,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    },
  });
  const requests: FirefoxRequest[] = [];
  // puppeteer subscribes to every BiDi module; its connection re-emits each raw event by name.
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  bidi.on('network.beforeRequestSent', (event: { context: string | null; request: { url: string; destination?: string } }) => {
    requests.push({ url: event.request.url, context: event.context ?? null, destination: event.request.destination ?? '' });
  });
  const contextUrls = new Map<string, string>();
  const contextParents = new Map<string, string>();
  bidi.on('browsingContext.contextCreated', (event: { context: string; parent?: string | null }) => {
    if (event.parent) contextParents.set(event.context, event.parent);
  });
  // Extension pages report no load event over BiDi, only the commit of their navigation.
  for (const name of ['browsingContext.navigationCommitted', 'browsingContext.load']) {
    bidi.on(name, (event: { context: string; url: string }) => void contextUrls.set(event.context, event.url));
  }
  const urlOfContext = (context: string | undefined) => (context ? (contextUrls.get(context) ?? context) : 'unknown');
  const topContext = (context: string) => {
    let top = context;
    for (let parent = contextParents.get(top); parent; parent = contextParents.get(top)) top = parent;
    return top;
  };
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path}`;
  const inChrome = async (expression: string): Promise<unknown> => {
    const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const [window] = tree.result.contexts as Array<{ context: string }>;
    if (!window) throw new Error('no chrome context: is --remote-allow-system-access set?');
    const reply = await bidi.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
    const result = reply.result as { type?: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
    if (result.type === 'exception') throw new Error(`chrome context: ${result.exceptionDetails?.text ?? 'exception'}`);
    return result.result?.value;
  };
  const waitInChrome = async (condition: string, what: string) => {
    const deadline = Date.now() + 15_000;
    while ((await inChrome(`Boolean(${condition})`)) !== true) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  };
  /** Resolves when a context has committed to a document whose URL starts with `prefix`, or at the deadline. */
  const committed = (context: string, prefix: string, timeout: number) =>
    new Promise<void>((done) => {
      const deadline = Date.now() + timeout;
      const check = () => {
        if (contextUrls.get(context)?.startsWith(prefix) || Date.now() > deadline) return done();
        setTimeout(check, 50);
      };
      check();
    });
  const openOnce = async (path: string, selector: string) => {
    const page = await browser.newPage();
    try {
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      page.goto(extensionUrl(path)).catch(() => undefined);
      // puppeteer does not follow the switch from about:blank to a moz-extension:// document, and a
      // wait begun in the old document can break: wait for the navigation to commit first.
      await committed(context, extensionUrl(''), 15_000);
      await page.waitForSelector(selector, { timeout: 15_000 });
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
  };
  const openExtensionPage = async (path: string, selector: string) => {
    // A page whose wait broke in the switch is replaced by a fresh one (rare; twice at most).
    for (let attempt = 1; ; attempt++) {
      try {
        return await openOnce(path, selector);
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  };
  let control: Promise<Page> | undefined;
  const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    control ??= openExtensionPage(CONTROL_PAGE, CONTROL_READY).catch((error: unknown) => {
      control = undefined;
      throw error;
    });
    const page = await control;
    return (await page.evaluate(fn as never, arg as never)) as R;
  };
  return {
    browser,
    uuid,
    requests,
    extensionUrl,
    openExtensionPage,
    contextOf: (page) => (page.mainFrame() as unknown as { _id: string })._id,
    topContext,
    urlOfContext,
    inExtension,
    async tabIdOf(page) {
      const url = page.url();
      const id = await inExtension(async (target: string) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const tabs = await api.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    runCommand: (tabId) =>
      inExtension(
        (id: number) =>
          (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({
            type: 'sift:command',
            command: 'toggle-clean-view',
            tabId: id,
          }) as Promise<unknown>,
        tabId,
      ),
    badge: (tabId) => inExtension((id: number) => (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({ tabId: id }), tabId),
    async extensionErrors() {
      const value = await inChrome(`JSON.stringify(Services.console.getMessageArray().flatMap((m) =>
        m instanceof Ci.nsIScriptError && !(m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) &&
        String(m.sourceName).startsWith(${JSON.stringify(extensionUrl(''))}) ? [m.sourceName + ': ' + m.errorMessage] : []))`);
      if (typeof value !== 'string') throw new Error(`could not read the console service: ${JSON.stringify(value)}`);
      return JSON.parse(value) as string[];
    },
    inChrome,
    async clickContextMenuItem(page, selector, menuId) {
      await page.bringToFront();
      await page.click(selector, { button: 'right' });
      const menu = `document.getElementById('contentAreaContextMenu')`;
      await waitInChrome(`${menu}.state === 'open'`, 'the page context menu to open');
      // Firefox names an extension's item "<widget id>-menuitem-_<menu id>".
      const item = `${menu}.querySelector(${JSON.stringify(`menuitem[id$="-menuitem-_${menuId}"]`)})`;
      const found = await inChrome(`(() => { const item = ${item}; if (!item || item.hidden || item.disabled) return false; ${menu}.activateItem(item); return true; })()`);
      if (found !== true) throw new Error(`no enabled item ${menuId} in the page context menu`);
      await waitInChrome(`${menu}.state === 'closed'`, 'the page context menu to close');
    },
    close: () => browser.close().catch(() => undefined),
  };
}

/**
 * Opens `url` in a new tab and finds its id as the one tab that appeared: on a site the extension
 * has no permission for, it may not read the tab's URL, so `tabIdOf` cannot match it.
 */
export async function openInNewTab(session: FirefoxSession, url: string): Promise<{ page: Page; tabId: number }> {
  const tabIds = () => session.inExtension(async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({})).map((tab) => tab.id ?? -1), null);
  const before = new Set(await tabIds());
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const added = (await tabIds()).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab for ${url}, found ${added.length}`);
  return { page, tabId: added[0]! };
}

