/**
 * Paywall markup read in the one pass over the page's elements (paywall-verdict.ts's scanMarkup):
 * a free-access flag in microdata, and vendor names in class, id or a meta tag's `property`, in the
 * body as well as in head meta tags and in open shadow roots. The pass skips elements without
 * attributes, reads class and id as properties (an SVG element's className is an object) and
 * `itemprop` and `property` on meta tags only, so each place a marker can sit is checked here.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { PAYWALL_VENDORS } from '../src/classifier/paywall-verdict.js';
import { parse } from './helpers/dom.js';

const PROSE = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the city budget, which the council debated for six hours on Tuesday before it passed, with amendments, by a narrow margin.</p>`).join('');

function evidenceOf(extra: string, head = ''): string[] {
  const doc = parse(`<!doctype html><html lang="en"><head><title>Budget passes</title>${head}</head><body><article><h1>Budget passes</h1>${PROSE}${extra}</article></body></html>`);
  return classify(doc).paywall.evidence.map((e) => `${e.ruleId}${e.ruleId === 'paywall-vendor' ? ` ${e.reason}` : ''}`);
}

describe('paywall markup', () => {
  it('reads a microdata free-access flag in the body, whatever its case', () => {
    expect(evidenceOf('<div itemscope><meta itemprop="isAccessibleForFree" content="False"></div>')).toContain('paywall-jsonld-not-free');
    expect(evidenceOf('<div itemscope><meta itemprop="IsAccessibleForFree" content="true"></div>')).toContain('paywall-jsonld-free');
  });

  it('reads itemprop and property on meta tags only, where pages put them (a flag in a span is not read)', () => {
    expect(evidenceOf('<span itemprop="isAccessibleForFree" content="False"></span>')).not.toContain('paywall-jsonld-not-free');
    expect(evidenceOf('<span property="zephr:feature"></span>').join()).not.toContain('Zephr');
  });

  it('reads a microdata flag in a head meta tag', () => {
    expect(evidenceOf('', '<meta itemprop="isAccessibleForFree" content="false">')).toContain('paywall-jsonld-not-free');
  });

  it("finds a vendor by class, by id and by a meta tag's property", () => {
    expect(evidenceOf('<div class="Tp-Modal"></div>').join()).toContain('Piano/Tinypass');
    expect(evidenceOf('<div id="poool-widget"></div>').join()).toContain('Poool');
    expect(evidenceOf('<meta property="zephr:feature" content="x">').join()).toContain('Zephr');
  });

  it('finds a marker inside an open shadow root, and none inside a template', () => {
    const doc = parse(`<!doctype html><html lang="en"><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>${PROSE}<div id="host"></div><template><div class="pelcro-modal"></div></template></article></body></html>`);
    const evidence = () => classify(doc).paywall.evidence.map((e) => e.reason).join();
    expect(evidence()).not.toContain('Pelcro');
    expect(evidence()).not.toContain('Zephr');
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<div class="ZEPHR-feature"></div>';
    expect(evidence()).toContain('Zephr');
  });

  it('reads property and itemprop in an open shadow root, and class on an SVG element', () => {
    const doc = parse(`<!doctype html><html lang="en"><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>${PROSE}<div id="host"></div></article></body></html>`);
    const evidence = () => classify(doc).paywall.evidence.map((e) => `${e.ruleId} ${e.reason}`).join();
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<meta property="laterpay:item"><meta itemprop="isAccessibleForFree" content="false">';
    expect(evidence()).toContain('LaterPay');
    expect(evidence()).toContain('paywall-jsonld-not-free');
    expect(evidenceOf('<svg class="Plenigo-badge" width="1" height="1"></svg>').join()).toContain('Plenigo');
  });

  it("finds each vendor by its script's source, whatever its case (the verdict first tests one regex of all vendors)", () => {
    expect(PAYWALL_VENDORS.map((vendor) => vendor.script.flags)).toEqual(PAYWALL_VENDORS.map(() => 'i'));
    expect(evidenceOf('', '<script src="https://cdn.example/ZEPHR/decide.js"></script>').join()).toContain('Zephr');
    expect(evidenceOf('', '<script>window.tp = window.tp || []; tp.push(["setAid", "x"]);</script>').join()).toContain('Piano/Tinypass');
    expect(evidenceOf('', '<script src="https://cdn.example/app.js"></script>').filter((e) => e.startsWith('paywall-vendor'))).toEqual([]);
  });

  it('does not read JSON data blocks as scripts: an article about an admiral loads no vendor', () => {
    const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: 'Budget passes', articleBody: 'The admiral, who took piano lessons at sophi-college, spoke.' });
    const evidence = evidenceOf('', `<script type="application/ld+json">${jsonLd}</script><script type="application/json">{"admiral":true}</script>`);
    expect(evidence.filter((e) => e.startsWith('paywall-vendor'))).toEqual([]);
    // The same words in code are a vendor's loader, whatever type a script loader rewrote it to.
    expect(evidenceOf('', '<script type="47595e11f6-text/javascript">window.admiral = {};</script>').join()).toContain('Admiral');
  });

  it('finds nothing on a page without markers', () => {
    const evidence = evidenceOf('<div class="share-tools" data-type="x"><span property="og:title"></span></div>');
    expect(evidence.filter((e) => e.startsWith('paywall-vendor') || e.startsWith('paywall-jsonld'))).toEqual([]);
  });
});
