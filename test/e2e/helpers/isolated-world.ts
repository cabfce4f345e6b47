/**
 * Runs a probe function in an isolated world of a page's top frame: same DOM, but its own
 * JavaScript globals and prototypes, so a hostile page that patches Element.prototype, JSON, Array
 * or Promise can neither fool nor break the test's checks. Chromium: a CDP isolated world; Firefox:
 * a WebDriver BiDi sandbox (the DOM is seen through Xray wrappers, never the page's own patches).
 *
 * A probe must be self-contained (it is sent as source text) and declare no named inner functions
 * (see page-probes.ts). Its argument and result travel as JSON.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';

export type Probe = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

const WORLD = 'sift-test-probe';

/** The source evaluated in the isolated world: calls `fn` and returns its result as a JSON string. */
function callSource(fn: (arg: never) => unknown, arg: unknown): string {
  return `(async () => JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg ?? null)}) ?? null))()`;
}

function parseResult<R>(json: unknown): R {
  if (typeof json !== 'string') throw new Error(`probe returned no JSON: ${String(json)}`);
  return JSON.parse(json) as R;
}

/** A probe for a Chromium page (through its own CDP session; one isolated world per document). */
export async function chromiumProbe(page: PlaywrightPage): Promise<Probe> {
  const cdp = await page.context().newCDPSession(page);
  let world: { url: string; id: number } | null = null;
  return async (fn, arg) => {
    // A navigation drops the world: make a new one whenever the document changed.
    if (!world || world.url !== page.url()) {
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const created = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: WORLD })) as { executionContextId: number };
      world = { url: page.url(), id: created.executionContextId };
    }
    const reply = (await cdp.send('Runtime.evaluate', {
      expression: callSource(fn as never, arg),
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (reply.exceptionDetails) throw new Error(`probe threw: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return parseResult(reply.result.value);
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** A probe for a Firefox page (a BiDi sandbox of its top browsing context). */
export function firefoxProbe(browser: PuppeteerBrowser, page: PuppeteerPage): Probe {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  return async (fn, arg) => {
    const reply = await bidi.send('script.evaluate', {
      expression: callSource(fn as never, arg),
      target: { context, sandbox: WORLD },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const result = reply.result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
    if (result.type === 'exception') throw new Error(`probe threw: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
    return parseResult(result.result?.value);
  };
}
