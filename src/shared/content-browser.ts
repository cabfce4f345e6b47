/**
 * The content script's door to the extension APIs: the four calls it makes, without the
 * webextension-polyfill that src/shared/browser.ts gives the background and the extension pages.
 * The content script is injected into every page Sift cleans and must stay within 30 KB gzip
 * (test/extension-build.test.ts); the polyfill alone is 10 KB minified, and these four calls need
 * it for one thing only: Chrome's `chrome.runtime.onMessage` does not send a listener's promise as
 * the reply. That is done here the polyfill's way, so the background (polyfilled) reads replies and
 * rejections exactly as before:
 * - a native `browser` namespace (Firefox; Chrome 148+) is used as it is, as the polyfill does;
 * - otherwise `chrome`: a listener's promise is answered through `sendResponse`, a rejection as the
 *   polyfill's reject mark, and `sendMessage` turns the mark (and Chrome's "no reply") back the same way.
 */
import type { Runtime } from 'webextension-polyfill';

export type MessageSender = Runtime.MessageSender;
/** Returns the reply as a promise, or undefined when the message is not for it. */
export type ContentListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export interface ContentBrowser {
  /** The extension's id, to tell its own messages from others. */
  readonly id: string;
  getMessage(key: string, substitutions?: string | string[]): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage(listener: ContentListener): void;
}

/** The parts of the `browser` namespace used (Firefox, Chrome 148+): promise-based. */
interface NativeBrowser {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: ContentListener): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

/** The parts of Chrome's `chrome` namespace used: callback-based replies. */
interface ChromeApi {
  runtime: {
    id: string;
    lastError?: { message?: string };
    sendMessage(message: unknown, callback: (reply: unknown) => void): void;
    onMessage: { addListener(listener: (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => boolean): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

/** What the polyfill replies for a rejected listener promise; its `sendMessage` rejects on it. */
const REJECT_MARK = '__mozWebExtensionPolyfillReject__';
/** Chrome's lastError when no listener replied: the polyfill (and Firefox) resolve undefined then. */
const NO_REPLY = 'The message port closed before a response was received.';

function rejectMark(reply: unknown): { message: string } | null {
  return typeof reply === 'object' && reply !== null && (reply as Record<string, unknown>)[REJECT_MARK] === true ? (reply as { message: string }) : null;
}

/** The door for the namespaces in `scope` (globalThis in the content script; fakes in tests). */
export function contentBrowser(scope: { browser?: unknown; chrome?: unknown } = globalThis as { browser?: unknown; chrome?: unknown }): ContentBrowser {
  const native = scope.browser as NativeBrowser | undefined;
  if (native?.runtime?.id) {
    return {
      get id() {
        return native.runtime.id!;
      },
      getMessage: (key, substitutions) => native.i18n.getMessage(key, substitutions),
      sendMessage: (message) => native.runtime.sendMessage(message),
      onMessage: (listener) => native.runtime.onMessage.addListener(listener),
    };
  }
  const api = scope.chrome as ChromeApi;
  return {
    get id() {
      return api.runtime.id;
    },
    getMessage: (key, substitutions) => api.i18n.getMessage(key, substitutions),
    sendMessage: (message) =>
      new Promise((resolve, reject) => {
        api.runtime.sendMessage(message, (reply) => {
          const error = api.runtime.lastError;
          const mark = rejectMark(reply);
          if (error) {
            if (error.message === NO_REPLY) resolve(undefined);
            else reject(new Error(error.message));
          } else if (mark) reject(new Error(mark.message));
          else resolve(reply);
        });
      }),
    onMessage: (listener) =>
      api.runtime.onMessage.addListener((message, sender, sendResponse) => {
        let result: Promise<unknown> | undefined;
        try {
          result = listener(message, sender);
        } catch (error) {
          result = Promise.reject(error);
        }
        if (!result) return false;
        result
          .then(sendResponse, (error: unknown) => {
            const message = error instanceof Error || typeof (error as { message?: unknown })?.message === 'string' ? (error as Error).message : 'An unexpected error occurred';
            sendResponse({ [REJECT_MARK]: true, message });
          })
          .catch(() => undefined); // the tab or the sender went away before the reply
        return true;
      }),
  };
}
