/**
 * The shipped content script carries no rule fixtures (test-only HTML snippets), no rule reasons
 * and no paywall evidence texts (read back from the extension's messages by id): the build strips
 * them with a parser (scripts/strip-rule-texts.ts), from rule objects and reason data only, and
 * writes every text into the messages.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { RUN_RULES } from '../src/classifier/appeal-runs.js';
import { RULES } from '../src/classifier/index.js';
import { reasonMessages, stripRuleTexts } from '../scripts/strip-rule-texts.js';
import { absentMessageKey, evidenceMessageKey, reasonMessageKey } from '../src/shared/reason-messages.js';
import { ABSENT_REASONS, UNREADABLE } from '../src/classifier/absent-reasons.js';
import { PAYWALL_EVIDENCE } from '../src/classifier/paywall-verdict.js';
import { classifyText } from '../src/classifier/index.js';
import { explain } from '../src/content/explain.js';
import { parse, seedHtml } from './helpers/dom.js';

const rule = (fixture: string, after = '') =>
  `{id:\`donation-ask\`,weight:.7,reason:\`Asks readers, “please”.\`,test:e=>e.count(\`donationAsk\`)>0,fixture:${fixture}${after}}`;

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
      ['id', 'weight', 'test'],
      ['id', 'weight', 'test'],
    ]);
    expect((R[0]!.test as (f: unknown) => boolean)({ count: () => 1 })).toBe(true);
  });

  it('handles the dropped keys in any place, next to each other, and non-ASCII text before them', () => {
    const code = `var s=\`подписка 😀\`;var R=[{fixture:{html:\`<b>a</b>\`,where:\`page\`},reason:\`Ad.\`,id:\`a\`,weight:1,test:()=>!0}];`;
    const { code: out, removed } = stripRuleTexts(code);
    expect(removed).toBe(1);
    expect(out).toBe('var s=`подписка 😀`;var R=[{id:`a`,weight:1,test:()=>!0}];');
  });

  it('leaves code without rules as it was', () => {
    const code = 'var a={id:1,label:2,fixture:3};function f(){return a}';
    expect(stripRuleTexts(code)).toEqual({ code, removed: 0, emptied: 0 });
  });

  it('empties the reason of reason data written out, and of nothing computed', () => {
    const code = 'var E={vendor:{id:"paywall-vendor",reason:"The page loads a paywall"},run:{reason:`Part of an appeal.`,id:`appeal-run-between`}},c={id:x.id,reason:x.reason},d={id:"a",reason:`b${x}`},e={id:"a",reason:"b",n:1};';
    const { code: out, removed, emptied } = stripRuleTexts(code);
    expect({ removed, emptied }).toEqual({ removed: 0, emptied: 2 });
    expect(out).toBe('var E={vendor:{id:"paywall-vendor",reason:""},run:{reason:"",id:`appeal-run-between`}},c={id:x.id,reason:x.reason},d={id:"a",reason:`b${x}`},e={id:"a",reason:"b",n:1};');
  });
});

/** The content script's `translate` over the reason messages the build writes: the message, else the fallback. */
function reasonTranslate(messages: ReturnType<typeof reasonMessages>): (key: string, substitutions?: string[], fallback?: string) => string {
  return (key, _substitutions, fallback = '') => messages[key]?.message ?? fallback;
}

describe('reason messages', () => {
  it('hold every rule reason under its rule id, the appeal-run rules too (a round trip)', () => {
    const messages = reasonMessages();
    for (const { id, reason } of [...RULES, ...Object.values(RUN_RULES)]) expect(messages[reasonMessageKey(id)]?.message, id).toBe(reason);
    expect(Object.keys(messages)).toHaveLength(RULES.length + Object.keys(RUN_RULES).length + Object.keys(PAYWALL_EVIDENCE).length + ABSENT_REASONS.length);
  });

  it('hold the text of every piece of paywall evidence, apart from rules that share its id', () => {
    const messages = reasonMessages();
    for (const { id, reason } of Object.values(PAYWALL_EVIDENCE)) expect(messages[evidenceMessageKey(id)]?.message, id).toBe(reason);
  });

  it('put back, before what the verdict added, the evidence texts the build empties (a round trip through explain)', () => {
    const translate = reasonTranslate(reasonMessages());
    const whole = classifyText(parse(seedHtml('metered-wall'))).paywall.evidence;
    expect(whole.length).toBeGreaterThan(2);
    // What the shipped content script computes: each text less the evidence's own words.
    const bases = new Map(Object.values(PAYWALL_EVIDENCE).map((e) => [e.id as string, e.reason as string]));
    const shipped = whole.map((e) => {
      expect(e.reason.startsWith(bases.get(e.ruleId)!), e.ruleId).toBe(true);
      return { ruleId: e.ruleId, reason: e.reason.slice(bases.get(e.ruleId)!.length) };
    });
    const explained = explain({ sections: [], article: classifyText(parse('<p>x</p>')).article, paywall: { type: 'metered', evidence: shipped } }, translate);
    expect(explained.paywall.evidence).toEqual(whole);
    // Unstripped texts (tests, the CLI) stay as they are.
    expect(explain({ sections: [], article: explained.article, paywall: { type: 'metered', evidence: whole.map((e) => ({ ...e })) } }, translate).paywall.evidence).toEqual(whole);
  });

  it('hold why a page has no article, and explain puts it back where the build emptied it (a round trip)', () => {
    const messages = reasonMessages();
    const translate = reasonTranslate(messages);
    for (const { id, reason } of ABSENT_REASONS) expect(messages[absentMessageKey(id)]?.message, id).toBe(reason);
    const whole = classifyText(parse(seedHtml('no-article')));
    expect(whole.article.absentId).not.toBe('');
    const shipped = { ...whole, article: { ...whole.article, absentReason: '' } };
    expect(explain(shipped, translate).article.absentReason).toBe(whole.article.absentReason);
    // What the error case adds after its text stays after it.
    const failed = { ...whole, article: { ...whole.article, absentId: UNREADABLE.id, absentReason: ': no such node' } };
    expect(explain(failed, translate).article.absentReason).toBe('The page could not be read: no such node');
    // A page with an article has no id, and nothing is put in.
    const article = classifyText(parse(seedHtml('metered-wall'))).article;
    expect(article.absentId).toBe('');
    expect(explain({ sections: [], article: { ...article }, paywall: { type: 'none', evidence: [] } }, translate).article.absentReason).toBe('');
  });

  it('use names an extension message may have', () => {
    for (const key of Object.keys(reasonMessages())) expect(key).toMatch(/^reason_[a-z0-9_]+$/);
  });
});
