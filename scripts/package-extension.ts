/**
 * Store-ready zips of the shipped builds: dist/sift-chrome-<version>.zip and
 * dist/sift-firefox-<version>.zip (web-ext build zips a folder; no download involved).
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

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
