/**
 * The popup's first line, the page at a glance ("paywall: metered · 1 donation appeal · 2 newsletter
 * boxes · 5 navigation blocks hidden"), built from the extension's own messages in each UI language.
 */
import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '../src/classifier/types.js';
import { summaryLine } from '../src/popup/summary-line.js';
import { uiMessage } from './helpers/messages.js';

const blocks = (...labels: Label[]) => labels.map((label) => ({ label }));

describe('the popup summary line', () => {
  it('counts each kind in the singular or plural, appeals first, and says whether they are hidden', () => {
    const t = uiMessage('en');
    const page = blocks('navigation', 'newsletter', 'donation_appeal', 'navigation', 'newsletter', 'navigation', 'navigation', 'navigation');
    expect(summaryLine('metered', page, true, t, 'en')).toBe('paywall: metered · 1 donation appeal · 2 newsletter boxes · 5 navigation blocks hidden');
    expect(summaryLine('none', blocks('related', 'other'), false, t, 'en')).toBe('paywall: none · 1 block of related links · 1 other block to hide');
    expect(summaryLine('hard', [], true, t, 'en')).toBe('paywall: hard · nothing hidden');
  });

  it('speaks German in German', () => {
    expect(summaryLine('soft', blocks('donation_appeal', 'donation_appeal', 'ad'), true, uiMessage('de'), 'de')).toBe('Paywall: weich · 2 Spendenaufrufe · 1 Anzeige ausgeblendet');
  });

  it('has both forms of every kind, and every paywall type, in en and de', () => {
    for (const lang of ['en', 'de']) {
      const t = uiMessage(lang);
      for (const label of LABELS) for (const form of ['one', 'other']) expect(t(`count_${label}_${form}`, '3'), `${lang} ${label} ${form}`).toMatch(/^3 \S/);
      for (const type of ['none', 'soft', 'metered', 'registration', 'hard']) expect(t(`paywallShort_${type}`), `${lang} ${type}`).not.toBe('');
    }
  });
});
