/**
 * Store-ready zips of the shipped builds, dist/sift-chrome-<version>.zip and
 * dist/sift-firefox-<version>.zip (web-ext build zips a folder; no download involved), and the
 * source zip AMO asks for with minified code, dist/sift-source-<version>.zip: what a reviewer needs
 * to rebuild both with `npm ci && npm run build:ext` (README, "Building from source").
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Everything the extension build reads; tests, benchmarks and seeds are not needed to rebuild. */
export const SOURCE_PATHS = [
  'README.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.lib.json',
  'vite.config.ts',
  'manifest.config.ts',
  'src',
  'scripts',
  'public',
];

for (const target of ['chrome', 'firefox']) {
  const source = resolve(ROOT, 'dist', target);
  if (!existsSync(resolve(source, 'manifest.json'))) {
    console.error(`dist/${target} is missing: run npm run build first`);
    process.exit(1);
  }
  const filename = `sift-${target}-${version}.zip`;
  const result = spawnSync(
    'npx',
    ['web-ext', 'build', '--source-dir', source, '--artifacts-dir', resolve(ROOT, 'dist'), '--filename', filename, '--overwrite-dest', '--no-input'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`dist/${filename}`);
}

// The source as committed (git archive): the zip a reviewer gets must be what is in the history.
const sourceZip = `dist/sift-source-${version}.zip`;
const dirty = spawnSync('git', ['status', '--porcelain', '--', ...SOURCE_PATHS], { cwd: ROOT, encoding: 'utf8' });
if (dirty.status !== 0) {
  console.error('npm run package needs a git checkout to write the source zip');
  process.exit(1);
}
if (dirty.stdout.trim()) console.warn(`warning: uncommitted changes are not in ${sourceZip}:\n${dirty.stdout}`);
rmSync(resolve(ROOT, sourceZip), { force: true });
const archive = spawnSync('git', ['archive', '--format=zip', `--prefix=sift-${version}/`, '-o', sourceZip, 'HEAD', '--', ...SOURCE_PATHS], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (archive.status !== 0) process.exit(archive.status ?? 1);
console.log(sourceZip);
