import type { Classification } from '../classifier/types.js';
import { reasonMessageKey } from '../shared/reason-messages.js';
import type { Translate } from './placeholder.js';

/**
 * Gives each section its reasons, read by rule id from the extension's messages: the shipped
 * content script's rules carry none (the build strips them and writes them there, as
 * scripts/strip-rule-texts.ts says), which keeps 1 KB of it off every page it is injected into.
 * Where no message answers (tests, an unbuilt run) the classifier's own reason stays.
 */
export function explain(classification: Classification, translate: Translate): Classification {
  for (const section of classification.sections) {
    section.reasons = section.ruleIds.map((id, i) => translate(reasonMessageKey(id), section.reasons[i] ?? ''));
  }
  return classification;
}
