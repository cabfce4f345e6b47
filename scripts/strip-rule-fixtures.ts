import { parseAst, type Plugin } from 'vite';

/** The keys every rule object has (src/classifier/rules/types.ts); `fixture` is the one dropped. */
const RULE_KEYS = ['id', 'label', 'weight', 'reason', 'test', 'fixture'];

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

function keyName(property: AstNode): string | null {
  const key = property.key as AstNode | undefined;
  if (!key || property.computed) return null;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return null;
}

/**
 * Removes the `fixture` property of every rule object from a built script. A rule's fixture is the
 * HTML snippet `test/rules.test.ts` proves the rule with; the classifier never reads it, and the 52
 * snippets are about 2 KB of the content script's gzip size. Works on the bundled output (the
 * content script's IIFE is built by @crxjs without the config's plugins), with a parser, so only
 * an object holding all of id, label, weight, reason, test and fixture loses its fixture.
 */
export function stripRuleFixtures(code: string): { code: string; removed: number } {
  const cuts: Array<[number, number]> = [];
  const visit = (node: AstNode): void => {
    if (node.type === 'ObjectExpression') {
      const properties = (node.properties as AstNode[]).filter((p) => p.type === 'Property');
      const names = properties.map(keyName);
      if (RULE_KEYS.every((key) => names.includes(key))) {
        const fixture = properties[names.indexOf('fixture')]!;
        // Take the comma after the property (or, for the last one, the comma before it).
        let end = fixture.end;
        while (/\s/.test(code[end] ?? '')) end++;
        let start = fixture.start;
        if (code[end] === ',') end++;
        else {
          while (start > 0 && /\s/.test(code[start - 1]!)) start--;
          if (code[start - 1] === ',') start--;
        }
        cuts.push([start, end]);
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const item of value) if (isNode(item)) visit(item);
      if (isNode(value)) visit(value);
    }
  };
  visit(parseAst(code) as unknown as AstNode);
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return { code: out, removed: cuts.length };
}

/** Vite plugin: strips rule fixtures from the emitted content script (`file`, relative to the output). */
export function stripRuleFixturesPlugin(file: string): Plugin {
  return {
    name: 'sift:strip-rule-fixtures',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const asset = bundle[file];
      if (!asset) return; // the IIFE is emitted by @crxjs's own generateBundle, which runs first
      const source = asset.type === 'asset' ? String(asset.source) : asset.code;
      const { code, removed } = stripRuleFixtures(source);
      if (removed === 0) this.error(`no rule fixture found in ${file}: has the rule shape changed?`);
      if (asset.type === 'asset') asset.source = code;
      else asset.code = code;
    },
  };
}
