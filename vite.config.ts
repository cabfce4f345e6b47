import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { extensionPostBuild } from './scripts/extension-post-build.ts';
import { manifestFor, outDirFor, type Mode, type Target } from './manifest.config.ts';

// One source, several builds: TARGET=chrome|firefox, MODE=release|test (scripts/build-extension.ts).
const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const mode: Mode = process.env.MODE === 'test' ? 'test' : 'release';

const outDir = outDirFor(target, mode);

export default defineConfig({
  // Only the extension's own files: the Node library is built by tsc (npm run build:lib).
  publicDir: 'public',
  build: {
    outDir,
    emptyOutDir: true,
    // Extension bundles are read by reviewers: keep them readable, no source maps shipped.
    minify: false,
    sourcemap: false,
    target: 'es2022',
    rollupOptions: { input: { popup: 'src/popup/index.html', options: 'src/options/index.html' } },
  },
  plugins: [crx({ manifest: manifestFor(target, mode) as never, browser: target }), extensionPostBuild(outDir)],
});
