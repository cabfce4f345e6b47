import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { extensionPostBuild } from './scripts/extension-post-build.ts';
import { minifyContentScriptPlugin } from './scripts/minify-content-script.ts';
import { writePackedEnglishBook } from './scripts/packed-english-book.ts';
import { stripRuleTextsPlugin } from './scripts/strip-rule-texts.ts';
import { CONTENT_SCRIPT_SOURCE, manifestFor, outDirFor, type Mode, type Target } from './manifest.config.ts';

// One source, several builds: TARGET=chrome|firefox, MODE=release|test (scripts/build-extension.ts).
const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const mode: Mode = process.env.MODE === 'test' ? 'test' : 'release';

const outDir = outDirFor(target, mode);

export default defineConfig({
  // Only the extension's own files: the Node library is built by tsc (npm run build:lib).
  publicDir: 'public',
  // English's phrase book packed into one string, as the other books ship (scripts/packed-english-book.ts).
  resolve: { alias: [{ find: /^\.\/en\.js$/, replacement: writePackedEnglishBook() }] },
  build: {
    outDir,
    emptyOutDir: true,
    // Extension bundles are read by reviewers: keep them readable, no source maps shipped.
    minify: true,
    sourcemap: false,
    target: 'es2022',
    // Browsers that run MV3 preload modules natively; the polyfill would only add a fetch() call.
    modulePreload: { polyfill: false },
    rollupOptions: { input: { popup: 'src/popup/index.html', options: 'src/options/index.html' } },
  },
  plugins: [
    crx({ manifest: manifestFor(target, mode) as never, browser: target }),
    // After crx: its IIFE content script only exists once crx's generateBundle has emitted it.
    stripRuleTextsPlugin(CONTENT_SCRIPT_SOURCE.replace(/\.ts$/, '.js'), outDir),
    minifyContentScriptPlugin(CONTENT_SCRIPT_SOURCE.replace(/\.ts$/, '.js')),
    extensionPostBuild(outDir),
  ],
});
