import type { Classification, Label } from '../classifier/types.js';
import type { PageSummary } from '../shared/messages.js';
import type { Block } from '../clean-view/groups.js';
import { groupSections } from '../clean-view/groups.js';

/** What the popup shows, as plain JSON: the verdict, the blocks (hidden or to hide) and the article's text. */
export function pageSummary(url: string, on: boolean, classification: Classification, blocks: Block[] | null, hide: ReadonlySet<Label>): PageSummary {
  const chosen = blocks ?? groupSections(classification.sections.filter((s) => s.label !== 'article' && hide.has(s.label)));
  // The article as it is, less its HTML (the popup shows text) and the id its reason came from;
  // the verdict as it is (its type and evidence). The background keeps only the fields it knows.
  const { html: _html, absentId: _absentId, ...article } = classification.article;
  return {
    url,
    on,
    paywall: classification.paywall,
    blocks: chosen.map(({ label, reasons, text }) => ({ label, reasons: [...reasons], text })),
    article,
  };
}
