import { classAttribute, collapse, keepsMoreThan, visibleText } from './dom.js';
import { articleObjects, stringOf, type JsonObject } from './jsonld.js';

export interface PageMetadata {
  title: string;
  byline: string;
  published: string;
  siteName: string;
  lang: string;
}

type MetaTable = Map<string, string>;

/** Every <meta> of the page by property, name or itemprop (lower-case), read once. */
function readMetaTable(doc: Document): MetaTable {
  const table: MetaTable = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta')).slice(0, 500)) {
    const content = el.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const key of [el.getAttribute('property'), el.getAttribute('name'), el.getAttribute('itemprop')]) {
      if (key && !table.has(key.toLowerCase())) table.set(key.toLowerCase(), collapse(content));
    }
  }
  return table;
}

/** The first of `names` with content (that `usable` accepts). */
function meta(table: MetaTable, names: string[], usable = (content: string) => content !== ''): string {
  return names.map((name) => table.get(name.toLowerCase()) ?? '').find(usable) ?? '';
}

/**
 * A byline that links to the site's author pages ("article:author" often is one), or that is the
 * site itself ("lefigaro.fr", "Ediciones El País" where the page shows its reporters), names nobody.
 */
function namesSomebody(content: string, site: string): boolean {
  return content !== '' && !/^https?:/.test(content) && !(site.length > 2 && squeezed(content).includes(squeezed(site)));
}

/**
 * Character references left in metadata: sites escape their JSON-LD headline or meta content
 * twice ("unveils &#8216;family&#8217; plan", "Verlag &amp; Co."), and the reader would see
 * the codes. Decoded as text, never parsed as markup (as Readability does with its metadata).
 */
export function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d+|x[\da-f]+)|(amp|quot|apos|lt|gt));/gi, (whole, number?: string, name?: string) => {
    if (name) return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[name.toLowerCase()]!;
    // "0123" and "0x1F" both read as numbers: decimal and hexadecimal references alike.
    const code = Number(`0${number}`);
    // Not a character (NUL, a surrogate half, past Unicode): left as written.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * A byline line, white space collapsed: "By Jane Doe | Created at …", "Von Max Muster", "Par …",
 * "Por …". Not a sentence that opens with the same word, as a short paragraph of the article may
 * ("By Tuesday, the water had receded.", "De nombreux habitants…", "Von den Schäden…"): a byline
 * does not end on a word and a full stop, a question or an exclamation mark, with any quotation
 * marks after it ("8:42 a.m." and "… ET" may end one).
 */
const BYLINE_LINE = /^(?!.*\p{L}{2}[.!?]\W*$)(?:by|von|par|por|di|de|av|от|автор:?) (.{2,80}?)(?: ?(?:[|·•]|[,–—] | - |created|updated|published|posted|\d+[./-]\d+[./-]\d|$))/iu;

/**
 * Each month's names by how they start, in the languages Sift has phrases for: "Aug", "août",
 * "agosto", "Oktober", "ott", "октября". "juin" and "juil" keep four letters: "jui" is both.
 */
const MONTHS = 'jan ene gen янв|feb fév fev фев|mar mär мар|apr avr abr апр|may mai mag мая|jun juin giu июн|jul juil lug июл|aug aoû ago авг|sep set сен|oct okt ott out окт|nov ноя|dec déc dez dic des дек'.split('|');
/** A month's name, whole or cut short ("Aug", "Aug.", "August", "März"). */
const MONTH = `(${MONTHS.join('|').replace(/ /g, '|')})\\p{L}*\\.?`;
/** "Aug 13, 2010", "August 13th 2011"; or day first: "26 Sep 2011", "3. Mai 2024", "1er juin 2024", "29 de octubre de 2012". */
const NAMED_DATE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?(\\d{4})`, 'iu');

function monthNumber(name: string): number {
  const start = name.toLowerCase();
  return MONTHS.findIndex((names) => names.split(' ').includes(start)) + 1;
}

/** YYYY-MM-DD, or '' for a day or month that no calendar has. */
function isoDate(year: string, month: number, day: string): string {
  const d = Number(day);
  return month >= 1 && month <= 12 && d >= 1 && d <= 31 ? `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` : '';
}

/**
 * The first date in a line of text, as YYYY-MM-DD: ISO, day first with dots or
 * slashes ("29/10/2012"; month first when the second number cannot be a month, "11/18/2011"),
 * or with the month's name. Two-digit years are left alone: "10/9/10" could be any of three dates.
 */
export function dateInText(text: string): string {
  const iso = /(\d{4})-(\d\d)-(\d\d)/.exec(text);
  if (iso) return isoDate(iso[1]!, Number(iso[2]), iso[3]!);
  const numeric = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(text);
  if (numeric) return Number(numeric[2]) > 12 ? isoDate(numeric[3]!, Number(numeric[1]), numeric[2]!) : isoDate(numeric[3]!, Number(numeric[2]), numeric[1]!);
  const named = NAMED_DATE.exec(text);
  if (!named) return '';
  return named[1] ? isoDate(named[3]!, monthNumber(named[1]), named[2]!) : isoDate(named[6]!, monthNumber(named[5]!), named[4]!);
}

/**
 * The text of `el` outside its links, white space collapsed: an author's linked name beside the
 * date ("<a>Jane Doe</a> Nov 20, 2025") leaves the date.
 */
export function unlinkedText(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const link = node.parentElement?.closest('a');
    if (!link || !el.contains(link)) text += ` ${(node as Text).data}`;
  }
  return collapse(text);
}

/** Text as headings are compared: lower case, letters, digits and single spaces only. */
export function comparable(text: string): string {
  return collapse(text).toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');
}

/** Text as site names are compared: `comparable` without its spaces ("Le Figaro" and "lefigaro.fr" both hold "lefigaro"). */
function squeezed(text: string): string {
  return comparable(text).replace(/ /g, '');
}

/**
 * The title without the site's name (or the authors) that pages add to it: the part the page's
 * headline reads as, else the title less a first or last part that is the site's name or its
 * address ("BusinessWeek", "businessweek.com"), while two words or more remain.
 */
export function withoutSiteAffix(title: string, heading: string, siteName: string): string {
  // Parts at even places, the separators between them at odd ones.
  const parts = title.split(/(\s[|–—»·:-]\s)/u);
  const wanted = comparable(heading);
  const site = squeezed(siteName);
  const isSite = (part: string) => {
    const name = squeezed(part);
    return name.length > 2 && site.length > 2 && (site.includes(name) || name.includes(site));
  };
  // Not the site's name, even where it is the page's first h1 (a logo set as a heading).
  const asHeading = parts.find((part, i) => i % 2 === 0 && wanted !== '' && comparable(part) === wanted && !isSite(part));
  if (asHeading) return asHeading;
  for (let i = 0; i < 2 && parts.length > 2; i++) {
    if (isSite(parts[parts.length - 1]!)) parts.length -= 2;
    else if (isSite(parts[0]!)) parts.splice(0, 2);
  }
  const rest = parts.join('');
  return rest.includes(' ') ? rest : title;
}

/**
 * Where a name in a byline box ends: a number (a date or a time: "USA TODAY 8:42 a.m."), a month
 * or a weekday ("Sam Byford on June 29", "Bryan Walsh Tuesday"), a handle, or the box's links
 * ("More from this author", "Print", "E-mail", "Comments"). Names hold none of these.
 */
const BYLINE_TAIL = new RegExp(`(?:^|\\s)(?:on\\s)?(?:\\d|@|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\\b|${MONTH}\\s+\\d|more from|print|e-?mail|comments?\\b|updated|published|posted)`, 'iu');

/** A byline as a reader writes it: the names, without "By:" and whatever the box holds after them. */
export function tidyByline(byline: string): string {
  const text = collapse(byline).replace(/^by:?\s+/i, '');
  const tail = BYLINE_TAIL.exec(text);
  return (tail ? text.slice(0, tail.index) : text).replace(/[\s,|·•–—-]+$/, '');
}

/**
 * The names in a byline line ("By Jane Doe | Created at …" gives "Jane Doe"), or ''. A short
 * paragraph that opened like one ("By Tuesday, …") was taken for the byline and left out of the
 * article; BYLINE_LINE now tells it apart.
 */
export function bylineFromLine(line: string): string {
  const match = BYLINE_LINE.exec(collapse(line));
  return match ? match[1]!.replace(/[\s,|·•–—-]+$/, '').trim() : '';
}

/**
 * The byline line near the headline when the article body does not hold it: the first short
 * block after the title that reads "By …"/"Par …" or is named as the author. With `byLink` (the
 * page's metadata names no author), a link to the author's page counts too. `visibleLength` gives
 * an element's visible text length where the stats pass read it (0: unknown).
 */
export function bylineNearTitle(title: Element, byLink: boolean, visibleLength: (el: Element) => number): { byline: string; element: Element } | null {
  let seen = 0;
  for (let el: Element | null = nextElement(title); el && seen < 40; el = nextElement(el), seen++) {
    // The stats pass's length first: reading the text of each of the article's wrappers in turn
    // copied the whole article's text a few times (the visible text, a space or so shorter than
    // the collapsed textContent, is too long when it is over 201 characters).
    if (visibleLength(el) > 201) continue;
    const raw = el.textContent ?? '';
    // The elements after a headline hold the article: collapsing a whole body's text to learn
    // that it is long was a fifth of classify's white-space collapsing.
    if (raw.length > 200 && keepsMoreThan(raw, 200)) continue;
    const text = collapse(raw);
    if (!text || text.length > 200) continue;
    const fromLine = bylineFromLine(text);
    if (fromLine) return { byline: fromLine, element: el };
    // Named as the byline or author, or (`byLink`) a link to the author's page ("/author/jane-doe",
    // "/authors/…"). Only where the metadata has no author: such a link often sits in a line of date
    // and counts, which keeping the link visible splits into pieces.
    if (/(^|[^a-z])(byline|authors?|auteur|autor|firma)([^a-z]|$)/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('rel') ?? ''} ${byLink ? el.getAttribute('href') ?? '' : ''}`) && text.split(' ').length <= 6) return { byline: text, element: el };
  }
  return null;
}

/** The next element in document order, without descending into `el` itself. */
function nextElement(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/**
 * The headline in a document title: the first part of "Headline | Site" or "Headline - Site" when
 * it has three words or more, a title of one part when it has five or more; else ''. On pages
 * without og:title it names the story better than the page's first h1, often the site's logo or a
 * section ("Allergies Health Center", "Kezdőlap"); a shorter title of one part may be the site's
 * name alone ("The Daily Planet"), so there the h1 comes first.
 */
function headlineOfDocumentTitle(raw: string): string {
  const parts = collapse(raw).split(/\s[|–—-]\s|\s»\s/);
  return parts[0]!.split(' ').length > (parts[1] ? 2 : 4) ? parts[0]! : '';
}

/** The first element marked as the author or byline, found in the stats walk's element list. */
function findAuthorElement(elements: Iterable<Element>): Element | null {
  for (const el of elements) {
    // Every element of a page without a byline in its metadata is asked: most have no attribute,
    // and the class is a property read (half a getAttribute call in Chromium).
    if (!el.hasAttributes()) continue;
    const rel = el.getAttribute('rel');
    const itemprop = el.getAttribute('itemprop');
    if ((rel && rel.toLowerCase() === 'author') || (itemprop && itemprop.toLowerCase() === 'author')) return el;
    const cls = classAttribute(el);
    if (cls && /byline|(^|\s)author(\s|$)/i.test(cls)) return el;
  }
  return null;
}

export function readMetadata(doc: Document, jsonLd: JsonObject[], url: string | undefined, elements: Iterable<Element> = []): PageMetadata {
  const metas = readMetaTable(doc);
  const articles = articleObjects(jsonLd);
  const ld = articles[0] ?? {};
  const title =
    stringOf(ld.headline) ||
    meta(metas, ['og:title', 'twitter:title']) ||
    headlineOfDocumentTitle(doc.title) ||
    collapse(doc.querySelector('h1')?.textContent ?? '') ||
    collapse(doc.title);
  const publisher = (ld.publisher ?? {}) as JsonObject;
  let siteName = meta(metas, ['og:site_name', 'application-name']) || stringOf(publisher.name);
  if (!siteName && url) {
    try {
      siteName = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      siteName = '';
    }
  }
  let byline = stringOf(ld.author) || meta(metas, ['author', 'article:author', 'parsely-author', 'sailthru.author'], (content) => namesSomebody(content, siteName));
  if (!namesSomebody(byline, siteName)) byline = '';
  if (!byline) {
    const el = findAuthorElement(elements);
    if (el) byline = bylineFromLine(visibleText(el)) || collapse(visibleText(el)).slice(0, 100);
  }
  const declared =
    stringOf(ld.datePublished) ||
    meta(metas, ['article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'DC.date.issued']) ||
    (doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '').trim();
  // Kept as declared when it starts as ISO (time and zone included); "Tuesday, Aug. 17, 2010" as its date.
  const published = /^\d{4}-\d\d/.test(declared) ? declared : dateInText(declared) || declared;
  const htmlLang = doc.documentElement?.getAttribute('lang') ?? '';
  const lang = (htmlLang || stringOf(ld.inLanguage) || meta(metas, ['og:locale'])).toLowerCase().split(/[-_]/)[0] ?? '';
  return { title: decodeReferences(title), byline: decodeReferences(byline), published, siteName: decodeReferences(siteName), lang };
}
