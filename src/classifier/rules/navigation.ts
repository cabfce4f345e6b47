import { statementInArticle } from '../features.js';
import { linksToManySites } from '../site-links.js';
import { rulesFor, tokenHint } from './types.js';

const NAV_HINT = tokenHint(
  'nav|navbar|navigation|*-nav|nav-*|[a-z]*menu[a-z]*|menu-*|breadcrumbs?|masthead|site-?header|global-?header|topbar|top-bar|skip-?link|skip-?to-?content|pagination|pager|sitemap|site-?footer|global-?footer|menubar|main-?menu|quick-?links|section-?links|tab-?bar|hamburger|subnav|site-?nav',
);
/** "footer"/"header" name a page's own bands only outside the article; inside, a box's footer. */
const BAND_HINT = tokenHint('footer|footer-*|*-footer|page-?header|page-?footer|header-?(bar|top|nav|links)|tabs|dropdown|drawer');

export const navigationRules = rulesFor('navigation', [
  {
    id: 'nav-element',
    weight: 1,
    reason: 'A menu of site links (marked as navigation in the page).',
    // The hint string holds the role, lower-cased: without "nav" or "menu" in it there is no such
    // role to read (a call into the engine for every block).
    test: (b) => b.tag === 'NAV' || (/nav|menu/.test(b.hints) && /(^| )(navigation|menubar|menu)( |$)/.test(b.element.getAttribute('role') ?? '')),
    fixture: { html: '<nav><a href="/">Home</a> <a href="/world">World</a></nav>', where: 'page' },
  },
  {
    id: 'nav-hint',
    weight: 1,
    reason: 'Named as a menu, header, footer or breadcrumb trail by the page.',
    // A <footer> named "footer" is nav-page-footer's: one piece of evidence, counted once.
    test: (b) => NAV_HINT.test(b.hints) || (!b.inside && b.tag !== 'FOOTER' && BAND_HINT.test(b.hints) && b.linkDensity >= 0.3),
    fixture: { html: '<div class="site-footer"><a href="/about">About</a> <a href="/contact">Contact</a></div>', where: 'page' },
  },
  {
    id: 'nav-page-footer',
    weight: 1,
    reason: 'The page footer, mostly links, outside the article.',
    // Mostly links: a story's footer that holds only an appeal, or a paragraph about the site, is named by its own words.
    test: (b) => !b.inside && b.tag === 'FOOTER' && b.linkDensity >= 0.3,
    fixture: { html: '<footer><a href="/about">About us</a> <a href="/privacy">Privacy</a> © Example News</footer>', where: 'page' },
  },
  {
    id: 'nav-page-header',
    weight: 1,
    reason: 'The page header, outside the article.',
    test: (b) => !b.inside && b.tag === 'HEADER' && b.linkDensity > 0.3,
    fixture: { html: '<header><a href="/">Example News</a> <a href="/login">Log in</a></header>', where: 'page' },
  },
  {
    id: 'nav-short-links',
    weight: 1,
    reason: 'Mostly short links, like a menu.',
    test: (b) => {
      if (b.linkDensity < 0.6 || b.words < 2 || statementInArticle(b)) return false;
      const links = b.stats.links || (b.tag === 'A' ? 1 : 0);
      // Not in the article a list whose links lead each to another site: a menu leads round one
      // site, the story's list of charities or sources away to many (the DOM is read last).
      return links >= 3 && b.stats.linkLength / links < 22 && !(b.inside && linksToManySites(b.element));
    },
    fixture: { html: '<div><a href="/a">Politics</a> <a href="/b">Business</a> <a href="/c">Sport</a> <a href="/d">Culture</a></div>', where: 'page' },
  },
]);
