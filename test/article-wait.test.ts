import { afterEach, describe, expect, it, vi } from 'vitest';
import { WAIT_DEBOUNCE_MS, WAIT_INTERVAL_MS, WAIT_LIMIT_MS, waitForArticle } from '../src/content/article-wait.js';
import { parse } from './helpers/dom.js';

afterEach(() => {
  vi.useRealTimers();
});

/** A page that adds `count` paragraphs, one every `everyMs`, and the tries made meanwhile. */
async function growPage(doc: Document, count: number, everyMs: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    doc.body.append(doc.createElement('p'));
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('waitForArticle (an always-clean site whose article is built by script)', () => {
  it('tries after the page changes, not before, and stops once a try finds the article', async () => {
    vi.useFakeTimers();
    const doc = parse('<body><main>Loading…</main></body>');
    const tries: number[] = [];
    waitForArticle(doc, async () => {
      tries.push(doc.querySelectorAll('p').length);
      return doc.querySelectorAll('p').length >= 3;
    });
    await vi.advanceTimersByTimeAsync(WAIT_INTERVAL_MS * 3);
    expect(tries).toEqual([]);
    // A burst of changes is one try, after the page has paused.
    await growPage(doc, 2, 10);
    expect(tries).toEqual([]);
    await vi.advanceTimersByTimeAsync(WAIT_DEBOUNCE_MS);
    expect(tries).toEqual([2]);
    await growPage(doc, 1, WAIT_INTERVAL_MS);
    expect(tries).toEqual([2, 3]);
    // Found: later changes bring no more tries.
    await growPage(doc, 5, WAIT_INTERVAL_MS);
    expect(tries).toEqual([2, 3]);
  });

  it('tries at most once an interval on a page that never stops changing, and gives up at the limit', async () => {
    vi.useFakeTimers();
    const doc = parse('<body></body>');
    let tries = 0;
    waitForArticle(doc, async () => {
      tries += 1;
      return false;
    });
    await growPage(doc, WAIT_LIMIT_MS / 50, 50);
    expect(tries).toBeGreaterThanOrEqual(WAIT_LIMIT_MS / WAIT_INTERVAL_MS - 2);
    expect(tries).toBeLessThanOrEqual(WAIT_LIMIT_MS / WAIT_INTERVAL_MS + 1);
    const atLimit = tries;
    await growPage(doc, 20, WAIT_INTERVAL_MS);
    expect(tries).toBe(atLimit);
  });

  it('stops when told (the reader pressed), and survives a try that throws', async () => {
    vi.useFakeTimers();
    const doc = parse('<body></body>');
    let tries = 0;
    const stop = waitForArticle(doc, async () => {
      tries += 1;
      throw new Error('a page the classifier cannot read yet');
    });
    await growPage(doc, 1, WAIT_INTERVAL_MS);
    await growPage(doc, 1, WAIT_INTERVAL_MS);
    expect(tries).toBe(2);
    stop();
    await growPage(doc, 3, WAIT_INTERVAL_MS);
    expect(tries).toBe(2);
  });
});
