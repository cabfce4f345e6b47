import { LABELS, type Label, type PaywallType } from '../classifier/types.js';
import type { t } from '../shared/i18n.js';

/** Looks up a UI string with its substitutions: src/shared/i18n.ts's `t`, or the messages in tests. */
export type Translate = typeof t;

/**
 * The page at a glance, as the popup's first line says it: "paywall: metered · 1 donation appeal ·
 * 2 newsletter boxes · 5 navigation blocks hidden" (or "to hide" while clean view is off). Kinds
 * come in the classifier's order, appeals first; each is counted as the popup lists its blocks,
 * and named in the singular or plural the UI language's rules choose (`count_<kind>_one`,
 * `count_<kind>_other`).
 */
export function summaryLine(paywall: PaywallType, blocks: ReadonlyArray<{ label: Label }>, on: boolean, t: Translate, language: string): string {
  const plural = new Intl.PluralRules(language);
  const counts = LABELS.map((label) => [label, blocks.filter((block) => block.label === label).length] as const).filter(([, count]) => count > 0);
  const kinds = counts.map(([label, count]) => t(`count_${label}_${plural.select(count) === 'one' ? 'one' : 'other'}`, String(count)));
  const hidden = kinds.length === 0 ? t(on ? 'summaryNothingHidden' : 'summaryNothingToHide') : t(on ? 'summaryHidden' : 'summaryToHide', kinds.join(' · '));
  return `${t('summaryPaywall', t(`paywallShort_${paywall}`))} · ${hidden}`;
}
