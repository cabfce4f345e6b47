/**
 * The corpus score's arithmetic, on made-up labels: a removed boilerplate snippet is named by the
 * smallest section that holds it, and the summary counts how many are named as their kind.
 */
import { describe, expect, it } from 'vitest';
import { scorePage, sectionLabelOf, summarise, type CorpusLabel } from '../scripts/corpus/score-lib.js';

const label: CorpusLabel = {
  id: 'made-up',
  file: 'made-up.html',
  language: 'en',
  page_type: 'article',
  paywall: { type: 'none', reason: '' },
  article: ['The council met on Monday.'],
  boilerplate: [
    { kind: 'donation_appeal', snippet: 'Please support our newsroom' },
    { kind: 'newsletter', snippet: 'Sign up for the morning briefing' },
    { kind: 'navigation', snippet: 'Home World Sport' },
    { kind: 'related', snippet: 'Read more about the council' },
  ],
};

describe('naming removed boilerplate', () => {
  it('takes the smallest section holding the snippet, and none when no one section holds it whole', () => {
    const sections = [
      { label: 'other', text: 'Please support our newsroom today. Sign up for the morning' },
      { label: 'donation_appeal', text: 'Please support our newsroom today.' },
      { label: 'newsletter', text: 'Sign up for the morning' },
    ];
    expect(sectionLabelOf('Please support our newsroom', sections)).toBe('donation_appeal');
    expect(sectionLabelOf('Sign up for the morning briefing', sections)).toBe('');
  });

  it('names only removed snippets, and the summary counts those named as their kind', () => {
    const score = scorePage(label, {
      text: 'The council met on Monday. Read more about the council',
      paywall: 'none',
      noArticle: false,
      sections: [
        { label: 'article', text: 'The council met on Monday.' },
        { label: 'donation_appeal', text: 'Please support our newsroom today.' },
        { label: 'newsletter', text: 'Sign up for the morning briefing, free.' },
        { label: 'related', text: 'Home World Sport' },
      ],
    });
    expect(score.leaked.map((b) => b.kind)).toEqual(['related']);
    expect(score.named.map((n) => `${n.kind}:${n.label}`)).toEqual(['donation_appeal:donation_appeal', 'newsletter:newsletter', 'navigation:related']);
    const summary = summarise([score]);
    expect(summary.namedCounts).toEqual({
      donation_appeal: { right: 1, total: 1 },
      newsletter: { right: 1, total: 1 },
      navigation: { right: 0, total: 1 },
    });
  });
});
