/**
 * Hand-written must-hold expectations of a seed (`seeds/<slug>/must.json`): the spec a correct
 * cleaner meets, written from the page, not from the classifier's output. A check may carry
 * `pending: "<why>"` while the classifier still fails it: the test then warns instead of failing.
 */
import type { Classification, Label, PaywallType } from '../../src/classifier/types.js';
import { LABELS, PAYWALL_TYPES } from '../../src/classifier/types.js';

interface Common {
  /** Why this must hold, for the reader of must.json. */
  note?: string;
  /** Set while the classifier fails this check: the reason, for the report. */
  pending?: string;
}

export type MustHold = Common &
  (
    | { check: 'inArticle'; text: string }
    | { check: 'notInArticle'; text: string }
    | { check: 'label'; text?: string; selector?: string; label: Label | Label[] }
    | { check: 'paywall'; type: PaywallType | PaywallType[] }
    | { check: 'noArticle' }
    | { check: 'meta'; field: 'title' | 'byline' | 'published' | 'lang' | 'siteName'; equals?: string; startsWith?: string }
  );

export interface MustFile {
  description: string;
  checks: MustHold[];
}

const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Throws when `raw` is not a well-formed must.json, naming what is wrong. */
export function parseMustFile(raw: unknown, where: string): MustFile {
  const fail = (why: string): never => {
    throw new Error(`${where}: ${why}`);
  };
  if (!raw || typeof raw !== 'object') fail('not an object');
  const file = raw as Record<string, unknown>;
  if (typeof file.description !== 'string' || !file.description) fail('needs a description');
  if (!Array.isArray(file.checks) || file.checks.length === 0) fail('needs a non-empty "checks" list');
  const asList = <T extends string>(value: unknown, allowed: readonly string[]): value is T | T[] =>
    (typeof value === 'string' && allowed.includes(value)) || (Array.isArray(value) && value.length > 0 && value.every((v) => allowed.includes(v)));
  (file.checks as Array<Record<string, unknown>>).forEach((check, i) => {
    const at = `check ${i} (${JSON.stringify(check).slice(0, 80)})`;
    if (check.pending !== undefined && (typeof check.pending !== 'string' || !check.pending)) fail(`${at}: pending must be a reason`);
    switch (check.check) {
      case 'inArticle':
      case 'notInArticle':
        if (typeof check.text !== 'string' || collapse(check.text).length < 4) fail(`${at}: needs a text`);
        break;
      case 'label':
        if (typeof check.text !== 'string' && typeof check.selector !== 'string') fail(`${at}: needs a text or a selector`);
        if (!asList(check.label, LABELS)) fail(`${at}: unknown label`);
        break;
      case 'paywall':
        if (!asList(check.type, PAYWALL_TYPES)) fail(`${at}: unknown paywall type`);
        break;
      case 'noArticle':
        break;
      case 'meta':
        if (!['title', 'byline', 'published', 'lang', 'siteName'].includes(String(check.field))) fail(`${at}: unknown field`);
        if ((typeof check.equals === 'string') === (typeof check.startsWith === 'string')) fail(`${at}: needs equals or startsWith`);
        break;
      default:
        fail(`${at}: unknown check kind`);
    }
  });
  return file as unknown as MustFile;
}

export function describeCheck(check: MustHold): string {
  const short = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
  switch (check.check) {
    case 'inArticle':
      return `article text contains ${short(check.text)}`;
    case 'notInArticle':
      return `article text does not contain ${short(check.text)}`;
    case 'label':
      return `${check.text !== undefined ? short(check.text) : check.selector} is labelled ${[check.label].flat().join(' or ')}`;
    case 'paywall':
      return `paywall type is ${[check.type].flat().join(' or ')}`;
    case 'noArticle':
      return 'there is no article';
    case 'meta':
      return check.equals !== undefined ? `article ${check.field} is ${JSON.stringify(check.equals)}` : `article ${check.field} starts with ${JSON.stringify(check.startsWith)}`;
  }
}

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Words of an article-labelled section that count as body text for `noArticle`. */
const BODY_WORDS = 20;

/** Checks one must-hold; returns '' when it holds, else what went wrong. */
export function evaluate(check: MustHold, doc: Document, result: Classification): string {
  const text = collapse(result.article.text);
  switch (check.check) {
    case 'inArticle':
      return text.includes(collapse(check.text)) ? '' : 'missing from article.text';
    case 'notInArticle':
      // A needle that is not on the page would hold vacuously: a typo must fail, not pass.
      if (!collapse(doc.body.textContent ?? '').includes(collapse(check.text))) return 'the text is not in the page';
      return text.includes(collapse(check.text)) ? 'found in article.text' : '';
    case 'label': {
      const targets: Node[] = [];
      if (check.selector !== undefined) targets.push(...Array.from(doc.querySelectorAll(check.selector)));
      if (check.text !== undefined) {
        const needle = collapse(check.text);
        // The innermost elements holding the whole needle.
        for (const el of Array.from(doc.body.querySelectorAll('*'))) {
          if (INVISIBLE.has(el.tagName)) continue;
          if (!collapse(el.textContent ?? '').includes(needle)) continue;
          if (Array.from(el.children).some((child) => collapse(child.textContent ?? '').includes(needle))) continue;
          targets.push(el);
        }
      }
      if (targets.length === 0) return 'the text or selector is not in the page';
      const allowed = [check.label].flat();
      const problems: string[] = [];
      for (const target of targets) {
        const section = result.sections.find((s) => s.element === target || s.element.contains(target));
        if (!section) problems.push('in no section');
        else if (!allowed.includes(section.label)) problems.push(`labelled ${section.label} (${section.ruleIds.join(', ') || 'no rules'})`);
      }
      return problems.join('; ');
    }
    case 'paywall': {
      const allowed = [check.type].flat();
      return allowed.includes(result.paywall.type) ? '' : `paywall type is ${result.paywall.type} (${result.paywall.evidence.map((e) => e.ruleId).join(', ') || 'no evidence'})`;
    }
    case 'noArticle': {
      const problems: string[] = [];
      if (!result.article.absentReason) problems.push('absentReason is empty');
      if (result.article.wordCount > 0) problems.push(`article has ${result.article.wordCount} words`);
      const bodies = result.sections.filter((s) => s.label === 'article' && s.text.split(' ').length >= BODY_WORDS);
      if (bodies.length > 0) problems.push(`${bodies.length} article sections with body text, first: ${JSON.stringify(bodies[0]!.text.slice(0, 60))}`);
      return problems.join('; ');
    }
    case 'meta': {
      const actual = result.article[check.field];
      const holds = check.equals !== undefined ? actual === check.equals : actual.startsWith(check.startsWith ?? '');
      return holds ? '' : `article ${check.field} is ${JSON.stringify(actual)}`;
    }
  }
}
