/**
 * The shipped content script carries no rule fixtures (test-only HTML snippets) and no rule
 * reasons (read back from the extension's messages by rule id): the build strips both with a
 * parser (scripts/strip-rule-texts.ts), from rule objects only, and writes every reason into the
 * messages.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { RUN_RULES } from '../src/classifier/appeal-runs.js';
import { RULES } from '../src/classifier/index.js';
import { reasonMessages, stripRuleTexts } from '../scripts/strip-rule-texts.js';
import { reasonMessageKey } from '../src/shared/reason-messages.js';

const rule = (fixture: string, after = '') =>
  `{id:\`donation-ask\`,label:\`donation_appeal\`,weight:.7,reason:\`Asks readers, “please”.\`,test:e=>e.count(\`donationAsk\`)>0,fixture:${fixture}${after}}`;

describe('stripRuleTexts', () => {
  it('drops the fixture and the reason of every rule object and nothing else', () => {
    const code = `var R=[${rule('{html:`<p>Donate now, {really} `+"`"+`</p>`,where:`article`}')},${rule("{html:'<p>x</p>',where:'page'}")}],o={fixture:1,id:2,reason:3};`;
    const { code: out, removed } = stripRuleTexts(code);
    expect(removed).toBe(2);
    expect(out).not.toContain('Donate now');
    expect(out).not.toContain('<p>x</p>');
    expect(out).not.toContain('Asks readers');
    // An object that is not a rule keeps its own `fixture` and `reason` keys.
    expect(out).toContain('o={fixture:1,id:2,reason:3}');
    const R = runInNewContext(`${out};R`) as Array<Record<string, unknown>>;
    expect(R.map((r) => Object.keys(r))).toEqual([
      ['id', 'label', 'weight', 'test'],
      ['id', 'label', 'weight', 'test'],
    ]);
    expect((R[0]!.test as (f: unknown) => boolean)({ count: () => 1 })).toBe(true);
  });

  it('handles the dropped keys in any place, next to each other, and non-ASCII text before them', () => {
    const code = `var s=\`подписка 😀\`;var R=[{fixture:{html:\`<b>a</b>\`,where:\`page\`},reason:\`Ad.\`,id:\`a\`,label:\`ad\`,weight:1,test:()=>!0}];`;
    const { code: out, removed } = stripRuleTexts(code);
    expect(removed).toBe(1);
    expect(out).toBe('var s=`подписка 😀`;var R=[{id:`a`,label:`ad`,weight:1,test:()=>!0}];');
  });

  it('leaves code without rules as it was', () => {
    const code = 'var a={id:1,label:2,fixture:3};function f(){return a}';
    expect(stripRuleTexts(code)).toEqual({ code, removed: 0 });
  });
});

describe('reason messages', () => {
  it('hold every rule reason under its rule id, the appeal-run rules too (a round trip)', () => {
    const messages = reasonMessages();
    for (const { id, reason } of [...RULES, ...Object.values(RUN_RULES)]) expect(messages[reasonMessageKey(id)]?.message, id).toBe(reason);
    expect(Object.keys(messages)).toHaveLength(RULES.length + Object.keys(RUN_RULES).length);
  });

  it('use names an extension message may have', () => {
    for (const key of Object.keys(reasonMessages())) expect(key).toMatch(/^reason_[a-z0-9_]+$/);
  });
});
