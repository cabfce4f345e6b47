/**
 * Open shadow roots are read as part of the page (a web component's text is what the reader
 * sees); closed ones are left alone. Clean view reaches into an open root with its own copy of the
 * stylesheet, and revert leaves the shadow tree as it was.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { applyCleanView } from '../src/clean-view/apply.js';
import { LABELS, type Label } from '../src/classifier/types.js';
import { CleanSession } from '../src/content/session.js';
import { parse } from './helpers/dom.js';
import { contentTranslate } from './helpers/messages.js';

const PARAGRAPHS = [
  'The new tram line between the station and the university opened to passengers on Saturday morning, two years after construction began and six months later than the city had promised.',
  'Thousands of people queued for the first journeys, and the operator said it had carried more than twenty thousand passengers by the evening, far more than it had expected on a weekend.',
  'The mayor said the line would cut traffic on the ring road and that work on a second line to the hospital would begin next year, once the funding from the national government was confirmed.',
];
const OPEN_APPEAL = 'Open shadow appeal: we are funded by readers like you. Please donate today and support our journalism, every contribution counts.';
const CLOSED_APPEAL = 'Closed shadow appeal: please donate today to support our journalism, every contribution counts.';

/** An article page with an appeal in an open shadow root and one in a closed shadow root. */
function pageWithShadowAppeals(): { doc: Document; openRoot: ShadowRoot; closedRoot: ShadowRoot } {
  const doc = parse(`<!doctype html><html lang="en"><head><title>Tram line opens</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Tram line opens</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
    <div id="open-host"></div><div id="closed-host"></div></article></body></html>`);
  const openRoot = doc.getElementById('open-host')!.attachShadow({ mode: 'open' });
  openRoot.innerHTML = `<aside class="donate"><p>${OPEN_APPEAL}</p></aside>`;
  const closedRoot = doc.getElementById('closed-host')!.attachShadow({ mode: 'closed' });
  closedRoot.innerHTML = `<aside class="donate"><p>${CLOSED_APPEAL}</p></aside>`;
  return { doc, openRoot, closedRoot };
}

/** An article that is itself a web component: its paragraphs live in an open shadow root. */
function articleInShadow(): Document {
  const doc = parse(`<!doctype html><html lang="en"><head><title>Tram line opens</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><story-body id="story"></story-body>
    <footer><a href="/about">About us</a> <a href="/contact">Contact</a></footer></body></html>`);
  const root = doc.getElementById('story')!.attachShadow({ mode: 'open' });
  root.innerHTML = `<article><h1>Tram line opens</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<aside class="donate"><p>${OPEN_APPEAL}</p></aside></article>`;
  return doc;
}

describe('open and closed shadow roots', () => {
  it('labels an appeal inside an open shadow root and never reads a closed one', () => {
    const { doc, openRoot } = pageWithShadowAppeals();
    const result = classify(doc);
    const appeal = result.sections.find((s) => s.text.includes('Open shadow appeal'));
    expect(appeal?.label).toBe('donation_appeal');
    // The host or a block inside its shadow tree: either hides what the reader sees.
    const host = openRoot.host;
    expect(appeal!.element === host || openRoot.contains(appeal!.element)).toBe(true);
    expect(result.sections.some((s) => s.text.includes('Closed shadow appeal'))).toBe(false);
    expect(result.article.text).toContain(PARAGRAPHS[0]);
    expect(result.article.text).not.toContain('shadow appeal');
  });

  it('finds an article whose paragraphs live in an open shadow root', () => {
    const result = classify(articleInShadow());
    expect(result.article.absentReason).toBe('');
    for (const paragraph of PARAGRAPHS) expect(result.article.text).toContain(paragraph);
    expect(result.article.text).not.toContain('Open shadow appeal');
    expect(result.sections.find((s) => s.text.includes('Open shadow appeal'))?.label).toBe('donation_appeal');
  });

  it('hides a block inside an open shadow root with a stylesheet inside that root; revert restores the tree', () => {
    const doc = articleInShadow();
    const root = doc.getElementById('story')!.shadowRoot!;
    const before = { page: doc.documentElement.outerHTML, shadow: root.innerHTML };
    const view = applyCleanView(doc, classify(doc));
    const aside = root.querySelector('aside')!;
    expect(view.hidden.some((h) => h.element === aside)).toBe(true);
    const sheet = root.querySelector('style[id^="sift-clean-view-"]');
    expect(sheet?.textContent).toContain(view.attribute);
    expect(doc.defaultView!.getComputedStyle(aside).display).toBe('none');
    expect(doc.defaultView!.getComputedStyle(root.querySelector('p')!).display).not.toBe('none');
    view.revert();
    expect(root.innerHTML).toBe(before.shadow);
    expect(doc.documentElement.outerHTML).toBe(before.page);
  });

  it('leaves a closed shadow root untouched through clean view and revert', () => {
    const { doc, closedRoot } = pageWithShadowAppeals();
    const before = closedRoot.innerHTML;
    const view = applyCleanView(doc, classify(doc));
    expect(closedRoot.innerHTML).toBe(before);
    view.revert();
    expect(closedRoot.innerHTML).toBe(before);
  });

  it('puts the shadow root stylesheet back when the page removes it', () => {
    const doc = articleInShadow();
    const root = doc.getElementById('story')!.shadowRoot!;
    const view = applyCleanView(doc, classify(doc));
    root.querySelector('style[id^="sift-clean-view-"]')!.remove();
    expect(view.restoreStyle()).toBe(true);
    expect(root.querySelector('style[id^="sift-clean-view-"]')).not.toBeNull();
    view.revert();
    expect(root.querySelector('style[id^="sift-clean-view-"]')).toBeNull();
  });

  it("does not read Sift's own placeholders when the page is classified again during clean view", () => {
    const { doc } = pageWithShadowAppeals();
    const first = classify(doc);
    const hide = new Set<Label>(LABELS.filter((l) => l !== 'article'));
    const session = new CleanSession(doc, first, { hide, readingLayout: false, translate: contentTranslate(), onChange: () => undefined });
    expect(session.blocks.length).toBeGreaterThan(0);
    const again = classify(doc);
    expect(again.sections.map((s) => s.text)).toEqual(first.sections.map((s) => s.text));
    expect(again.article.text).toBe(first.article.text);
    session.revert();
  });
});
