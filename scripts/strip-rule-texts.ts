import { parseAst, type Plugin } from 'vite';

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyEdits, childNodes, isNode, type AstNode } from './ast-nodes.ts';
import { ABSENT_REASONS } from '../src/classifier/absent-reasons.ts';
import { RUN_RULES } from '../src/classifier/appeal-runs.ts';
import { PAYWALL_EVIDENCE } from '../src/classifier/paywall-verdict.ts';
import { RULES } from '../src/classifier/rules/index.ts';
import { absentMessageKey, evidenceMessageKey, reasonMessageKey } from '../src/shared/reason-messages.ts';

/** The keys every rule object has as its file writes it (src/classifier/rules/types.ts: the label is the file's)… */
const RULE_KEYS = ['id', 'weight', 'reason', 'test', 'fixture'];
/**
 * …and the ones the shipped content script never reads: the fixture is test data, and the reason
 * is read back by rule id from the extension's messages (src/content/explain.ts), where this
 * plugin writes it.
 */
const DROPPED_KEYS = ['fixture', 'reason'];

/** A string written out: a literal, or a template without substitutions. */
function isStringLiteral(value: unknown): boolean {
  if (!isNode(value)) return false;
  if (value.type === 'Literal') return typeof value.value === 'string';
  return value.type === 'TemplateLiteral' && (value.expressions as unknown[]).length === 0;
}

function keyName(property: AstNode): string | null {
  const key = property.key as AstNode | undefined;
  if (!key || property.computed) return null;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return null;
}

/**
 * Removes the fixture and the reason of every rule object from a built script. A rule's fixture
 * is the HTML snippet `test/rules.test.ts` proves the rule with (the 52 snippets were about 2 KB of
 * the content script's gzip size); its reason, shown to the reader, comes from the extension's
 * messages instead (another 1.1 KB). Reason data written out as `{ id, reason }` (the appeal-run
 * rules, the paywall evidence: 280 bytes more) keeps its id and gets an empty reason, for code
 * adds a detail to some of them. Works on the bundled output (the content script's IIFE is built
 * by @crxjs without the config's plugins), with a parser, so only an object holding all of id,
 * weight, reason, test and fixture, or exactly an id and a reason both written as strings,
 * loses anything: its other properties are written back as they were, in their order.
 */
export function stripRuleTexts(code: string): { code: string; removed: number; emptied: number } {
  const cuts: Array<{ start: number; end: number; text: string }> = [];
  let emptied = 0;
  const visit = (node: AstNode): void => {
    if (node.type === 'ObjectExpression') {
      const properties = node.properties as AstNode[];
      const names = properties.map((p) => (p.type === 'Property' ? keyName(p) : null));
      if (RULE_KEYS.every((key) => names.includes(key))) {
        const kept = properties.filter((_, i) => !DROPPED_KEYS.includes(names[i]!));
        cuts.push({ start: properties[0]!.start, end: properties[properties.length - 1]!.end, text: kept.map((p) => code.slice(p.start, p.end)).join(',') });
        return; // a rule's own properties hold no rule
      }
      // Reason data: `{ id: '…', reason: '…' }` written out (the appeal-run rules, the paywall
      // evidence). The reason becomes '' and the code that adds a detail to it ("The page loads a
      // paywall service" + " (Piano)."), leaves the detail for explain.ts to put after the message.
      if (properties.length === 2 && names.includes('id') && names.includes('reason') && properties.every((p) => isStringLiteral(p.value))) {
        const reason = properties[names.indexOf('reason')]!.value as AstNode;
        cuts.push({ start: reason.start, end: reason.end, text: '""' });
        emptied++;
        return;
      }
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(parseAst(code) as unknown as AstNode);
  return { code: applyEdits(code, cuts), removed: cuts.length - emptied, emptied };
}

/** Every rule's reason as an extension message (`reason_<id>`), the appeal-run rules', the paywall evidence's and the reasons for no article too. */
export function reasonMessages(): Record<string, { message: string; description: string }> {
  const messages: Record<string, { message: string; description: string }> = {};
  for (const { id, reason } of [...RULES, ...Object.values(RUN_RULES)]) {
    messages[reasonMessageKey(id)] = { message: reason, description: `Why rule ${id} fired (written by the build from the rule).` };
  }
  for (const { id, reason } of Object.values(PAYWALL_EVIDENCE)) {
    messages[evidenceMessageKey(id)] = { message: reason, description: `Paywall evidence ${id} (written by the build from the paywall verdict).` };
  }
  for (const { id, reason } of ABSENT_REASONS) {
    messages[absentMessageKey(id)] = { message: reason, description: `Why a page has no article: ${id} (written by the build from src/classifier/absent-reasons.ts).` };
  }
  return messages;
}

/**
 * Vite plugin: strips rule fixtures and reasons from the emitted content script (`file`, relative
 * to the output), and adds the reasons to the English messages of the build in `outDir` (the
 * other locales fall back to English for them).
 */
export function stripRuleTextsPlugin(file: string, outDir: string): Plugin {
  let stripped = false;
  return {
    name: 'sift:strip-rule-texts',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const asset = bundle[file];
      if (!asset) return; // the IIFE is emitted by @crxjs's own generateBundle, which runs first
      const source = asset.type === 'asset' ? String(asset.source) : asset.code;
      const { code, removed } = stripRuleTexts(source);
      if (removed === 0) this.error(`no rule object found in ${file}: has the rule shape changed?`);
      if (asset.type === 'asset') asset.source = code;
      else asset.code = code;
      stripped = true;
    },
    closeBundle() {
      if (!stripped) return; // the IIFE sub-build shares this config and writes no locales
      const path = resolve(outDir, '_locales/en/messages.json');
      const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      writeFileSync(path, `${JSON.stringify({ ...messages, ...reasonMessages() }, null, 2)}\n`);
    },
  };
}
