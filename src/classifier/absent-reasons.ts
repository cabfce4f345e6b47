/**
 * Why a page has no article, each as reason data: an id and the text a reader sees. The shipped
 * content script carries the ids only: the build empties the texts there and writes them into the
 * extension's messages (scripts/strip-rule-texts.ts), where a locale can say them in its own
 * language, and src/content/explain.ts reads them back, as it does the rules' reasons. Each is a
 * constant of its own, not a table: the minified content script then carries no table keys.
 */
export const NOT_A_DOCUMENT = { id: 'not-a-document', reason: 'Nothing to classify: not a document or element.' } as const;
export const NO_BODY = { id: 'no-body', reason: 'The document has no body.' } as const;
export const NO_PROSE = { id: 'no-prose', reason: 'No paragraphs of prose were found on this page.' } as const;
export const TOO_LITTLE_PROSE = { id: 'too-little-prose', reason: 'This page has no article: too little connected prose (a front page, a list or a form).' } as const;
export const HEADLINE_LIST = { id: 'headline-list', reason: 'This page has no article: it is a list of headlines linking to other pages (a front or section page).' } as const;
export const ALL_OTHER = { id: 'all-other', reason: 'Every block of the page was classified as something other than the article.' } as const;
/** Followed by ": " and the error's message. */
export const UNREADABLE = { id: 'unreadable', reason: 'The page could not be read' } as const;

export type Absent = { readonly id: string; readonly reason: string };

/** All of them, for the build's messages and the tests. */
export const ABSENT_REASONS: readonly Absent[] = [NOT_A_DOCUMENT, NO_BODY, NO_PROSE, TOO_LITTLE_PROSE, HEADLINE_LIST, ALL_OTHER, UNREADABLE];
