/**
 * The paywall verdict names what it saw, and what it sees must be about paying to read: a box that
 * only says "Subscribe" (a feed, e-mail updates), or "you have read our privacy policy", is not
 * a subscription offer or an article meter. Found on pages from sites outside the corpus.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { parse } from './helpers/dom.js';

const ARTICLE = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1}: the harbour board voted on Monday to rebuild the north pier, which storms damaged twice last winter, at a cost of about two million pounds.</p>`).join('');

function verdictOf(extra: string) {
  const doc = parse(`<!doctype html><html lang="en"><head><title>Pier to be rebuilt</title></head><body><article><h1>Pier to be rebuilt</h1>${ARTICLE}</article>${extra}</body></html>`);
  return classify(doc).paywall;
}

describe('paywall evidence', () => {
  it('takes no soft paywall from a box that only says "Subscribe" to updates', () => {
    expect(verdictOf('<aside class="subscribe-box"><p>Get updated when the author publishes.</p><a href="/subscribe">Subscribe</a></aside>').type).toBe('none');
    expect(verdictOf('<div class="subscribe"><a href="/rss">Subscribe via RSS</a></div>').type).toBe('none');
  });

  it('takes a soft paywall from a box that offers a paid subscription', () => {
    const verdict = verdictOf('<aside class="subscribe-box"><p>Subscribe now: 4 weeks for $1, then $9.99 a month.</p><a href="/subscribe">Subscribe</a></aside>');
    expect(verdict.type).toBe('soft');
    expect(verdict.evidence.map((e) => e.ruleId)).toContain('paywall-subscription-offers');
    expect(verdict.evidence.find((e) => e.ruleId === 'paywall-subscription-offers')?.reason).toBe('The page offers a paid subscription while the article is readable (“subscribe now”, “subscribe”).');
    // A box the page names an offer, with no offer phrase in it: the text alone, with no English
    // count after it ("(1 offer box)") for the German UI to show after its own text.
    const named = verdictOf('<aside class="subscribe-box"><p>Get the full picture: 4 weeks for $1, then $9.99 a month.</p></aside>');
    expect(named.type).toBe('soft');
    expect(named.evidence.find((e) => e.ruleId === 'paywall-subscription-offers')?.reason).toBe('The page offers a paid subscription while the article is readable.');
  });

  it('counts free articles, not having read a policy', () => {
    expect(verdictOf('<footer><p>By registering you confirm that you have read our privacy policy.</p></footer>').type).toBe('none');
    const verdict = verdictOf('<div class="meter-banner"><p>You have read 3 of 5 free articles this month.</p></div>');
    expect(verdict.type).toBe('metered');
    expect(verdict.evidence[0]?.reason).toContain('you have read 3');
  });

  it.each([
    ['en', 'Subscribe to keep reading.', 'City officials said on Tuesday that the new water treatment plant would open two months late, after inspectors found cracks in one of its settling basins.'],
    ['en', 'This story is available exclusively to subscribers.', 'City officials said on Tuesday that the new water treatment plant would open two months late, after inspectors found cracks in one of its settling basins.'],
    ['es', 'Este artículo es solo para suscriptores.', 'El ayuntamiento aprobó el martes demoler el viejo puente sobre el canal y sustituirlo antes de 2027 por una nueva estructura que costará doce millones.'],
    ['no', 'For å lese hele saken må du være abonnent.', 'Bystyret vedtok tirsdag å rive den gamle brua over kanalen og erstatte den med en ny innen 2027, til en pris på rundt tolv millioner euro.'],
    ['ru', 'Этот материал доступен только подписчикам.', 'Городской совет во вторник решил снести аварийный мост через канал и к 2027 году построить новый, который обойдётся в двенадцать миллионов евро.'],
  ])('reads a hard wall worded as sites outside the corpus word it (%s: "%s")', (lang, wall, paragraph) => {
    // A truncated article and one line under it, in no box the rules know by name.
    const body = [1, 2, 3].map((n) => `<p>${n}. ${paragraph}</p>`).join('');
    const result = classify(parse(`<!doctype html><html lang="${lang}"><head><title>Pier</title></head><body><article><h1>Pier</h1><div class="text">${body}</div><div><p>${wall}</p><p><a href="/subscribe">→</a></p></div></article></body></html>`));
    expect(result.paywall.type).toBe('hard');
    expect(result.paywall.evidence.map((e) => e.ruleId)).toContain('paywall-wall-text');
    expect(result.article.text).not.toContain(wall);
    expect(result.article.text).toContain(`3. ${paragraph}`);
  });

  it('leaves an article sentence about reading on alone', () => {
    const verdict = verdictOf('');
    expect(verdict.type).toBe('none');
    const doc = parse(`<!doctype html><html lang="en"><head><title>Pier</title></head><body><article><h1>Pier</h1>${ARTICLE}<p>Readers who want to keep reading the old editions can visit the library.</p></article></body></html>`);
    const result = classify(doc);
    expect(result.paywall.type).toBe('none');
    expect(result.article.text).toContain('Readers who want to keep reading');
  });

  it("takes a soft paywall from a page that loads Piano's Composer, which sells subscriptions, and none from other vendors' scripts alone", () => {
    const composer = verdictOf('<script src="https://cdn.tinypass.com/api/tinypass.min.js"></script><script>tp = window.tp || []; tp.push(["setAid", "abc"]);</script>');
    expect(composer.type).toBe('soft');
    expect(composer.evidence.map((e) => e.ruleId)).toEqual(['paywall-vendor', 'paywall-sales-service']);
    // Poool's and Steady's scripts sat on free pages that offered nothing.
    expect(verdictOf('<script src="https://assets.poool.fr/audit.min.js"></script>').type).toBe('none');
    expect(verdictOf('<script src="https://steadyhq.com/widget_loader/abc"></script>').type).toBe('none');
    // A page that claims not to be free and offers nothing is metered by script, Composer or not;
    // one that offers a subscription in its text gives that as the evidence.
    const declared = parse(`<!doctype html><html lang="en"><head><title>Pier</title><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script><script src="https://cdn.tinypass.com/api/tinypass.min.js"></script></head><body><article><h1>Pier</h1>${ARTICLE}</article></body></html>`);
    expect(classify(declared).paywall.type).toBe('metered');
    const offered = verdictOf('<script src="https://cdn.tinypass.com/api/tinypass.min.js"></script><aside class="subscribe-box"><p>Subscribe now: 4 weeks for $1, then $9.99 a month.</p></aside>');
    expect(offered.type).toBe('soft');
    expect(offered.evidence.map((e) => e.ruleId)).not.toContain('paywall-sales-service');
  });
});
