/**
 * The extension message holding a rule's reason: `reason_` and the rule id with underscores
 * (message names allow letters, digits and underscores). The build writes these from the rules
 * (scripts/strip-rule-texts.ts); the content script reads them (src/content/explain.ts).
 */
export function reasonMessageKey(ruleId: string): string {
  return `reason_${ruleId.replace(/-/g, '_')}`;
}

/**
 * The message holding the text of a piece of paywall evidence (paywall-verdict.ts's
 * PAYWALL_EVIDENCE): `reason_evidence_` and its id, for three of those ids are rule ids too
 * (`paywall-meter-text` is a rule and a piece of evidence, with different words).
 */
export function evidenceMessageKey(id: string): string {
  return reasonMessageKey(`evidence-${id}`);
}

/** The message holding why a page has no article (src/classifier/absent-reasons.ts): `reason_absent_` and its id. */
export function absentMessageKey(id: string): string {
  return reasonMessageKey(`absent-${id}`);
}
