import type { BlockFeatures } from './features.js';
import { RULES, type Rule } from './rules/index.js';
import { LABELS, type Label } from './types.js';

export interface Verdict {
  label: Label;
  score: number;
  confidence: number;
  /** Each label's summed weight, in LABELS order: what the rules of a label gave this block. */
  scores: number[];
  fired: Array<{ rule: Rule; strength: number }>;
}

/** A boilerplate label must reach this score to win over the article. */
export const DECISIVE = 1;

/**
 * Runs every rule on a block and picks the label with the most weight behind it. Scores are summed
 * in an array by label, not in a Map made for every block and read only for the winner and the
 * total. Weights are positive, so a label scores only if one of its rules fired; a tie goes to the
 * label listed first in LABELS, which is the order RULES fire in.
 */
export function scoreBlock(block: BlockFeatures, rules: readonly Rule[] = RULES): Verdict {
  const scores = LABELS.map(() => 0);
  const fired: Verdict['fired'] = [];
  for (const rule of rules) {
    let result: boolean | number;
    try {
      result = rule.test(block);
    } catch {
      result = false;
    }
    // true is 1, false 0; a number is its own strength (NaN and below 0: not fired).
    const strength = Number(result);
    if (!(strength > 0)) continue;
    fired.push({ rule, strength });
    scores[LABELS.indexOf(rule.label)]! += rule.weight * strength;
  }
  const article = scores[0]!;
  let label: Label = 'article';
  let best = 0;
  let total = 0;
  LABELS.forEach((candidate, i) => {
    total += scores[i]!;
    if (i > 0 && scores[i]! > best) {
      best = scores[i]!;
      label = candidate;
    }
  });
  const inside = block.inside;
  // Inside the article a boilerplate label must be decisive and beat the article's own score;
  // outside, the article must be argued for (a split body) and anything else is furniture.
  if (inside ? best < DECISIVE || best <= article : article > 0 && best < DECISIVE) label = 'article';
  if (!inside && label === 'article' && article === 0) label = 'other';
  const winning = label === 'article' ? article : best;
  const confidence = total === 0 ? 0.5 : Math.round(Math.min(1, (winning / total) * Math.min(1, winning / 1.5)) * 100) / 100;
  return { label, score: winning, confidence, scores, fired };
}

/** The rules that voted for the winning label, strongest first. */
export function winningRules(verdict: Verdict): Rule[] {
  return verdict.fired
    .filter((entry) => entry.rule.label === verdict.label)
    .sort((a, b) => b.rule.weight * b.strength - a.rule.weight * a.strength)
    .map((entry) => entry.rule);
}
