/**
 * The built extension (dist/chrome, dist/firefox, after `npm run build`) holds no dynamic code
 * evaluation and loads no script from the network: extension pages run under
 * `script-src 'self'`, and a store reviewer reads the bundles. The scanner is first shown to catch
 * each pattern, so a regex that never matches cannot pass silently.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtension, type Variant } from './helpers/extension.js';

const FORBIDDEN: Array<{ name: string; pattern: RegExp }> = [
  { name: 'eval', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'Function("…")', pattern: /(?<![\w$.])Function\s*\(\s*["'`]/ },
  { name: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
  { name: 'remote <script src>', pattern: /<script[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//i },
  { name: 'remote import()', pattern: /\bimport\s*\(\s*["'`](?:https?:)?\/\//i },
  { name: 'remote static import', pattern: /\bfrom\s*["'](?:https?:)?\/\//i },
  { name: 'remote importScripts', pattern: /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\//i },
  { name: 'script element with a remote src', pattern: /\.src\s*=\s*["'`]https?:\/\/[^"'`]*\.m?js\b/i },
];

function scan(code: string): string[] {
  return FORBIDDEN.filter(({ pattern }) => pattern.test(code)).map(({ name }) => name);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the bundle scanner', () => {
  it.each([
    ['eval("1")', 'eval'],
    ['window.x=1;eval (code)', 'eval'],
    ['const f = new Function("return 1")', 'new Function'],
    ['Function("return this")()', 'Function("…")'],
    ['setTimeout("alert(1)", 10)', 'string timer'],
    ['<script src="https://cdn.example/x.js"></script>', 'remote <script src>'],
    ['<script type="module" src=//cdn.example/x.js></script>', 'remote <script src>'],
    ['await import("https://cdn.example/m.js")', 'remote import()'],
    ['import x from "https://cdn.example/m.js"', 'remote static import'],
    ['importScripts("https://cdn.example/w.js")', 'remote importScripts'],
    ['s.src = "https://cdn.example/lib.js"', 'script element with a remote src'],
  ])('catches %s', (code, name) => {
    expect(scan(code)).toContain(name);
  });

  it.each(['x.evaluate(y)', 'retrieval(1)', 'const evaluation = 2', 'import("./chunk.js")', 'from "./local.js"', 'setTimeout(fn, 10)', 'new URL("https://a.example/")'])(
    'lets %s pass',
    (code) => {
      expect(scan(code)).toEqual([]);
    },
  );
});

describe.each<Variant>(['chrome', 'firefox', 'chrome-test', 'firefox-test'])('the %s build', (variant) => {
  it('has no eval, no new Function, no string timers and no remote script', () => {
    const dir = builtExtension(variant);
    const scanned = files(dir).filter((path) => /\.(m?js|html)$/.test(path));
    expect(scanned.length).toBeGreaterThan(3);
    const findings = scanned.flatMap((path) => scan(readFileSync(path, 'utf8')).map((name) => `${relative(dir, path)}: ${name}`));
    expect(findings).toEqual([]);
  });
});
