/** Every kind of section Sift tells apart (the kinds of the corpus README). */
export const LABELS = [
  'article',
  'donation_appeal',
  'subscription_upsell',
  'paywall',
  'newsletter',
  'navigation',
  'related',
  'comments',
  'cookie_consent',
  'ad',
  'social_share',
  'other',
] as const;
export type Label = (typeof LABELS)[number];

export const PAYWALL_TYPES = ['none', 'soft', 'metered', 'registration', 'hard'] as const;
export type PaywallType = (typeof PAYWALL_TYPES)[number];

export interface Section {
  element: Element;
  label: Label;
  /** 0..1: how sure the winning rules are. */
  confidence: number;
  ruleIds: string[];
  /** Plain sentences from the rules that fired, shown to the reader. */
  reasons: string[];
  /** The section's text, whitespace collapsed (at most a few hundred characters). */
  text: string;
}

export interface ArticleInfo {
  title: string;
  byline: string;
  /** ISO date (YYYY-MM-DD or full timestamp) when found, else ''. */
  published: string;
  siteName: string;
  lang: string;
  /** Article body only, paragraphs separated by blank lines. */
  text: string;
  /** Safe semantic HTML of the body (safe-html.ts lists the allowed tags); '' with `articleHtml: false`. */
  html: string;
  wordCount: number;
  readingMinutes: number;
  /** Why no article was found, as an id (absent-reasons.ts; the extension's message `reason_absent_<id>`) and in words; both '' when there is one. */
  absentId: string;
  absentReason: string;
}

export interface Evidence {
  ruleId: string;
  reason: string;
}

export interface PaywallVerdict {
  type: PaywallType;
  evidence: Evidence[];
}

export interface Classification {
  sections: Section[];
  article: ArticleInfo;
  paywall: PaywallVerdict;
  /**
   * The languages whose phrase books this page wants and the classifier did not have (see
   * phrases/books.ts); absent when it had them all, as in Node, where every book is loaded. The
   * extension loads them and classifies again.
   */
  missingPhraseBooks?: string[];
}

export interface ClassifyOptions {
  /** The page's address, used for relative links and the site name. */
  url?: string;
  /** Cap on the characters kept in each section's `text`. */
  sectionTextLimit?: number;
  /**
   * Build `article.html` (default true). The extension shows the article as text and passes false:
   * the safe HTML is a quarter of classify's time on a long page, and what is never built cannot leak.
   */
  articleHtml?: boolean;
}
