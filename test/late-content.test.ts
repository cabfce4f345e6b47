import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS, LateContentWatcher, MAX_ROOTS_PER_BATCH, MIN_INTERVAL_MS } from '../src/content/late-content.js';
import { parse } from './helpers/dom.js';

afterEach(() => {
  vi.useRealTimers();
});

function watch(doc: Document, onInserted: (roots: Element[]) => void = () => undefined, onOwnRemoved: () => void = () => undefined) {
  return new LateContentWatcher(doc, { isOwn: (node) => (node as Element).localName === 'sift-placeholder', onInserted, onOwnRemoved });
}

describe('LateContentWatcher', () => {
  it('batches: a burst of insertions becomes one batch of outermost roots', async () => {
    vi.useFakeTimers();
    const doc = parse('<body><main></main></body>');
    const batches: string[][] = [];
    const watcher = watch(doc, (roots) => batches.push(roots.map((el) => el.localName)));
    watcher.start();
    const outer = doc.createElement('section');
    doc.querySelector('main')!.append(outer);
    await vi.advanceTimersByTimeAsync(10);
    outer.append(doc.createElement('p'));
    doc.body.append(doc.createElement('aside'), doc.createElement('sift-placeholder'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 20);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(MIN_INTERVAL_MS);
    expect(batches).toEqual([['section', 'aside']]);
    watcher.stop();
  });

  it('does bounded work: a page inserting nodes all the time gets at most one batch per interval', async () => {
    vi.useFakeTimers();
    const doc = parse('<body></body>');
    let batches = 0;
    let largest = 0;
    const watcher = watch(doc, (roots) => {
      batches += 1;
      largest = Math.max(largest, roots.length);
    });
    watcher.start();
    for (let ms = 0; ms < 10_000; ms += 20) {
      for (let i = 0; i < 5; i++) doc.body.append(doc.createElement('div'));
      await vi.advanceTimersByTimeAsync(20);
    }
    // Batches keep coming while the page keeps mutating (no starvation), one per interval at most.
    expect(batches).toBeGreaterThanOrEqual(10_000 / MIN_INTERVAL_MS - 2);
    expect(batches).toBeLessThanOrEqual(10_000 / MIN_INTERVAL_MS + 1);
    expect(largest).toBeLessThanOrEqual(MAX_ROOTS_PER_BATCH);
    watcher.stop();
  });

  it('reports the removal of its own nodes, ignores their insertion, and stops for good', async () => {
    vi.useFakeTimers();
    const doc = parse('<body></body>');
    const own = doc.createElement('sift-placeholder');
    doc.body.append(own);
    let removed = 0;
    let batches = 0;
    const watcher = watch(doc, () => (batches += 1), () => (removed += 1));
    watcher.start();
    own.remove();
    await vi.advanceTimersByTimeAsync(0);
    expect(removed).toBe(1);
    doc.body.append(doc.createElement('sift-placeholder'));
    await vi.advanceTimersByTimeAsync(2 * MIN_INTERVAL_MS);
    expect(batches).toBe(0);
    watcher.stop();
    doc.body.append(doc.createElement('div'));
    await vi.advanceTimersByTimeAsync(2 * MIN_INTERVAL_MS);
    expect(batches).toBe(0);
    expect(watcher.running).toBe(false);
  });
});
