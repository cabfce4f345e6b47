/**
 * Whose site a link leads to. A site's menus and controls link to its own pages; a list of
 * charities, sources or campaigns in a story links to theirs.
 */

const hosts = new WeakMap<Document, string>();
/** Resolves a protocol-relative link ("//cdn.example/…"); a relative one never reaches hostOf. */
const ANY_BASE = 'https://x.invalid/';
/** An absolute link: one that names its host. */
const ABSOLUTE = /^(https?:)?\/\//i;

/** A URL's host without "www.", or '' when it has none (or is no URL). */
function hostOf(url: string, base?: string): string {
  try {
    const { protocol, host } = new URL(url, base);
    return /^https?:$/.test(protocol) ? host.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/**
 * The page's own site: its address's host, or, for a saved page read without its address, its
 * canonical link's or og:url's; '' when none says.
 */
export function siteHost(doc: Document): string {
  let host = hosts.get(doc);
  if (host === undefined) {
    host = hostOf(doc.URL);
    if (!host) {
      const declared = doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content') ?? '';
      host = hostOf(declared);
    }
    hosts.set(doc, host);
  }
  return host;
}

/**
 * `href` leads to another site than the page's: an absolute link to another host. A relative link
 * is the page's own; an absolute one on a page whose site is unknown counts as elsewhere.
 */
export function leadsOffSite(href: string, doc: Document): boolean {
  if (!ABSOLUTE.test(href)) return false;
  const site = siteHost(doc);
  return !site || hostOf(href, ANY_BASE) !== site;
}

/**
 * Every link in `el` leads to another site, nearly each to a different one (three hosts in four
 * links at least), on a page whose site is known: a story's list of charities or sources. A list
 * of links into one other site is still its menu ("iTunes (HD) | iTunes (SD) | …", a network's
 * pages), and so is one on a page whose site is unknown.
 */
export function linksToManySites(el: Element): boolean {
  const site = siteHost(el.ownerDocument);
  if (!site) return false;
  // Each link's host, read once: a relative link's is the page's own.
  const linkHosts = [...el.querySelectorAll('a[href]')].map((a) => {
    const href = a.getAttribute('href')!;
    return ABSOLUTE.test(href) ? hostOf(href, ANY_BASE) : site;
  });
  return linkHosts.length > 0 && !linkHosts.includes(site) && new Set(linkHosts).size >= 0.75 * linkHosts.length;
}
