export { classify } from './classify.js';
export { RULES, RULES_BY_ID, type Rule } from './rules/index.js';
export { PAYWALL_EVIDENCE, PAYWALL_VENDORS } from './paywall-verdict.js';
export { RUN_RULES } from './appeal-runs.js';
export * from './types.js';
