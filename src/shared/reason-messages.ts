/**
 * The extension message holding a rule's reason: `reason_` and the rule id with underscores
 * (message names allow letters, digits and underscores). The build writes these from the rules
 * (scripts/strip-rule-texts.ts); the content script reads them (src/content/explain.ts).
 */
export function reasonMessageKey(ruleId: string): string {
  return `reason_${ruleId.replace(/-/g, '_')}`;
}
