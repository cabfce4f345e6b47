/**
 * Builds every extension variant, one vite process each (crxjs keeps per-process state):
 * dist/chrome, dist/firefox (shipped) and dist/chrome-test, dist/firefox-test (e2e suites only).
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VARIANTS = [
  { TARGET: 'chrome', MODE: 'release' },
  { TARGET: 'firefox', MODE: 'release' },
  { TARGET: 'chrome', MODE: 'test' },
  { TARGET: 'firefox', MODE: 'test' },
];
const only = process.argv.slice(2);

for (const variant of VARIANTS) {
  const name = `${variant.TARGET}${variant.MODE === 'test' ? '-test' : ''}`;
  if (only.length && !only.includes(name)) continue;
  console.log(`\n— building dist/${name}`);
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...variant },
  });
  if (result.status !== 0) {
    console.error(`build of dist/${name} failed`);
    process.exit(result.status ?? 1);
  }
}
