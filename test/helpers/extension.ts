import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './dom.js';

export type Variant = 'chrome' | 'firefox' | 'chrome-test' | 'firefox-test';

/** The built extension folder; fails with a clear message when `npm run build` has not run. */
export function builtExtension(variant: Variant): string {
  const dir = resolve(ROOT, 'dist', variant);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`dist/${variant}/manifest.json is missing: run \`npm run build\` before the tests.`);
  }
  return dir;
}

export function builtManifest(variant: Variant): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(builtExtension(variant), 'manifest.json'), 'utf8')) as Record<string, unknown>;
}
