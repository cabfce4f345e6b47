/**
 * The shipped content script carries no rule fixtures (test-only HTML snippets): the build strips
 * them with a parser (scripts/strip-rule-fixtures.ts), from rule objects only.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { stripRuleFixtures } from '../scripts/strip-rule-fixtures.js';

const rule = (fixture: string, after = '') =>
  `{id:\`donation-ask\`,label:\`donation_appeal\`,weight:.7,reason:\`Asks readers, “please”.\`,test:e=>e.count(\`donationAsk\`)>0,fixture:${fixture}${after}}`;

describe('stripRuleFixtures', () => {
  it('drops the fixture of every rule object and nothing else', () => {
    const code = `var R=[${rule('{html:`<p>Donate now, {really} `+"`"+`</p>`,where:`article`}')},${rule("{html:'<p>x</p>',where:'page'}")}],o={fixture:1,id:2};`;
    const { code: out, removed } = stripRuleFixtures(code);
    expect(removed).toBe(2);
    expect(out).not.toContain('Donate now');
    expect(out).not.toContain('<p>x</p>');
    // An object that is not a rule keeps its own `fixture` key.
    expect(out).toContain('o={fixture:1,id:2}');
    const R = runInNewContext(`${out};R`) as Array<Record<string, unknown>>;
    expect(R.map((r) => Object.keys(r))).toEqual([
      ['id', 'label', 'weight', 'reason', 'test'],
      ['id', 'label', 'weight', 'reason', 'test'],
    ]);
    expect(R[0]!.reason).toBe('Asks readers, “please”.');
  });

  it('handles a fixture that is not the last property, and non-ASCII text before it', () => {
    const code = `var s=\`подписка 😀\`;var R=[{fixture:{html:\`<b>a</b>\`,where:\`page\`},id:\`a\`,label:\`ad\`,weight:1,reason:\`Ad.\`,test:()=>!0}];`;
    const { code: out, removed } = stripRuleFixtures(code);
    expect(removed).toBe(1);
    expect(out).toBe('var s=`подписка 😀`;var R=[{id:`a`,label:`ad`,weight:1,reason:`Ad.`,test:()=>!0}];');
  });

  it('leaves code without rules as it was', () => {
    const code = 'var a={id:1,label:2,fixture:3};function f(){return a}';
    expect(stripRuleFixtures(code)).toEqual({ code, removed: 0 });
  });
});
