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
  });

  it('counts free articles, not having read a policy', () => {
    expect(verdictOf('<footer><p>By registering you confirm that you have read our privacy policy.</p></footer>').type).toBe('none');
    const verdict = verdictOf('<div class="meter-banner"><p>You have read 3 of 5 free articles this month.</p></div>');
    expect(verdict.type).toBe('metered');
    expect(verdict.evidence[0]?.reason).toContain('you have read 3');
  });
});
