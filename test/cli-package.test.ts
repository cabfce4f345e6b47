import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/dom.js';

/**
 * The CLI as a researcher gets it from the package (`npx sift`, `npm install -g`): the built
 * `dist/lib/cli/main.js`, started through the link npm puts in `node_modules/.bin`. The tests of
 * test/cli.test.ts call `run` in-process from the sources and cannot see either.
 */
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string>; files?: string[] };
const built = resolve(ROOT, manifest.bin?.sift ?? 'no bin');
const dir = mkdtempSync(join(tmpdir(), 'sift-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sift(...args: string[]): string {
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` before the tests.`);
  const link = join(dir, 'node_modules', '.bin', 'sift');
  if (!existsSync(link)) {
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(built, link);
  }
  return execFileSync(process.execPath, [link, ...args], { cwd: dir, encoding: 'utf8' });
}

describe('the sift command from the package', () => {
  it('is the built CLI, starts with a shebang, and ships with the seed page it reads by default', () => {
    expect(manifest.bin).toEqual({ sift: 'dist/lib/cli/main.js' });
    expect(readFileSync(built, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const paths = packed[0]!.files.map((file) => file.path);
    expect(paths).toContain('dist/lib/cli/main.js');
    expect(paths).toContain('seeds/moscow-times-aggregator/source.html');
  });

  it('runs through the npm link: without arguments it classifies the bundled seed page', () => {
    const out = sift();
    expect(out).toMatch(/^donation_appeal\s+\S*appeal-run-opener/m);
    expect(out).toMatch(/^hidden: (.* · )?1 donation_appeal( · .*)? \(\d+ sections\)$/m);
  });

  it('gives a saved page the same labels as JSON', () => {
    const json = JSON.parse(sift(resolve(ROOT, 'seeds/moscow-times-aggregator/source.html'), '--json')) as { hiddenBlocks: Record<string, number>; article: { byline: string } };
    expect(json.hiddenBlocks.donation_appeal).toBe(1);
    expect(json.article.byline).toBe('The Moscow Times');
  });
});
