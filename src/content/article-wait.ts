/**
 * On a site the reader cleans always, the registered script runs once the page is idle, and a
 * page that builds its article by script may not hold it yet: clean view would find no article
 * and stay off. Until one appears, for a while, each pause after the page changes is a new try,
 * and the first that finds an article starts clean view. Bounded as the late-content watcher is:
 * a debounce, at most one try per interval, and a limit, after which the page is left as it is.
 */
export const WAIT_DEBOUNCE_MS = 300;
export const WAIT_INTERVAL_MS = 1000;
export const WAIT_LIMIT_MS = 15_000;

/** Calls `attempt` after the page changes until it answers true or the limit passes. Returns a function that stops waiting. */
export function waitForArticle(doc: Document, attempt: () => Promise<boolean>): () => void {
  // The content script's own constructor; the document's window's where there is no global one (jsdom).
  const View = globalThis.MutationObserver ?? doc.defaultView?.MutationObserver;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastTry = 0;
  let trying = false;
  let stopped = false;
  const schedule = () => {
    if (stopped || timer !== null) return;
    timer = setTimeout(run, Math.max(WAIT_DEBOUNCE_MS, WAIT_INTERVAL_MS - (Date.now() - lastTry)));
  };
  const run = async () => {
    timer = null;
    if (stopped) return;
    // One try at a time: a change during a try (a phrase book on its way) waits for the next.
    if (trying) return schedule();
    trying = true;
    lastTry = Date.now();
    try {
      if (await attempt()) stop();
    } catch {
      // A page that breaks the classifier mid-build: its next change is another try.
    }
    trying = false;
  };
  const observer = new View(schedule);
  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    clearTimeout(limit);
  };
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const limit = setTimeout(stop, WAIT_LIMIT_MS);
  return stop;
}
