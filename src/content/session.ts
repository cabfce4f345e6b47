import { classifyText } from '../classifier/classify-text.js';
import { explain } from './explain.js';
import type { Classification, Label, Section } from '../classifier/types.js';
import { applyCleanView, randomToken, type CleanView } from '../clean-view/apply.js';
import { groupSections, type Block } from '../clean-view/groups.js';
import { LateContentWatcher } from './late-content.js';
import { createPlaceholder, PLACEHOLDER_TAG, type Translate } from './placeholder.js';
import { readingLayout, type ReadingLayout } from './reading-layout.js';

export interface SessionOptions {
  hide: ReadonlySet<Label>;
  readingLayout: boolean;
  /** UI strings for the placeholders. */
  translate: Translate;
  /** Told whenever the number of hidden blocks changes after the start (late content, removals). */
  onChange(): void;
}

/** A hidden block and the bar that stands for it on the page. */
type HiddenBlock = Block & { bar: HTMLElement };

/**
 * One period of clean view on a page: hides the classified blocks (attribute + one stylesheet),
 * leaves a placeholder before each block, watches for late content, and undoes all of it exactly.
 */
export class CleanSession {
  /** The blocks hidden now, each with its bar; the popup lists them and the badge counts them. */
  blocks: HiddenBlock[] = [];
  private readonly view: CleanView;
  private readonly marker: string;
  private readonly token: string;
  private readonly watcher: LateContentWatcher;
  private readonly layout: ReadingLayout | null;
  private styleRestores = 0;

  constructor(
    private readonly doc: Document,
    classification: Classification,
    private readonly options: SessionOptions,
  ) {
    const token = randomToken();
    this.token = token;
    this.marker = `data-sift-placeholder-${token}`;
    this.view = applyCleanView(doc, classification, { hide: options.hide, token });
    this.watcher = new LateContentWatcher(doc, {
      isOwn: (node) => this.isOwn(node),
      onInserted: (roots) => this.classifyLate(roots),
      onOwnRemoved: () => this.heal(),
    });
    try {
      const hidden = new Set(this.view.hidden.map((entry) => entry.element));
      this.addBlocks(classification.sections.filter((section) => hidden.has(section.element)));
      this.layout = options.readingLayout ? readingLayout(doc, classification, token) : null;
    } catch (error) {
      // A document that refuses Sift's nodes (e.g. XML without shadow roots): leave it as it was.
      this.revert();
      throw error;
    }
    this.watcher.start();
  }

  /** Stops watching (page hidden or unloading); `resume` starts again. */
  pause(): void {
    this.watcher.stop();
  }

  resume(): void {
    this.watcher.start();
  }

  /** Removes every attribute, placeholder and stylesheet Sift added. */
  revert(): void {
    this.watcher.stop();
    for (const block of this.blocks) block.bar.remove();
    this.layout?.revert();
    this.view.revert();
  }

  private isOwn(node: Node): boolean {
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    return (element.localName === PLACEHOLDER_TAG && element.hasAttribute(this.marker)) || (element.id.startsWith('sift-') && element.id.endsWith(this.token));
  }

  private addBlocks(sections: Section[]): void {
    const isPlaceholder = (el: Element) => el.localName === PLACEHOLDER_TAG;
    for (const block of groupSections(sections, isPlaceholder)) {
      const first = block.elements[0];
      if (!first?.parentNode) continue;
      const placeholder = createPlaceholder(this.doc, this.marker, block.label, block.reasons, {
        onShow: () => block.elements.forEach((el) => this.view.reveal(el)),
        onHide: () => block.elements.forEach((el) => this.view.conceal(el)),
      }, this.options.translate);
      first.before(placeholder);
      this.blocks.push(Object.assign(block, { bar: placeholder }));
    }
  }

  /** Late content: reclassifies the page and hides what it finds inside the inserted subtrees. */
  private classifyLate(roots: Element[]): void {
    // A block the page has taken out since (a dismissed box, a swapped story) takes its bar along,
    // and its elements lose their marks: put back later, they are read as late content.
    const count = this.blocks.length;
    this.blocks = this.blocks.filter((block) => {
      if (block.elements.some((el) => el.isConnected)) return true;
      block.bar.remove();
      block.elements.forEach((el) => this.view.release(el));
      return false;
    });
    const classification = explain(classifyText(this.doc, { url: this.doc.location?.href }), this.options.translate);
    const fresh = classification.sections.filter(
      (section) =>
        section.label !== 'article' &&
        this.options.hide.has(section.label) &&
        roots.some((root) => root === section.element || root.contains(section.element)) &&
        this.view.add(section.element, section.label),
    );
    this.addBlocks(fresh);
    // The badge shows the count: tell only when it moved.
    if (this.blocks.length !== count) this.options.onChange();
  }

  /** The page removed Sift's stylesheet: put it back (a few times at most, never a fight). */
  private heal(): void {
    if (this.styleRestores >= 5) return;
    if (this.view.restoreStyle()) this.styleRestores += 1;
    this.layout?.restoreStyle();
  }
}
