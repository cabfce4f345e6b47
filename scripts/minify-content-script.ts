import { minify } from 'terser';
import type { Plugin } from 'vite';

/**
 * Vite plugin: minifies the emitted content script (`file`, relative to the output) once more
 * with terser, after the rule fixtures and reasons are stripped. The content script is injected into every
 * page a reader cleans and must stay under 30 KB gzip (test/extension-build.test.ts); terser packs
 * the already-minified IIFE about 2% smaller than the default minifier does. Names are mangled and
 * dead code dropped; nothing is renamed across files (the IIFE talks to the rest only by messages).
 * Five passes and `unsafe_arrows` (function expressions that do not use `this` become arrows; no
 * code of ours calls one with `new` or reads its prototype) took about 70 bytes more off.
 * `pure_getters`: reading a property has no side effect, so a read whose value is used once is
 * moved to its use and `x.host !== undefined && x.host !== null` becomes `x.host != null`. True of
 * the DOM properties the classifier reads and of its own plain objects (no getter of ours does
 * anything but return); 20 bytes. Read the terser output's diff before adding an option here.
 */
export function minifyContentScriptPlugin(file: string): Plugin {
  return {
    name: 'sift:minify-content-script',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const asset = bundle[file];
      if (!asset) return; // emitted by @crxjs's own generateBundle, which runs first
      const source = asset.type === 'asset' ? String(asset.source) : asset.code;
      const result = await minify(source, { ecma: 2020, compress: { passes: 5, unsafe_arrows: true, pure_getters: true }, mangle: true, format: { comments: false } });
      if (!result.code) this.error(`terser returned nothing for ${file}`);
      if (asset.type === 'asset') asset.source = result.code;
      else asset.code = result.code;
    },
  };
}
