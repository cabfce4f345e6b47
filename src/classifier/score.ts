import type { BlockFeatures } from './features.js';
import { RULES, type Rule } from './rules/index.js';
import type { Label } from './types.js';

export interface Verdict {
  label: Label;
  score: number;
  confidence: number;
  fired: Array<{ rule: Rule; strength: number }>;
  /** Score per label, for tie-breaks and debugging. */
  scores: Map<Label, number>;
}

/** A boilerplate label must reach this score to win over the article. */
export const DECISIVE = 1;

/** Runs every rule on a block and picks the label with the most weight behind it. */
export function scoreBlock(block: BlockFeatures, rules: readonly Rule[] = RULES): Verdict {
  const scores = new Map<Label, number>();
  const fired: Verdict['fired'] = [];
  for (const rule of rules) {
    let result: boolean | number;
    try {
      result = rule.test(block);
    } catch {
      result = false;
    }
    const strength = result === true ? 1 : typeof result === 'number' && result > 0 ? result : 0;
    if (strength <= 0) continue;
    fired.push({ rule, strength });
    scores.set(rule.label, (scores.get(rule.label) ?? 0) + rule.weight * strength);
  }
  const article = scores.get('article') ?? 0;
  let label: Label = 'article';
  let best = 0;
  for (const [candidate, score] of scores) {
    if (candidate === 'article') continue;
    if (score > best) {
      best = score;
      label = candidate;
    }
  }
  const inside = block.placement === 'inside';
  // Inside the article a boilerplate label must be decisive and beat the article's own score;
  // outside, the article must be argued for (a split body) and anything else is furniture.
  if (inside ? best < DECISIVE || best <= article : article > 0 && best < DECISIVE) label = 'article';
  if (!inside && label === 'article' && article === 0) label = 'other';
  const winning = label === 'article' ? article : best;
  const total = [...scores.values()].reduce((sum, value) => sum + value, 0);
  const confidence = total === 0 ? 0.5 : Math.round(Math.min(1, (winning / total) * Math.min(1, winning / 1.5)) * 100) / 100;
  return { label, score: winning, confidence, fired, scores };
}

/** The rules that voted for the winning label, strongest first. */
export function winningRules(verdict: Verdict): Rule[] {
  return verdict.fired
    .filter((entry) => entry.rule.label === verdict.label)
    .sort((a, b) => b.rule.weight * b.strength - a.rule.weight * a.strength)
    .map((entry) => entry.rule);
}
