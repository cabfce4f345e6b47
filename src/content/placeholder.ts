import type { Label } from '../classifier/types.js';

/** The tag of the slim bar left where a block was hidden (a valid custom-element name, so it can hold a shadow root). */
export const PLACEHOLDER_TAG = 'sift-placeholder';

/**
 * Looks up a UI string in the extension's messages; returns `fallback` when there is none (kept
 * injectable for tests, which read the shipped messages). The placeholder passes no fallback: its
 * keys are all in the default locale (test/extension-strings.test.ts), and English copies of them
 * here cost the content script 46 bytes of its 30 KB.
 */
export type Translate = (key: string, substitutions?: string[], fallback?: string) => string;

// Isolated from the page's CSS by the shadow root; follows the system's dark mode.
const STYLE = `
:host{all:initial;display:block;margin:.35em 0;font:13px/1.4 system-ui,sans-serif;color:#4b5563}
.bar{display:flex;flex-wrap:wrap;gap:.4em;align-items:center;padding:.15em .6em;border-left:3px solid #9ca3af;background:#7f7f7f14}
button{all:unset;cursor:pointer;color:#1d4ed8;text-decoration:underline;border-radius:2px}
button:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}
.reason{padding:.2em .6em .3em .9em;font-size:12px;white-space:pre-line}
@media(prefers-color-scheme:dark){:host{color:#d1d5db}.bar{border-color:#6b7280}button{color:#93c5fd}button:focus-visible{outline-color:#93c5fd}}
`;

export interface PlaceholderHandlers {
  onShow(): void;
  onHide(): void;
}

/**
 * Builds the placeholder "Donation appeal hidden · why · show" for one block. Everything in it is
 * text nodes (no page HTML); it is marked with `marker` so revert finds and removes it exactly.
 */
export function createPlaceholder(doc: Document, marker: string, label: Label, reasons: string[], handlers: PlaceholderHandlers, msg: Translate): HTMLElement {
  const host = doc.createElement(PLACEHOLDER_TAG);
  host.setAttribute(marker, label);
  const root = host.attachShadow({ mode: 'open' });
  // Each part is an element of a class with text (never page HTML).
  const part = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] => {
    const element = doc.createElement(tag);
    element.className = className;
    element.textContent = text;
    return element;
  };
  const kind = msg(`label_${label}`);
  const hiddenText = msg('placeholderHidden', [kind]);
  const shownText = msg('placeholderShown', [kind]);
  const what = part('span', 'what', hiddenText);
  const why = part('button', 'why', msg('placeholderWhy'));
  why.setAttribute('aria-expanded', 'false');
  // Read now: once the extension is updated or reloaded, a page's old content script can no longer
  // read its messages, and its bars must keep their words.
  const showText = msg('placeholderShow');
  const hideText = msg('placeholderHide');
  const show = part('button', 'show', showText);
  why.type = show.type = 'button';
  // One rule's reason a line (pre-line), as the popup lists them.
  const reason = part('div', 'reason', reasons.join('\n') || msg('placeholderNoReason'));
  reason.hidden = true;
  const bar = part('div', 'bar');
  bar.setAttribute('role', 'note');
  // Strings given to append become text nodes.
  bar.append(what, '·', why, '·', show);
  root.append(part('style', '', STYLE), bar, reason);
  why.addEventListener('click', () => {
    reason.hidden = !reason.hidden;
    why.setAttribute('aria-expanded', String(!reason.hidden));
  });
  let shown = false;
  show.addEventListener('click', () => {
    shown = !shown;
    what.textContent = shown ? shownText : hiddenText;
    show.textContent = shown ? hideText : showText;
    if (shown) handlers.onShow();
    else handlers.onHide();
  });
  return host;
}
