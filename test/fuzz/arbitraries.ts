/**
 * fast-check generators for whole news-like pages: random trees of articles, asides, navs, forms,
 * buttons, tables, iframes, templates, SVG and MathML, hidden and aria-hidden parts, appeal phrases in
 * every language Sift knows, hostile URLs and handlers, Sift's own attribute names, and broken
 * nesting. A page is plain data (it shrinks to a minimal counterexample and prints as JSON); it is
 * turned into a document either through the HTML parser (`renderMarkup`) or by building the DOM
 * directly (`buildDocument`), which makes trees no parser would (a `div` in a `p`, an `a` in an `a`,
 * children under an `img`, elements inside a `template` element itself).
 */
import fc from 'fast-check';
import { PHRASE_BOOKS } from '../../src/classifier/phrases/index.js';
import type { PhraseListName } from '../../src/classifier/phrases/types.js';

/** Most copies of one subtree side by side (long lists, comment threads, link farms). */
export const MAX_REPEAT = 80;

/**
 * Longest chain of single-child wrappers generated. Deeper chains *inside the article* make the
 * classifier quadratic (see test/bad-input.test.ts, "deep nesting inside the article"); raise this
 * once that is fixed.
 */
export const MAX_CHAIN_DEPTH = 16;

export type FuzzNode =
  | { t: 'text'; text: string }
  | { t: 'comment'; text: string }
  | { t: 'el'; tag: string; attrs: Array<[string, string]>; children: FuzzNode[]; broken: Broken }
  | { t: 'chain'; tag: string; depth: number; child: FuzzNode }
  | { t: 'repeat'; count: number; child: FuzzNode };

/** How an element's markup is broken: its end tag left out, or a stray end tag of another element. */
export type Broken = 'none' | 'unclosed' | 'stray-table' | 'stray-p' | 'stray-div' | 'stray-body';

export interface FuzzPage {
  /** `markup`: serialised and parsed as text/html; `dom`: built node by node. */
  mode: 'markup' | 'dom';
  doctype: boolean;
  lang: string;
  head: FuzzNode[];
  body: FuzzNode[];
  /** Passed to `classify` as `url`, or none. */
  url: string | null;
}

const LANGS = Object.keys(PHRASE_BOOKS);

/** Prose long enough, with commas, to vote for the article container (one per language). */
const PROSE: Record<string, string[]> = {
  en: [
    'The council met on Tuesday to discuss the budget, which has grown by a third since last year, and voted to delay the decision until the spring.',
    'Residents said the new road had cut their commute by half, although several shop owners complained that the works had kept customers away for months.',
    'In a statement released late on Friday, the ministry said it would review the findings, adding that no decision had been taken on the future of the programme.',
  ],
  de: [
    'Der Stadtrat hat am Dienstag über den Haushalt beraten, der seit dem vergangenen Jahr um ein Drittel gewachsen ist, und die Entscheidung vertagt.',
    'Anwohner berichten, dass sich ihr Arbeitsweg halbiert habe, während mehrere Ladenbesitzer klagen, die Bauarbeiten hätten monatelang Kunden ferngehalten.',
  ],
  fr: [
    'Le conseil municipal s’est réuni mardi pour examiner le budget, qui a augmenté d’un tiers depuis l’an dernier, et a reporté sa décision au printemps.',
    'Les habitants affirment que la nouvelle route a réduit de moitié leur trajet, même si plusieurs commerçants se plaignent d’avoir perdu des clients.',
  ],
  es: ['El ayuntamiento se reunió el martes para debatir el presupuesto, que ha crecido un tercio desde el año pasado, y aplazó la decisión hasta la primavera.'],
  ru: ['Городской совет во вторник обсудил бюджет, который вырос на треть по сравнению с прошлым годом, и отложил решение до весны, сообщили в мэрии.'],
  it: ['Il consiglio comunale si è riunito martedì per discutere il bilancio, cresciuto di un terzo rispetto allo scorso anno, e ha rinviato la decisione alla primavera.'],
  pt: ['A câmara reuniu-se na terça-feira para discutir o orçamento, que cresceu um terço desde o ano passado, e adiou a decisão para a primavera.'],
  no: ['Bystyret møttes tirsdag for å diskutere budsjettet, som har vokst med en tredjedel siden i fjor, og utsatte avgjørelsen til våren, sa ordføreren.'],
};

const APPEAL_LISTS: PhraseListName[] = [
  'donationAsk', 'donationSupport', 'appealOpener', 'appealCloser', 'subscriptionOffer', 'paywallWall', 'paywallMeter',
  'paywallRegistration', 'newsletter', 'related', 'readMoreLink', 'comments', 'cookie', 'ad', 'social', 'other',
];

/** Every appeal and furniture phrase of every language, as written in the phrase books. */
const APPEAL_PHRASES: string[] = LANGS.flatMap((lang) =>
  APPEAL_LISTS.flatMap((list) => (PHRASE_BOOKS[lang]?.[list] ?? []).map((phrase) => phrase.replace(/\*$/, '').replace(/#/g, '5'))),
);

const NOISE = [
  '', ' ', '\u00a0', '\u200b', '\n\t', '&', '<', '>', '"', "'", '</p>', '<!--', '-->', ']]>', '<![CDATA[x]]>', '\u0000', '\ufeff',
  '\u2028', '\ud83d\ude00', 'e\u0301', '\u202e', 'x'.repeat(300), 'By Jane Doe | 2024-11-18', 'Von Max Muster, 18.11.2024',
  '{"@type":"NewsArticle"}', 'javascript:alert(1)', '<script>__siftXss("text")</script>', '$&$1$$', '\\', '%s%n',
];

const HINT_WORDS = [
  'article', 'content', 'story-body', 'post-content', 'entry-content', 'article-body', 'main', 'text', 'comments', 'comment', 'nav', 'menu',
  'sidebar', 'related', 'newsletter', 'donate', 'support-us', 'paywall', 'tp-modal', 'piano-offer', 'cookie-banner', 'consent', 'ad',
  'ad-slot', 'advert', 'sponsor', 'share', 'social', 'promo', 'byline', 'author', 'hidden', 'modal', 'footer', 'header', 'teaser',
  'most-read', 'breadcrumb', 'widget', 'x', '',
];

const URLS = [
  'https://news.example/story', 'http://news.example/a?b=1&c=2', '/relative/path', 'relative', '#fragment', '?q=1', '//proto-relative.example/x',
  'javascript:__siftXss("href")', 'JaVaScRiPt:__siftXss("href-case")', ' javascript:__siftXss("href-space")', 'java\tscript:__siftXss("tab")',
  '\u0001javascript:__siftXss("ctl")', 'data:text/html,<script>__siftXss("data")</script>', 'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)', 'mailto:a@news.example', 'https://user:pw@news.example/', 'http://[::1]/', 'http://', 'https://a b/', '',
  'http://beacon.invalid/url', 'https://news.example/"><script>__siftXss("quote")</script>',
];

const ATTRIBUTES: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constantFrom('class', 'id'), fc.array(fc.constantFrom(...HINT_WORDS), { maxLength: 3 }).map((words) => words.join(' '))),
  fc.tuple(fc.constant('role'), fc.constantFrom('navigation', 'complementary', 'main', 'article', 'dialog', 'banner', 'contentinfo', 'button', 'presentation', 'region')),
  fc.constant<[string, string]>(['hidden', '']),
  fc.constant<[string, string]>(['aria-hidden', 'true']),
  fc.tuple(fc.constant('style'), fc.constantFrom('display:none', 'visibility:hidden', 'background:url(http://beacon.invalid/css)', 'color:red')),
  fc.tuple(fc.constant('itemprop'), fc.constantFrom('articleBody', 'author', 'headline', 'isAccessibleForFree')),
  fc.tuple(fc.constantFrom('aria-label', 'data-testid', 'data-component', 'title', 'alt'), fc.constantFrom(...HINT_WORDS, ...NOISE.slice(0, 12))),
  fc.tuple(fc.constantFrom('href', 'src', 'data-src', 'srcset', 'action', 'formaction', 'poster', 'background'), fc.constantFrom(...URLS)),
  fc.tuple(fc.constantFrom('onerror', 'onclick', 'onload', 'onmouseover', 'onfocus'), fc.constant('__siftXss("handler")')),
  fc.constant<[string, string]>(['srcdoc', '<script>parent.__siftXss("srcdoc")</script>']),
  // Sift's own marks, as a hostile page could pre-set them.
  fc.tuple(fc.constantFrom('data-sift-hidden-0123456789ab', 'data-sift-hidden-', 'data-sift-hidden-0123456789ab-shown'), fc.constantFrom('', 'article', 'navigation')),
  fc.tuple(fc.constant('id'), fc.constantFrom('sift-clean-view-0123456789ab', 'sift-clean-view-')),
);

const CONTAINER_TAGS = [
  'div', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'main', 'form', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'blockquote', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'span', 'a', 'em', 'strong', 'b', 'i', 'code', 'pre',
  'button', 'label', 'select', 'option', 'textarea', 'details', 'summary', 'dialog', 'template', 'noscript', 'svg', 'g', 'text', 'foreignObject',
  'math', 'mi', 'mtext', 'iframe', 'object', 'canvas', 'video', 'audio', 'x-widget', 'font', 'center', 'dl', 'dt', 'dd', 'time', 'small',
  'address', 'fieldset', 'legend', 'picture', 's', 'mark', 'q', 'cite', 'script', 'style', 'title', 'frameset', 'body', 'html', 'head',
];
const VOID_TAGS = ['img', 'br', 'hr', 'input', 'meta', 'link', 'base', 'embed', 'wbr', 'source', 'frame'];
const VOID = new Set(VOID_TAGS);
/** Elements whose content the HTML parser reads as raw text. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'iframe', 'noscript', 'xmp', 'noembed', 'noframes']);
const SVG_TAGS = new Set(['svg', 'g', 'text', 'foreignObject']);
const MATH_TAGS = new Set(['math', 'mi', 'mtext']);

const appealText = fc.tuple(fc.constantFrom(...APPEAL_PHRASES), fc.constantFrom('', '!', '.', ':', '?', ' →'), fc.boolean()).map(
  ([phrase, end, capital]) => (capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase) + end,
);
const proseText = fc.constantFrom(...Object.values(PROSE).flat());

export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: proseText },
  { weight: 4, arbitrary: appealText },
  { weight: 2, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
);

const brokenArbitrary: fc.Arbitrary<Broken> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Broken>('none') },
  { weight: 1, arbitrary: fc.constantFrom<Broken>('unclosed', 'stray-table', 'stray-p', 'stray-div', 'stray-body') },
);

const textNode = textArbitrary.map((text): FuzzNode => ({ t: 'text', text }));
const commentNode = fc.constantFrom('', ' note ', '-->', '<p>not a paragraph</p>', '[if IE]><p>old</p><![endif]').map((text): FuzzNode => ({ t: 'comment', text }));
const voidNode = fc
  .record({ tag: fc.constantFrom(...VOID_TAGS), attrs: fc.array(ATTRIBUTES, { maxLength: 3 }) })
  .map(({ tag, attrs }): FuzzNode => ({ t: 'el', tag, attrs, children: [], broken: 'none' }));

const { node: nodeArbitrary } = fc.letrec<{ node: FuzzNode; element: FuzzNode; chain: FuzzNode; repeat: FuzzNode }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 6, depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: textNode },
    { weight: 1, arbitrary: commentNode },
    { weight: 2, arbitrary: voidNode },
    { weight: 5, arbitrary: tie('element') },
    { weight: 1, arbitrary: tie('chain') },
    { weight: 1, arbitrary: tie('repeat') },
  ),
  element: fc
    .record({
      tag: fc.constantFrom(...CONTAINER_TAGS),
      attrs: fc.array(ATTRIBUTES, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 5 }),
      broken: brokenArbitrary,
    })
    .map((el): FuzzNode => ({ t: 'el', ...el })),
  chain: fc
    .record({ tag: fc.constantFrom('div', 'span', 'section', 'b', 'li', 'td', 'blockquote'), depth: fc.integer({ min: 2, max: MAX_CHAIN_DEPTH }), child: tie('node') })
    .map((chain): FuzzNode => ({ t: 'chain', ...chain })),
  repeat: fc.record({ count: fc.integer({ min: 2, max: MAX_REPEAT }), child: tie('element') }).map((repeat): FuzzNode => ({ t: 'repeat', ...repeat })),
}));

export { nodeArbitrary };

const el = (tag: string, children: FuzzNode[], attrs: Array<[string, string]> = []): FuzzNode => ({ t: 'el', tag, attrs, children, broken: 'none' });

/** An article skeleton (headline, byline, prose) with random subtrees mixed in, so most pages have an article. */
const articleSkeleton: fc.Arbitrary<FuzzNode[]> = fc
  .record({
    tag: fc.constantFrom('article', 'div', 'main', 'section'),
    attrs: fc.array(ATTRIBUTES, { maxLength: 2 }),
    title: fc.oneof(proseText.map((t) => t.split(',')[0]!), appealText),
    byline: fc.constantFrom('By Jane Doe | 2024-11-18', 'Von Max Muster', 'Par Jeanne Dupont, 18/11/2024', ''),
    prose: fc.array(fc.tuple(proseText, proseText), { minLength: 2, maxLength: 7 }),
    inserts: fc.array(fc.tuple(fc.nat(8), nodeArbitrary), { maxLength: 4 }),
    before: fc.array(nodeArbitrary, { maxLength: 3 }),
    after: fc.array(nodeArbitrary, { maxLength: 3 }),
  })
  .map(({ tag, attrs, title, byline, prose, inserts, before, after }) => {
    const children: FuzzNode[] = [el('h1', [{ t: 'text', text: title }]), el('p', [{ t: 'text', text: byline }])];
    prose.forEach(([a, b]) => children.push(el('p', [{ t: 'text', text: `${a} ${b}` }])));
    for (const [at, node] of inserts) children.splice(Math.min(at, children.length), 0, node);
    return [...before, el(tag, children, attrs), ...after];
  });

const headArbitrary: fc.Arbitrary<FuzzNode[]> = fc.array(
  fc.oneof(
    fc.constantFrom('Headline | Site', 'Title – News', '', '<script>__siftXss("title")</script>').map((text) => el('title', [{ t: 'text', text }])),
    fc.tuple(fc.constantFrom('og:title', 'author', 'article:published_time', 'og:site_name', 'og:locale'), textArbitrary).map(([name, content]) =>
      el('meta', [], [[name.includes(':') ? 'property' : 'name', name], ['content', content]]),
    ),
    fc
      .constantFrom(
        '{"@type":"NewsArticle","headline":"From JSON-LD","isAccessibleForFree":false,"author":{"name":"Ann"}}',
        '{"@graph":[{"@type":"WebPage"},{"@type":"Article","hasPart":{"isAccessibleForFree":"False","cssSelector":".paywall"}}]}',
        '{"@type":"NewsArticle","headline":',
        '[[[[[["deep"]]]]]]',
        '{"@type":"NewsArticle","__proto__":{"polluted":true},"headline":{"@value":42}}',
        '<!-- {"@type":"Article"} -->',
      )
      .map((json) => el('script', [{ t: 'text', text: json }], [['type', 'application/ld+json']])),
    fc.constantFrom('0; url=http://beacon.invalid/refresh', '0;url=javascript:__siftXss("refresh")').map((content) => el('meta', [], [['http-equiv', 'refresh'], ['content', content]])),
    fc.constantFrom('http://beacon.invalid/base/', 'javascript:__siftXss("base")//', 'data:text/html,x').map((href) => el('base', [], [['href', href]])),
    fc.constant(el('style', [{ t: 'text', text: 'body{background:url(http://beacon.invalid/style)}' }])),
    fc.constant(el('script', [{ t: 'text', text: '__siftXss("head-script")' }])),
  ),
  { maxLength: 4 },
);

/** Pages larger than this (in rendered nodes) are not generated: they would take seconds each in jsdom. */
export const MAX_PAGE_NODES = 6000;

export const pageArbitrary: fc.Arbitrary<FuzzPage> = fc.record({
  mode: fc.constantFrom<FuzzPage['mode']>('markup', 'markup', 'dom'),
  doctype: fc.boolean(),
  lang: fc.constantFrom('', ...LANGS, 'zz', 'en-GB'),
  head: headArbitrary,
  body: fc.oneof({ weight: 3, arbitrary: articleSkeleton }, { weight: 1, arbitrary: fc.array(nodeArbitrary, { maxLength: 6 }) }),
  url: fc.constantFrom(null, 'https://news.example/2024/11/story.html', 'http://localhost:8080/a', 'not a url'),
}).filter((page) => countNodes(page) <= MAX_PAGE_NODES);

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function plainText(node: FuzzNode): string {
  if (node.t === 'text' || node.t === 'comment') return node.text;
  if (node.t === 'chain') return plainText(node.child);
  if (node.t === 'repeat') return plainText(node.child).repeat(node.count);
  return node.children.map(plainText).join('');
}

function markup(node: FuzzNode, out: string[]): void {
  switch (node.t) {
    case 'text':
      // Mostly escaped; noise that looks like markup is sometimes left raw on purpose (broken pages).
      out.push(NOISE.includes(node.text) && node.text.startsWith('<') ? node.text : escapeText(node.text));
      return;
    case 'comment':
      out.push(`<!--${node.text}-->`);
      return;
    case 'repeat':
      for (let i = 0; i < node.count; i++) markup(node.child, out);
      return;
    case 'chain':
      out.push(`<${node.tag}>`.repeat(node.depth));
      markup(node.child, out);
      out.push(`</${node.tag}>`.repeat(node.depth));
      return;
    case 'el': {
      const attrs = node.attrs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
      out.push(`<${node.tag}${attrs}>`);
      if (VOID.has(node.tag)) return;
      if (RAW_TEXT.has(node.tag)) out.push(node.children.map(plainText).join('').replace(new RegExp(`</${node.tag}`, 'gi'), ''));
      else for (const child of node.children) markup(child, out);
      if (node.broken.startsWith('stray-')) out.push(`</${node.broken.slice('stray-'.length)}>`);
      if (node.broken !== 'unclosed') out.push(`</${node.tag}>`);
    }
  }
}

/** The page as HTML source. */
export function renderMarkup(page: FuzzPage): string {
  const out: string[] = [];
  if (page.doctype) out.push('<!DOCTYPE html>');
  out.push(page.lang ? `<html lang="${page.lang}"><head>` : '<html><head>');
  for (const node of page.head) markup(node, out);
  out.push('</head><body>');
  for (const node of page.body) markup(node, out);
  out.push('</body></html>');
  return out.join('');
}

function namespaceFor(tag: string, parentNamespace: string | null): string | null {
  if (SVG_TAGS.has(tag)) return 'http://www.w3.org/2000/svg';
  if (MATH_TAGS.has(tag)) return 'http://www.w3.org/1998/Math/MathML';
  return parentNamespace === 'http://www.w3.org/2000/svg' && tag !== 'p' ? parentNamespace : null;
}

function build(doc: Document, node: FuzzNode, parent: Node): void {
  switch (node.t) {
    case 'text':
      parent.appendChild(doc.createTextNode(node.text));
      return;
    case 'comment':
      parent.appendChild(doc.createComment(node.text));
      return;
    case 'repeat':
      for (let i = 0; i < node.count; i++) build(doc, node.child, parent);
      return;
    case 'chain': {
      let at = parent;
      for (let i = 0; i < node.depth; i++) at = at.appendChild(doc.createElement(node.tag));
      build(doc, node.child, at);
      return;
    }
    case 'el': {
      const parentNamespace = parent.nodeType === 1 ? (parent as Element).namespaceURI : null;
      const namespace = namespaceFor(node.tag, parentNamespace === 'http://www.w3.org/1999/xhtml' ? null : parentNamespace);
      // html, head and body elements nested anywhere: only the DOM can build that.
      const element = namespace ? doc.createElementNS(namespace, node.tag) : doc.createElement(node.tag);
      for (const [name, value] of node.attrs) element.setAttribute(name, value);
      for (const child of node.children) build(doc, child, element);
      parent.appendChild(element);
    }
  }
}

/**
 * The page as a document of `win`: parsed from `renderMarkup` (mode `markup`) or built node by node
 * (mode `dom`). Scripts never run either way (DOMParser documents are inert).
 */
export function buildDocument(page: FuzzPage, win: Window): Document {
  const parser = new (win as Window & { DOMParser: typeof DOMParser }).DOMParser();
  if (page.mode === 'markup') return parser.parseFromString(renderMarkup(page), 'text/html');
  const doc = parser.parseFromString(page.doctype ? '<!DOCTYPE html><title></title>' : '', 'text/html');
  doc.head.replaceChildren();
  if (page.lang) doc.documentElement.setAttribute('lang', page.lang);
  for (const node of page.head) build(doc, node, doc.head);
  for (const node of page.body) build(doc, node, doc.body);
  return doc;
}

/** How many nodes a page renders to (repeats multiplied out), computed without building it. */
export function countNodes(page: FuzzPage): number {
  const size = (node: FuzzNode): number => {
    switch (node.t) {
      case 'text':
      case 'comment':
        return 1;
      case 'chain':
        return node.depth + size(node.child);
      case 'repeat':
        return node.count * size(node.child);
      case 'el':
        return 1 + node.children.reduce((sum, child) => sum + size(child), 0);
    }
  };
  return [...page.head, ...page.body].reduce((sum, node) => sum + size(node), 0);
}
