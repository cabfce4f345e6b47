import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './corpus.js';

export const BUNDLE_DIR = resolve(ROOT, 'dist/bench');

export interface Bundles {
  sift: string;
  readability: string;
}

/**
 * Builds the two self-contained IIFE bundles the Chromium benchmark evaluates: Sift (classify,
 * applyCleanView and the timing harness) and Readability. Minified like a shipped build, and like
 * it without a "use strict" directive: esbuild would add one from tsconfig's `strict` (the
 * extension's build drops it), and V8 compiles and caches strict and sloppy code differently.
 */
/** How every bundle the page runs is built: one IIFE, minified unless BENCH_MINIFY=0, no "use strict". */
export function browserBundleOptions() {
  return {
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: process.env.BENCH_MINIFY !== '0',
    legalComments: 'none',
    logLevel: 'warning',
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  } as const;
}

export async function buildBundles(): Promise<Bundles> {
  const entries = { sift: 'bench/browser-entry.ts', readability: 'bench/readability-entry.ts' } as const;
  const out: Partial<Bundles> = {};
  for (const [name, entry] of Object.entries(entries) as Array<[keyof Bundles, string]>) {
    const outfile = resolve(BUNDLE_DIR, `${name}.js`);
    await build({ ...browserBundleOptions(), entryPoints: [resolve(ROOT, entry)], outfile });
    out[name] = readFileSync(outfile, 'utf8');
  }
  return out as Bundles;
}
