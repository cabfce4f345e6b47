/**
 * Watches a page for inserted subtrees while clean view is on and hands them over in batches:
 * collected for a short delay, at most one batch per interval, a bounded number of roots per batch, and an interval
 * that grows when a batch was slow, so a busy page cannot make Sift eat the CPU.
 */
export const DEBOUNCE_MS = 300;
export const MIN_INTERVAL_MS = 1000;
export const MAX_ROOTS_PER_BATCH = 200;
/** A batch may use at most this share of wall time; a slower batch lengthens the next interval. */
export const MAX_CPU_SHARE = 0.2;

export interface LateContentOptions {
  /** True for nodes Sift itself inserted (placeholders, stylesheets): never handed over. */
  isOwn(node: Node): boolean;
  /** Called with the connected, outermost inserted elements of a batch. */
  onInserted(roots: Element[]): void;
  /** Called when one of Sift's own nodes was removed by the page. */
  onOwnRemoved(): void;
}

export class LateContentWatcher {
  private observer: MutationObserver | null = null;
  private pending = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastRun = 0;
  private interval = MIN_INTERVAL_MS;

  constructor(
    private readonly doc: Document,
    private readonly options: LateContentOptions,
  ) {}

  start(): void {
    if (this.observer) return;
    const View = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new View((records) => this.record(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  get running(): boolean {
    return this.observer !== null;
  }

  private record(records: MutationRecord[]): void {
    let ownRemoved = false;
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1 && !this.options.isOwn(node) && this.pending.size < MAX_ROOTS_PER_BATCH * 5) this.pending.add(node as Element);
      }
      for (const node of Array.from(record.removedNodes)) if (this.options.isOwn(node)) ownRemoved = true;
    }
    if (ownRemoved) this.options.onOwnRemoved();
    if (this.pending.size) this.schedule();
  }

  /** One timer at a time: later insertions join the batch already waiting, so a page that never stops mutating still gets its batches. */
  private schedule(): void {
    if (this.timer !== null) return;
    const sinceLast = Date.now() - this.lastRun;
    const wait = Math.max(DEBOUNCE_MS, this.interval - sinceLast);
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = null;
    if (!this.observer) return;
    const connected = [...this.pending].filter((el) => el.isConnected);
    this.pending.clear();
    // Outermost roots only: a node inside another inserted node is covered by it.
    const roots = connected.filter((el) => !connected.some((other) => other !== el && other.contains(el)));
    const batch = roots.slice(0, MAX_ROOTS_PER_BATCH);
    for (const rest of roots.slice(MAX_ROOTS_PER_BATCH)) this.pending.add(rest);
    const started = Date.now();
    if (batch.length) {
      try {
        this.options.onInserted(batch);
      } catch {
        // A page that breaks the classifier's assumptions must not break the page: skip the batch.
      }
    }
    this.lastRun = Date.now();
    const took = this.lastRun - started;
    this.interval = Math.max(MIN_INTERVAL_MS, took / MAX_CPU_SHARE);
    if (this.pending.size) this.schedule();
  }
}
