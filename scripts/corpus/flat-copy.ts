/**
 * A page as an aggregator copies it, the seed page's shape: every block of text a paragraph (a
 * heading stays a heading) in one container, in document order, with no class names, no boxes and
 * no menus' links left to tell an appeal from the article. `npm run score -- --flat` scores the
 * corpus so: what the rules tell apart by language and shape alone, paragraph by paragraph.
 * Development only: a real copy holds the article's region, not the whole page's menus and footers.
 */

/** The corpus README's block-level elements: their starts and ends break the text. */
const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
/** Never text a reader sees (the corpus README's list, and pictures' markup). A button's label stays a line, as the seed page's "Continue" and "Remind me later." do. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** Rewrites `doc`'s body as its flat copy; the head (title, metadata) stays. */
export function flatCopy(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const lines: Array<{ tag: string; text: string }> = [];
  let run = '';
  const flush = (tag = 'P') => {
    const text = run.replace(/\s+/g, ' ').trim();
    if (text) lines.push({ tag, text });
    run = '';
  };
  // A block's start and end close the line before and the block's own; inline elements and text
  // run on.
  const walk = (parent: Element) => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === 3) run += node.nodeValue ?? '';
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (SKIPPED_TAGS.has(el.tagName)) continue;
      if (el.tagName === 'BR') run += ' ';
      else if (BLOCK_TAGS.has(el.tagName)) {
        flush();
        walk(el);
        flush(/^H[1-6]$/.test(el.tagName) ? el.tagName : 'P');
      } else walk(el);
    }
  };
  walk(body);
  flush();
  const container = doc.createElement('div');
  for (const { tag, text } of lines) {
    const line = doc.createElement(tag);
    line.textContent = text;
    container.append(line);
  }
  body.replaceChildren(container);
}
