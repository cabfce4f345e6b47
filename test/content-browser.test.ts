/**
 * The content script's door (src/shared/content-browser.ts) against stand-ins for the two
 * namespaces: with a native `browser` it passes calls straight through; with Chrome's `chrome` it
 * answers a listener's promise through `sendResponse` the way webextension-polyfill does, so the
 * polyfilled background reads replies and errors unchanged. The real browsers are in test/e2e.
 */
import polyfillPackage from 'webextension-polyfill/package.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentBrowser, type ContentListener } from '../src/shared/content-browser.js';

type ChromeListener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => boolean;

/** A stand-in for `chrome` with callback replies; `reply` decides what sendMessage's callback sees. */
function fakeChrome(reply: { value?: unknown; lastError?: string } = {}) {
  const listeners: ChromeListener[] = [];
  const runtime = {
    id: 'sift-id',
    lastError: undefined as { message: string } | undefined,
    sent: [] as unknown[],
    sendMessage(message: unknown, callback: (value: unknown) => void) {
      runtime.sent.push(message);
      queueMicrotask(() => {
        runtime.lastError = reply.lastError ? { message: reply.lastError } : undefined;
        callback(reply.value);
        runtime.lastError = undefined;
      });
    },
    onMessage: { addListener: (listener: ChromeListener) => listeners.push(listener) },
  };
  const i18n = { getMessage: (key: string, subs?: string | string[]) => (key === 'hello' ? `Hello ${String(subs)}` : '') };
  /** Delivers a message as Chrome would: the listener's return value, and the reply if it sends one. */
  const deliver = (message: unknown) =>
    new Promise<{ kept: boolean; reply: unknown }>((resolve) => {
      let kept = false;
      const sendResponse = (value: unknown) => resolve({ kept, reply: value });
      kept = listeners[0]!(message, { id: 'sift-id' }, sendResponse);
      if (!kept) resolve({ kept, reply: undefined });
    });
  return { chrome: { runtime, i18n }, deliver };
}

describe('contentBrowser with Chrome’s callback API', () => {
  it('reads the id and UI strings', () => {
    const ext = contentBrowser({ chrome: fakeChrome().chrome });
    expect(ext.id).toBe('sift-id');
    expect(ext.getMessage('hello', ['you'])).toBe('Hello you');
  });

  it('sends a listener’s resolved value as the reply and keeps the channel open for it', async () => {
    const { chrome, deliver } = fakeChrome();
    const ext = contentBrowser({ chrome });
    ext.onMessage((message) => Promise.resolve({ echo: message }));
    expect(await deliver({ type: 'sift:ping' })).toEqual({ kept: true, reply: { echo: { type: 'sift:ping' } } });
  });

  it('does not answer when the listener returns undefined', async () => {
    const { chrome, deliver } = fakeChrome();
    contentBrowser({ chrome }).onMessage(() => undefined);
    expect(await deliver({ type: 'other' })).toEqual({ kept: false, reply: undefined });
  });

  it('answers a rejected or throwing listener with the polyfill’s reject mark', async () => {
    const { chrome, deliver } = fakeChrome();
    const ext = contentBrowser({ chrome });
    ext.onMessage(() => Promise.reject(new Error('no article')));
    expect((await deliver({})).reply).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'no article' });
    const throwing = fakeChrome();
    contentBrowser({ chrome: throwing.chrome }).onMessage(() => {
      throw new Error('broken');
    });
    expect((await throwing.deliver({})).reply).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'broken' });
  });

  it('sendMessage resolves the reply, undefined when nobody replied, and rejects on an error or a reject mark', async () => {
    await expect(contentBrowser({ chrome: fakeChrome({ value: { autoClean: true } }).chrome }).sendMessage({ type: 'sift:ready' })).resolves.toEqual({ autoClean: true });
    await expect(
      contentBrowser({ chrome: fakeChrome({ lastError: 'The message port closed before a response was received.' }).chrome }).sendMessage({}),
    ).resolves.toBeUndefined();
    await expect(contentBrowser({ chrome: fakeChrome({ lastError: 'Could not establish connection.' }).chrome }).sendMessage({})).rejects.toThrow('Could not establish connection.');
    await expect(
      contentBrowser({ chrome: fakeChrome({ value: { __mozWebExtensionPolyfillReject__: true, message: 'denied' } }).chrome }).sendMessage({}),
    ).rejects.toThrow('denied');
  });

  it('uses the same reject mark and no-reply message as the installed webextension-polyfill', () => {
    const require = createRequire(import.meta.url);
    const polyfill = readFileSync(require.resolve('webextension-polyfill'), 'utf8');
    expect(polyfillPackage.version).toMatch(/^0\.12\./);
    expect(polyfill).toContain('__mozWebExtensionPolyfillReject__');
    expect(polyfill).toContain('"The message port closed before a response was received."');
  });
});

describe('contentBrowser with a native browser namespace', () => {
  it('passes every call through to it, and prefers it to chrome', async () => {
    const listeners: ContentListener[] = [];
    const browser = {
      runtime: {
        id: 'native-id',
        sendMessage: (message: unknown) => Promise.resolve({ got: message }),
        onMessage: { addListener: (listener: ContentListener) => listeners.push(listener) },
      },
      i18n: { getMessage: (key: string) => `native ${key}` },
    };
    const ext = contentBrowser({ browser, chrome: fakeChrome().chrome });
    expect(ext.id).toBe('native-id');
    expect(ext.getMessage('x')).toBe('native x');
    await expect(ext.sendMessage(1)).resolves.toEqual({ got: 1 });
    const listener: ContentListener = () => Promise.resolve('reply');
    ext.onMessage(listener);
    expect(listeners).toEqual([listener]);
  });

  it('ignores a browser namespace without a runtime id (a page’s own global), as the polyfill does', () => {
    const ext = contentBrowser({ browser: { runtime: {} }, chrome: fakeChrome().chrome });
    expect(ext.id).toBe('sift-id');
  });
});
