import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Tidies what crxjs leaves for a content script imported with `?script`:
 * - it lists the script in `web_accessible_resources`, which would let any page probe for Sift;
 *   `scripting.executeScript` and `registerContentScripts` do not need that, so the entry goes;
 * - it emits an intermediate ESM chunk nobody loads (its own docs say so), which is deleted.
 */
export function extensionPostBuild(outDir: string): Plugin {
  return {
    name: 'sift:extension-post-build',
    apply: 'build',
    enforce: 'post',
    closeBundle() {
      const manifestPath = resolve(outDir, 'manifest.json');
      let manifest: Record<string, unknown>;
      try {
        manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      } catch {
        return; // the IIFE sub-build shares this config but writes no manifest
      }
      delete manifest.web_accessible_resources;
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      const assets = resolve(outDir, 'assets');
      for (const file of readdirSync(assets)) if (/^main\.iife\.ts-.*\.js$/.test(file)) rmSync(resolve(assets, file));
    },
  };
}
