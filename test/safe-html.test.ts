/**
 * XSS payloads through `classify(...).article.html` (src/classifier/safe-html.ts): only the allowed
 * tags (p, h2–h6, ul/ol/li, blockquote, figure, img with an http(s) src, a with an http(s) href,
 * em/strong/code/pre, br) survive, with no other attribute. The fixture test/fixtures/xss-article.html
 * carries every payload of issue 5 item 3; its output is also rendered in a jsdom window that runs
 * scripts and records requests, next to the raw page as a control that the harness does see them.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, ResourceLoader, VirtualConsole, type FetchOptions } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { classify, classifyText } from '../src/classifier/index.js';
import { safeHtml, safeUrl } from '../src/classifier/safe-html.js';
import { expectSafeHtml, parseFragment } from './helpers/checks.js';
import { ROOT, parse, seedHtml } from './helpers/dom.js';

const FIXTURE = readFileSync(resolve(ROOT, 'test/fixtures/xss-article.html'), 'utf8');
const PAGE_URL = 'https://news.example/2024/11/harbour-bridge';

/** Every payload id in the fixture: each would call __siftXss(id) or request beacon.invalid/<id>. */
export const PAYLOAD_IDS = [...new Set([...FIXTURE.matchAll(/__siftXss\((?:&quot;|["'])([\w-]+)/g), ...FIXTURE.matchAll(/beacon\.invalid\/([\w-]+)/g)].map((m) => m[1]!))];

class RecordingLoader extends ResourceLoader {
  constructor(private readonly requests: string[]) {
    super();
  }
  override fetch(url: string, _options: FetchOptions) {
    this.requests.push(url);
    return null;
  }
}

/**
 * Renders `html` in a window that runs scripts and event handlers and asks for every resource;
 * returns the payload ids that ran and the URLs requested.
 */
async function render(html: string): Promise<{ ran: string[]; requests: string[] }> {
  const ran: string[] = [];
  const requests: string[] = [];
  const dom = new JSDOM(html, {
    url: 'https://sift-popup.example/',
    runScripts: 'dangerously',
    resources: new RecordingLoader(requests),
    virtualConsole: new VirtualConsole(),
    beforeParse(window) {
      (window as unknown as { __siftXss: (id: string) => void }).__siftXss = (id) => ran.push(id);
    },
  });
  await new Promise((done) => setTimeout(done, 50));
  // Fire the handlers a reader could trigger.
  for (const el of Array.from(dom.window.document.querySelectorAll('*'))) {
    for (const type of ['click', 'mouseover', 'focus', 'toggle', 'error', 'load']) el.dispatchEvent(new dom.window.Event(type));
  }
  dom.window.close();
  return { ran, requests };
}

describe('the XSS fixture page', () => {
  const doc = new JSDOM(FIXTURE, { url: PAGE_URL }).window.document;
  const result = classify(doc, { url: PAGE_URL });
  const { html, text } = result.article;

  it(`carries ${PAYLOAD_IDS.length} payloads, and the harness sees them run in the raw page`, async () => {
    expect(PAYLOAD_IDS.length).toBeGreaterThanOrEqual(40);
    const { ran, requests } = await render(FIXTURE);
    expect(ran).toEqual(expect.arrayContaining(['head-script', 'inline-script', 'body-onload', 'link-onclick']));
    expect(requests.some((url) => url.includes('beacon.invalid'))).toBe(true);
  });

  it('still yields the article', () => {
    expect(result.article.absentReason).toBe('');
    expect(text).toContain('The harbour bridge reopened to traffic on Monday morning');
    expect(text).toContain('Work on the second phase, which will add a cycle lane');
    expect(result.article.title).toBe('Harbour bridge reopens after two years of repairs');
  });

  it('article.html holds only allowed tags, attributes and http(s) URLs', () => {
    expectSafeHtml(html);
    for (const pattern of [/<script/i, /<style/i, /<iframe/i, /<svg/i, /<math/i, /<object/i, /<embed/i, /<form/i, /<meta/i, /<base/i, /<template/i, /<noscript/i, /<video/i, /<input/i]) {
      expect(html).not.toMatch(pattern);
    }
    for (const pattern of [/\son\w+\s*=/i, /javascript:/i, /vbscript:/i, /data:/i, /srcdoc/i, /style\s*=/i, /url\(/i, /target\s*=/i, /formaction/i]) {
      expect(html).not.toMatch(pattern);
    }
  });

  it('keeps the safe parts: the http(s) image and link, the escaped text as text', () => {
    const body = parseFragment(html);
    expect(Array.from(body.querySelectorAll('img'), (img) => img.getAttribute('src'))).toEqual(['https://images.example/bridge.jpg']);
    const hrefs = Array.from(body.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://www.example.org/report');
    // Relative links resolve against the page's address, never against a hostile <base href>.
    expect(hrefs).toContain('https://news.example/relative/more');
    expect(hrefs.every((href) => /^https?:\/\//.test(href ?? ''))).toBe(true);
    // Links whose target was unsafe keep their words.
    expect(body.textContent).toContain('specialist welders');
    expect(body.textContent).toContain('some residents');
  });

  it('nothing runs and nothing is requested when the article html is rendered in a window that runs scripts', async () => {
    const { ran, requests } = await render(`<!DOCTYPE html><body>${html}</body>`);
    expect(ran).toEqual([]);
    expect(requests.filter((url) => url !== 'https://images.example/bridge.jpg')).toEqual([]);
  });

  it('without a page address, links resolve against the document (its <base>) and stay http(s)', () => {
    const plain = classify(new JSDOM(FIXTURE).window.document);
    expectSafeHtml(plain.article.html);
    expect(plain.article.html).not.toMatch(/javascript:|data:/i);
  });

  it('a page whose first <base> is javascript: keeps no relative link', () => {
    const hostile = FIXTURE.replace('<base href="http://beacon.invalid/base/">', `<base href="javascript:__siftXss('first-base')//">`);
    const out = classify(new JSDOM(hostile).window.document);
    expectSafeHtml(out.article.html);
    expect(out.article.html).not.toContain('relative/more');
  });
});

describe('safeUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' \t\njavascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://x.example/uuid',
    'about:blank',
    'chrome-extension://abc/popup.html',
    'mailto:a@b.example',
    'ftp://files.example/x',
    'http://',
    '',
  ])('rejects %j', (raw) => {
    expect(safeUrl(raw, 'https://news.example/')).toBe('');
  });

  it('accepts http(s), resolving relative URLs against the base, and only with a usable base', () => {
    expect(safeUrl('/a?b=1', 'https://news.example/x/')).toBe('https://news.example/a?b=1');
    expect(safeUrl('//cdn.example/i.png', 'https://news.example/')).toBe('https://cdn.example/i.png');
    expect(safeUrl('https://news.example/"><script>', undefined)).toBe('https://news.example/%22%3E%3Cscript%3E');
    expect(safeUrl('/a', undefined)).toBe('');
    expect(safeUrl('/a', 'javascript:alert(1)//')).toBe('');
    expect(safeUrl(null, 'https://news.example/')).toBe('');
  });

  it('resolves root paths by its shortcut exactly as URL parsing does', () => {
    /** What safeUrl does without the shortcut for plain root paths. */
    const parsed = (raw: string, base: string): string => {
      try {
        const url = new URL(raw.trim(), base);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
      } catch {
        return '';
      }
    };
    const bases = ['https://news.example/x/y?q=1#f', 'http://User:Pw@Example.COM:80/a', 'https://例え.jp:8443/', 'https://news.example', 'ftp://files.example/', 'not a url'];
    const path = fc.array(fc.constantFrom('/', '.', '..', 'a', 'Z', '9', '-', '_', '~', '%2e', '\\', ' ', '?', '#', 'é', '//'), { maxLength: 8 }).map((parts) => `/${parts.join('')}`);
    fc.assert(
      fc.property(path, fc.constantFrom(...bases), (raw, base) => {
        expect(safeUrl(raw, base)).toBe(parsed(raw, base));
      }),
      { numRuns: 2000 },
    );
    expect(safeUrl('/story/123', 'https://news.example/a/b')).toBe('https://news.example/story/123');
    expect(safeUrl('/a/../b', 'https://news.example/')).toBe('https://news.example/b');
  });
});

describe('safeHtml on hand-built trees', () => {
  const doc = new JSDOM('').window.document;
  const build = (html: string) => {
    const div = doc.createElement('div');
    div.innerHTML = html;
    return div;
  };

  it.each([
    ['<p onclick="x()" style="color:red" class="c" id="i">text</p>', '<p>text</p>'],
    ['<a href="https://a.example/" onclick="x()" target="_blank" rel="opener" download>link</a>', '<a href="https://a.example/">link</a>'],
    ['<img src="https://a.example/i.png" srcset="https://evil.example/x 2x" onerror="x()" alt="a&quot;b">', '<img src="https://a.example/i.png" alt="a&quot;b">'],
    ['<b>bold</b> <i>italic</i> <h1>title</h1> <tt>code</tt>', '<strong>bold</strong> <em>italic</em> <h2>title</h2> <code>code</code>'],
    ['<span>plain</span><custom-el>custom</custom-el>', 'plaincustom'],
    ['<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes" \'apostrophes\'</p>', '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;apostrophes&#39;</p>'],
    ['<svg><a href="https://a.example/"><text>in svg</text></a></svg><math><mi>x</mi></math>', 'x'],
  ])('%s', (input, expected) => {
    const out = safeHtml(build(input), 'https://news.example/');
    expect(out).toBe(expected);
    expectSafeHtml(out);
  });

  it('writes each run of white space in text as one space, whatever the characters', () => {
    // The writer leaves single plain spaces alone (prose has one between every two words) and
    // must still give what replacing every run of /\s+/ by a space gives.
    const space = fc.constantFrom(' ', '  ', '\n', '\t', ' \n ', '\u00a0', '\u2003', '\u3000', '\ufeff', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(space, fc.constantFrom('a', 'word', 'é', '&')), { maxLength: 8 }), space, (parts, tail) => {
        const text = parts.map(([gap, word]) => gap + word).join('') + tail;
        const p = doc.createElement('p');
        p.textContent = text;
        // The text as /\s+/ → ' ' gives it, then the writer's own last step over the whole output
        // (single spaces, none before a tag, trimmed).
        const expected = `<p>${text.replace(/\s+/g, ' ').replace(/&/g, '&amp;')}</p>`.replace(/ {2,}/g, ' ').replace(/\s+</g, ' <').trim();
        expect(safeHtml(p, 'https://news.example/')).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  // Once a bug: an unwrapped div added no space, running words together ("plaincustom").
  it('unwrapped block elements keep their words apart', () => {
    expect(safeHtml(build('<div>plain</div><div>custom</div>'), 'https://news.example/')).toBe('plain custom');
  });

  it('element names that collide with safe tags in other namespaces produce only the safe tag', () => {
    const root = doc.createElement('div');
    const foreign = doc.createElementNS('http://www.w3.org/2000/svg', 'a');
    foreign.setAttribute('href', 'javascript:alert(1)');
    foreign.textContent = 'svg a';
    const mathP = doc.createElementNS('http://www.w3.org/1998/Math/MathML', 'p');
    mathP.setAttribute('onclick', 'x()');
    mathP.textContent = 'math p';
    root.append(foreign, mathP);
    const out = safeHtml(root, 'https://news.example/');
    expectSafeHtml(out);
    expect(out).not.toMatch(/javascript|onclick/);
  });
});

describe('article HTML only when asked for', () => {
  it('with articleHtml false, article.html is empty and every other figure is what the default gives', () => {
    const doc = parse(seedHtml('moscow-times-aggregator'));
    const full = classify(doc);
    const textOnly = classify(doc, { articleHtml: false });
    expect(full.article.html).toContain('<p>');
    expect(textOnly.article.html).toBe('');
    expect({ ...textOnly.article, html: full.article.html }).toEqual(full.article);
    expect(textOnly.sections.map((s) => [s.label, s.text])).toEqual(full.sections.map((s) => [s.label, s.text]));
    expect(textOnly.paywall).toEqual(full.paywall);
  });

  it('classifyText (what the content script calls) gives the articleHtml: false result', () => {
    const doc = parse(seedHtml('moscow-times-aggregator'));
    const text = classifyText(doc, { url: 'https://news.example/a' });
    expect(text.article.html).toBe('');
    expect(text.article.text.length).toBeGreaterThan(500);
    expect(text).toEqual(classify(doc, { url: 'https://news.example/a', articleHtml: false }));
  });
});
