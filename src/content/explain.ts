import type { Classification } from '../classifier/types.js';
import { absentMessageKey, evidenceMessageKey, reasonMessageKey } from '../shared/reason-messages.js';
import type { Translate } from './placeholder.js';

/**
 * Gives each section its reasons, and each piece of paywall evidence and a page without an article
 * its text, read by id from the extension's messages: the shipped content script carries none (the
 * build strips them and writes them there, as scripts/strip-rule-texts.ts says), which keeps 1.5 KB
 * of it off every page it is injected into. A piece of evidence, and the reason a page could not
 * be read, keep what was added after their text (the vendor's name, the phrase found, the error)
 * and get the message put before it. Where no message answers (tests, an unbuilt run) the
 * classifier's own text stays.
 */
export function explain(classification: Classification, translate: Translate): Classification {
  for (const section of classification.sections) {
    section.reasons = section.ruleIds.map((id, i) => translate(reasonMessageKey(id), undefined, section.reasons[i]));
  }
  const withMessage = (key: string, text: string) => {
    const message = translate(key);
    return text.startsWith(message) ? text : message + text;
  };
  for (const evidence of classification.paywall.evidence) evidence.reason = withMessage(evidenceMessageKey(evidence.ruleId), evidence.reason);
  const { article } = classification;
  if (article.absentId) article.absentReason = withMessage(absentMessageKey(article.absentId), article.absentReason);
  return classification;
}
