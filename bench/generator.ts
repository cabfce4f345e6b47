/**
 * Deterministic synthetic news pages for the scaling benchmark: a long article with paragraphs,
 * donation appeals, newsletter boxes and related lists pasted in, a sidebar of menus and teaser
 * lists, a header and a footer — at an exact element count, and optionally wrapped in a chain of
 * nested divs thousands deep. The same seed always gives the same page.
 */

/** mulberry32: small, fast, seedable; plenty for picking words and block kinds. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the council said on monday that its budget would cover repairs to schools roads and bridges before winter while ' +
  'residents asked why the plan took three years officials expect costs to rise as contractors report delays in ' +
  'steel deliveries and the mayor promised a public hearing next month where engineers will present their findings'
).split(' ');

const APPEALS = [
  ['A message from the editors', 'Dear readers, we rely on your support to keep our journalism free for everyone.', 'Please consider supporting independent journalism with a monthly gift. Every contribution makes a world of difference.', 'Donate now'],
  ['Support our work', 'Our reporting is funded by readers like you, with no paywall.', 'Become a member today and help fund our journalism.', 'Give monthly'],
];

/** Counts every element it writes, so a page can be filled to an exact element count. */
class Builder {
  readonly parts: string[] = [];
  elements = 0;

  open(tag: string, attrs = ''): this {
    this.elements++;
    this.parts.push(`<${tag}${attrs ? ` ${attrs}` : ''}>`);
    return this;
  }

  close(tag: string): this {
    this.parts.push(`</${tag}>`);
    return this;
  }

  leaf(tag: string, text: string, attrs = ''): this {
    return this.open(tag, attrs).text(text).close(tag);
  }

  text(text: string): this {
    this.parts.push(text);
    return this;
  }

  append(other: Builder): this {
    for (const part of other.parts) this.parts.push(part);
    this.elements += other.elements;
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }
}

function sentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 14);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    let word = WORDS[Math.floor(random() * WORDS.length)]!;
    if (i > 2 && i < length - 2 && random() < 0.08) word += ',';
    words.push(word);
  }
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(out: Builder, random: () => number): void {
  out.open('p').text(`${sentence(random)} ${sentence(random)} `);
  out.leaf('a', 'the full report', `href="/report/${Math.floor(random() * 1e6)}"`).text(` ${sentence(random)} `);
  out.leaf('em', 'officials said').text(` ${sentence(random)}`).close('p');
}

function linkList(out: Builder, random: () => number, tag: string, cls: string, heading: string, links: number): void {
  out.open(tag, `class="${cls}"`);
  if (heading) out.leaf('h3', heading);
  out.open('ul');
  for (let i = 0; i < links; i++) {
    out.open('li').leaf('a', sentence(random).split(' ').slice(0, 6).join(' '), `href="/story/${Math.floor(random() * 1e6)}"`).close('li');
  }
  out.close('ul').close(tag);
}

function appeal(out: Builder, random: () => number): void {
  const [title, first, second, button] = APPEALS[Math.floor(random() * APPEALS.length)]!;
  out.open('div', 'class="appeal-box"').leaf('h3', title!).leaf('p', first!).leaf('p', second!).leaf('a', button!, 'href="/donate" class="button"').close('div');
}

function newsletter(out: Builder): void {
  out.open('div', 'class="newsletter-signup"').leaf('p', 'Sign up for our daily newsletter and get the news in your inbox.');
  out.open('form').open('input', 'type="email" placeholder="Your e-mail"').leaf('button', 'Sign up').close('form').close('div');
}

/** One block of the article body or the sidebar, chosen at random with news-page proportions. */
function addUnit(article: Builder, sidebar: Builder, random: () => number): void {
  const roll = random();
  if (roll < 0.62) paragraph(article, random);
  else if (roll < 0.7) appeal(article, random);
  else if (roll < 0.74) newsletter(article);
  else if (roll < 0.84) linkList(article, random, 'aside', 'related-links', 'Read also', 3 + Math.floor(random() * 3));
  else if (roll < 0.92) linkList(sidebar, random, 'nav', 'section-menu', '', 6 + Math.floor(random() * 6));
  else linkList(sidebar, random, 'section', 'most-read teaser-list', 'Most read', 5);
}

export interface PageOptions {
  /** Exact number of elements in the parsed document, html/head/body included. */
  elements: number;
  seed?: number;
  /** Wrap the article in a chain of this many nested divs (the deep-nesting case). */
  nesting?: number;
}

export interface GeneratedPage {
  html: string;
  elements: number;
  nesting: number;
}

/** The elements a page needs before its article gets any body: head, header, footer, wrappers. */
const RESERVE = 40;

export function generatePage(options: PageOptions): GeneratedPage {
  const random = seededRandom(options.seed ?? 1);
  const nesting = options.nesting ?? 0;
  const target = options.elements;
  if (target < RESERVE + nesting + 10) throw new Error(`a page with nesting ${nesting} needs more than ${RESERVE + nesting + 10} elements`);
  const head = new Builder().open('html', 'lang="en"').open('head').open('meta', 'charset="utf-8"').leaf('title', 'Council budget covers school repairs | The Daily Example').close('head').open('body');
  const header = new Builder().open('header');
  linkList(header, random, 'nav', 'site-nav', '', 8);
  header.close('header');
  const intro = new Builder().leaf('h1', 'Council budget covers school repairs before winter').leaf('p', 'By Jane Example | Published 2025-11-03', 'class="byline"');
  const footer = new Builder().open('footer').leaf('p', '© The Daily Example. All rights reserved.');
  const article = new Builder();
  const sidebar = new Builder();
  // Fixed parts: head + header + intro + footer + main, article wrapper, sidebar wrapper, nesting chain.
  const fixed = head.elements + header.elements + intro.elements + footer.elements + 3 + nesting;
  const budget = target - fixed - 1; // one element kept for the closing filler paragraph
  while (true) {
    const tryArticle = new Builder();
    const trySidebar = new Builder();
    const state = random();
    addUnit(tryArticle, trySidebar, seededRandom(Math.floor(state * 2 ** 32)));
    if (article.elements + sidebar.elements + tryArticle.elements + trySidebar.elements > budget) break;
    article.append(tryArticle);
    sidebar.append(trySidebar);
  }
  // Fill the remainder exactly: one paragraph with spans in it.
  const filler = budget - article.elements - sidebar.elements;
  footer.open('p');
  for (let i = 0; i < filler; i++) footer.leaf('span', `${WORDS[i % WORDS.length]} `);
  footer.close('p').close('footer');

  const page = new Builder().append(head).append(header).open('main');
  // The chain is written as one div and grown by expandNesting() after parsing: HTML parsers
  // are slow (parse5) or flatten (Blink stops at 512 levels) on thousands of open elements.
  if (nesting > 0) page.open('div', `class="wrap" ${NEST_ATTRIBUTE}="${nesting}"`);
  page.open('article', 'class="article-body"').append(intro).append(article).close('article');
  if (nesting > 0) page.close('div');
  page.open('div', 'class="sidebar"').append(sidebar).close('div').close('main').append(footer).close('body').close('html');
  return { html: `<!doctype html>${page.toString()}`, elements: page.elements + Math.max(0, nesting - 1), nesting };
}

export const NEST_ATTRIBUTE = 'data-bench-nest';

/**
 * Grows each `[data-bench-nest=N]` div of a parsed generated page into a chain of N nested divs
 * around its content. Self-contained (DOM calls only) so the browser bundle can run it too.
 * Returns the number of divs added.
 */
export function expandNesting(doc: Document): number {
  let added = 0;
  for (const top of Array.from(doc.querySelectorAll(`[${NEST_ATTRIBUTE}]`))) {
    const depth = Number(top.getAttribute(NEST_ATTRIBUTE));
    top.removeAttribute(NEST_ATTRIBUTE);
    if (!(depth > 1)) continue;
    // Built bottom-up while detached, then attached once: inserting into a deep live tree is
    // slow in jsdom (every insertion walks its ancestors).
    let chain: Element = doc.createElement('div');
    chain.className = 'wrap';
    while (top.firstChild) chain.appendChild(top.firstChild);
    for (let i = 2; i < depth; i++) {
      const div = doc.createElement('div');
      div.className = 'wrap';
      div.appendChild(chain);
      chain = div;
    }
    top.appendChild(chain);
    added += depth - 1;
  }
  return added;
}
