import type { Classification, Label } from '../classifier/types.js';
import type { PageSummary } from '../shared/messages.js';
import type { Block } from '../clean-view/groups.js';
import { groupSections } from '../clean-view/groups.js';

/** What the popup shows, as plain JSON: the verdict, the blocks (hidden or to hide) and the article's text. */
export function pageSummary(url: string, on: boolean, classification: Classification, blocks: Block[] | null, hide: ReadonlySet<Label>): PageSummary {
  const chosen = blocks ?? groupSections(classification.sections.filter((s) => s.label !== 'article' && hide.has(s.label)));
  const { article, paywall } = classification;
  return {
    url,
    on,
    paywall: { type: paywall.type, evidence: paywall.evidence.map(({ ruleId, reason }) => ({ ruleId, reason })) },
    blocks: chosen.map(({ label, reasons, text }) => ({ label, reasons: [...reasons], text })),
    article: {
      title: article.title,
      byline: article.byline,
      published: article.published,
      siteName: article.siteName,
      lang: article.lang,
      text: article.text,
      wordCount: article.wordCount,
      readingMinutes: article.readingMinutes,
      absentReason: article.absentReason,
    },
  };
}
