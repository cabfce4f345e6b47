import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS, PAYWALL_TYPES } from '../src/classifier/types.js';
import { ROOT } from './helpers/dom.js';
import { reasonMessages } from '../scripts/strip-rule-texts.js';

const LOCALES = ['en', 'de'];
const messages = (lang: string) => JSON.parse(readFileSync(resolve(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every literal key passed to t(), msg() or getMessage() in the extension's UI code. */
function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const file of ['popup', 'options', 'content', 'background'].flatMap((d) => sources(resolve(ROOT, 'src', d)))) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\b(?:t|msg|getMessage)\('([A-Za-z_]+)'/g)) keys.add(match[1]!);
  }
  return [...keys];
}

describe('UI strings', () => {
  it('every string the code asks for exists in en and de', () => {
    const keys = usedKeys();
    expect(keys.length).toBeGreaterThan(20);
    for (const lang of LOCALES) for (const key of keys) expect(messages(lang)[key], `${lang}: ${key}`).toBeDefined();
  });

  it('every kind and paywall type has a name in en and de', () => {
    for (const lang of LOCALES) {
      for (const label of LABELS) expect(messages(lang)[`label_${label}`], `${lang}: ${label}`).toBeDefined();
      for (const type of PAYWALL_TYPES) expect(messages(lang)[`paywall_${type}`], `${lang}: ${type}`).toBeDefined();
    }
  });

  it('every reason the build writes in English has a German text, and German has none the build no longer writes', () => {
    // The build writes the English reasons from the rules (scripts/strip-rule-texts.ts); the German
    // ones are written by hand beside the UI's other German strings, so a new rule needs one there.
    const german = Object.keys(messages('de')).filter((key) => key.startsWith('reason_'));
    expect(german.sort()).toEqual(Object.keys(reasonMessages()).sort());
  });

  it('a German reason is no copy of the English one, and ends as it does: a detail the classifier found follows an open one', () => {
    // "The page counts free articles" + ': “free articles left”.' (src/content/explain.ts).
    const german = messages('de');
    for (const [key, { message }] of Object.entries(reasonMessages())) {
      expect(german[key]!.message, key).not.toBe(message);
      expect(/[.)]$/.test(german[key]!.message), `${key}: ${german[key]!.message}`).toBe(/[.)]$/.test(message));
    }
  });
});
