/**
 * Functions evaluated inside a page (by Playwright or Puppeteer): they must be self-contained and
 * declare no named inner functions (tsx/esbuild would wrap those in a `__name` helper the page
 * lacks). They return plain JSON.
 */

/** Visibility of the smallest element whose text contains each snippet (whitespace-insensitive). */
export function snippetVisibility(snippets: string[]): Array<{ snippet: string; found: boolean; visible: boolean }> {
  return snippets.map((snippet) => {
    const wanted = snippet.replace(/\s+/g, ' ').trim();
    let best: Element | null = null;
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(element.tagName)) continue;
      if (!(element.textContent ?? '').replace(/\s+/g, ' ').includes(wanted)) continue;
      if (!best || best.contains(element)) best = element;
    }
    if (!best) return { snippet, found: false, visible: false };
    // Hidden when it or any ancestor computes to display:none (checkVisibility walks the flat tree).
    let node: Element | null = best;
    let visible = true;
    while (node) {
      if (getComputedStyle(node).display === 'none') visible = false;
      node = node.parentElement;
    }
    return { snippet, found: true, visible };
  });
}

/** Sift's traces in the page: marker attributes, placeholders, stylesheets. */
export function siftTraces(): { attributes: number; placeholders: number; styles: number } {
  let attributes = 0;
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const name of element.getAttributeNames()) if (name.startsWith('data-sift-')) attributes += 1;
  }
  return {
    attributes,
    placeholders: document.querySelectorAll('sift-placeholder').length,
    styles: document.querySelectorAll('style[id^="sift-"]').length,
  };
}

/** The placeholders' visible labels ("Donation appeal hidden"), read through their open shadow roots. */
export function placeholderLabels(): string[] {
  return Array.from(document.querySelectorAll('sift-placeholder')).map((host) => host.shadowRoot?.querySelector('.what')?.textContent ?? '');
}

export function documentHtml(): string {
  return document.documentElement.outerHTML;
}
