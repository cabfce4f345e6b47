/**
 * The hostile pages of issue 5, item 2, shared by the Chromium and Firefox suites: pages that patch
 * the DOM, MutationObserver and JSON; that carry Sift's own attribute names, placeholder element and
 * stylesheet id; that remove Sift's stylesheet or copy its attribute; that insert nodes forever; that
 * hold 200,000 elements or nest thousands deep; that keep content in shadow roots or frames (same
 * origin and cross origin). Each is built here and served from local servers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ARTICLE = [
  'The new tram line between the station and the university opened to passengers on Saturday morning, two years after construction began and six months later than the city had promised.',
  'Thousands of people queued for the first journeys, and the operator said it had carried more than twenty thousand passengers by the evening, far more than it had expected on a weekend.',
  'The mayor said the line would cut traffic on the ring road and that work on a second line to the hospital would begin next year, once the funding from the national government was confirmed.',
  'Residents along the route said they welcomed the trams but complained about the noise of the night-time test runs in the weeks before the opening.',
];
const APPEAL = 'We are funded by readers like you. Please donate today and become a supporter: your contribution keeps our reporting free for everyone. Donate now from just £3 a month.';

/**
 * A deeply nested page: `depth` levels of div wrappers, laid out as plain blocks or as
 * `display: contents` (the same DOM, but no layout box per level: Chromium's renderer overflows
 * its stack laying out about 2,900 nested block boxes, see hostile-pages.test.ts).
 */
export interface DeepPage {
  depth: number;
  style: 'block' | 'contents';
}

export const deepPageName = ({ depth, style }: DeepPage) => `deep-${style}-${depth}`;

export interface HostileOptions {
  deep: DeepPage[];
  /** Origin of the cross-origin frame (another server). */
  crossOrigin: string;
}

function deepPage({ depth, style }: DeepPage): string {
  return page(
    style === 'contents' ? '<style>#deep div { display: contents }</style>' : '',
    '<div id="deep"></div>',
    `<script>
      // ${depth} levels of wrappers around a paragraph, built by script (the HTML parser caps nesting near 512).
      let at = document.getElementById('deep');
      for (let i = 0; i < ${depth}; i++) { const div = document.createElement('div'); at.appendChild(div); at = div; }
      at.textContent = 'The deepest paragraph of the page, far below the article, says nothing of note.';
      document.body.dataset.depth = String(${depth});
    </script>`,
  );
}

function page(head: string, bodyExtra = '', bodyEnd = ''): string {
  const [a, b, c, d] = ARTICLE.map((text) => `<p>${text}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram line opens | The Daily Ledger</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Tram line opens to passengers</h1>${a}${b}${c}
<aside id="appeal"><h2>Support our journalism</h2><p>${APPEAL}</p></aside>${d}</article>${bodyExtra}
${bodyEnd}</body></html>`;
}

/** A framed document: a short story and an appeal of its own, which Sift (top frame only) must leave alone. */
function frameDocument(which: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${which} frame</title></head><body>
<p id="frame-text">The ${which} frame tells of the ferry timetable for the winter, with later sailings on Fridays and an extra boat at weekends.</p>
<aside class="donate"><p>Support us: please donate today to keep our ${which} reporting free. Become a supporter now.</p></aside>
</body></html>`;
}

export function hostilePages({ deep, crossOrigin }: HostileOptions): Record<string, string> {
  return {
    ...Object.fromEntries(deep.map((d) => [deepPageName(d), deepPage(d)])),
    'patched-prototypes': page(`<script>
    // Everything a content script might lean on, broken in the page's world.
    const fail = function () { throw new Error('patched by the page'); };
    Element.prototype.setAttribute = fail; Element.prototype.removeAttribute = fail; Element.prototype.getAttribute = function () { return 'x'; };
    Element.prototype.querySelectorAll = function () { return []; }; Element.prototype.attachShadow = fail;
    Node.prototype.appendChild = fail; Node.prototype.insertBefore = fail; Node.prototype.contains = function () { return true; };
    Document.prototype.createElement = fail; Document.prototype.querySelectorAll = function () { return []; };
    window.MutationObserver = fail; window.requestAnimationFrame = fail; window.setTimeout = fail;
    JSON.parse = fail; JSON.stringify = function () { return '"page"'; };
    Array.prototype.map = fail; Array.from = fail; Object.defineProperty = fail; Promise.prototype.then = fail;
    window.chrome = { runtime: { sendMessage: fail } }; window.browser = window.chrome;
  </script>`),
    'fake-sift-marks': page(
      '<style id="sift-clean-view-000000000000">/* the page pretends to be Sift */</style>',
      `<sift-placeholder data-sift-hidden-000000000000="article">fake placeholder</sift-placeholder>
     <div data-sift-hidden-000000000000="navigation" data-sift-hidden-="x">page-owned mark</div>`,
    ),
    'removes-sift-stylesheet': page(
      '',
      '',
      `<script>
      // Removes Sift's stylesheet each time it appears, and counts.
      new MutationObserver(() => {
        for (const style of document.querySelectorAll('style[id^="sift-"]')) { style.remove(); document.body.dataset.removed = String(Number(document.body.dataset.removed || 0) + 1); }
      }).observe(document.documentElement, { childList: true, subtree: true });
    </script>`,
    ),
    'copies-sift-attribute': page(
      '',
      '',
      `<script>
      // Copies any data-sift-* attribute Sift sets onto every article paragraph, to make Sift hide the article.
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type !== 'attributes' || !record.attributeName || !record.attributeName.startsWith('data-sift-hidden-') || record.attributeName.endsWith('-shown')) continue;
          for (const p of document.querySelectorAll('article > p')) if (!p.hasAttribute(record.attributeName)) p.setAttribute(record.attributeName, 'navigation');
        }
      }).observe(document.documentElement, { attributes: true, subtree: true });
    </script>`,
    ),
    'endless-insertion': page(
      '',
      '<div id="feed"></div>',
      `<script>
      // Inserts appeal-like nodes forever, as fast as the event loop allows; data-inserted counts them.
      const feed = document.getElementById('feed');
      let n = 0;
      const more = () => {
        const box = document.createElement('div');
        box.className = 'promo';
        box.textContent = 'Donate now to support independent journalism! (' + (n++) + ')';
        feed.appendChild(box);
        feed.dataset.inserted = String(n);
        if (feed.childElementCount > 2000) feed.firstElementChild.remove();
        setTimeout(more, 0);
      };
      more();
    </script>`,
    ),
    'huge-page': page(
      '',
      '<div id="huge"></div>',
      `<script>
      // 200,000 elements of link-list furniture.
      const huge = document.getElementById('huge');
      const list = document.createElement('ul');
      for (let i = 0; i < 100000; i++) { const li = document.createElement('li'); const a = document.createElement('a'); a.href = '/x' + i; a.textContent = 'Link ' + i; li.appendChild(a); list.appendChild(li); }
      huge.appendChild(list);
    </script>`,
    ),
    'shadow-roots': page(
      '',
      '<div id="open-host"></div><div id="closed-host"></div>',
      `<script>
      const open = document.getElementById('open-host').attachShadow({ mode: 'open' });
      open.innerHTML = '<aside class="donate"><p>Open shadow appeal: please donate today to support our journalism, every contribution counts.</p></aside>';
      const closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
      closed.innerHTML = '<aside class="donate"><p>Closed shadow appeal: please donate today to support our journalism.</p></aside>';
      window.closedRootHtml = () => closed.innerHTML;
    </script>`,
    ),
    iframes: page(
      '',
      `<iframe id="same-frame" title="same origin" src="/frame-same.html" width="400" height="120"></iframe>
<iframe id="cross-frame" title="cross origin" src="${crossOrigin}/frame-cross.html" width="400" height="120"></iframe>`,
    ),
    'frame-same': frameDocument('same-origin'),
  };
}

export const HOSTILE_CROSS_PAGES: Record<string, string> = { 'frame-cross': frameDocument('cross-origin') };

export interface HostileServer {
  /** `http://127.0.0.1:<port>`: the hostile pages. */
  origin: string;
  /** `http://localhost:<other port>`: another origin (and another site) for the cross-origin frame. */
  crossOrigin: string;
  url(name: string): string;
  close(): Promise<void>;
}

function serve(pages: () => Record<string, string>, csp: () => string): Server {
  return createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://localhost').pathname.slice(1).replace(/\.html$/, '');
    const html = pages()[name];
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp(), 'cache-control': 'no-store' });
    res.end(html);
  });
}

const listen = async (server: Server, host: string) => {
  await new Promise<void>((done) => server.listen(0, host, done));
  return (server.address() as AddressInfo).port;
};

/** Serves the hostile pages offline: they may run inline scripts and frame each other, and reach nothing else. */
export async function startHostileServer(options: Omit<HostileOptions, 'crossOrigin'>): Promise<HostileServer> {
  let crossOrigin = '';
  const csp = () => `default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; frame-src 'self' ${crossOrigin}`;
  // Built once the other origin is known; 200,000-element pages are built by the page's script, so the text is small.
  let pages: Record<string, string> = {};
  const main = serve(() => pages, csp);
  const cross = serve(() => HOSTILE_CROSS_PAGES, csp);
  // '::' listens on IPv6 and IPv4 alike, so `localhost` works whichever address the browser tries first.
  crossOrigin = `http://localhost:${await listen(cross, '::')}`;
  const origin = `http://127.0.0.1:${await listen(main, '127.0.0.1')}`;
  pages = hostilePages({ ...options, crossOrigin });
  const close = (server: Server) =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return { origin, crossOrigin, url: (name) => `${origin}/${name}.html`, close: async () => void (await Promise.all([close(main), close(cross)])) };
}
