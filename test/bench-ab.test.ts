/**
 * The same-page A/B (`npm run bench:ab`, bench/ab.ts): its figures are not asserted, the code that
 * makes them is. A ref's classifier checked out and bundled must classify as the working tree's
 * does; the page's harness must call both builds, in the order that cancels the second call's
 * advantage; the summary must divide the right way round.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOut, classifierBundle, harnessBundle, parseArgs, summarise, type LoadTimes } from '../bench/ab.js';
import { ROOT } from '../bench/corpus.js';
import { classify } from '../src/classifier/index.js';

/** A ref to check out needs a git checkout: a source archive has none. */
const IN_GIT = (() => {
  try {
    execFileSync('git', ['-C', ROOT, 'rev-parse', '--verify', 'HEAD'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('SKIPPED: not a git checkout; bench:ab checking out a ref is not tested');
    return false;
  }
})();

const SEED = readFileSync(resolve(ROOT, 'seeds/moscow-times-aggregator/source.html'), 'utf8');

/** A window that runs the scripts given to its `eval`, and none of the page's. */
function windowWith(html: string): JSDOM['window'] & Record<string, unknown> {
  return new JSDOM(html, { runScripts: 'outside-only', url: 'https://example.com/news/story' }).window as JSDOM['window'] & Record<string, unknown>;
}

describe('bench:ab', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!IN_GIT)("bundles the working tree's classifier and a ref's, checked out from git, and both classify the seed page as the source does", async () => {
    const dir = checkOut('HEAD');
    dirs.push(dir);
    const window = windowWith(SEED);
    window.eval(await classifierBundle(ROOT, 'siftTree'));
    window.eval(await classifierBundle(dir, 'siftRef'));
    const expected = classify(new JSDOM(SEED, { url: 'https://example.com/news/story' }).window.document);
    const labels = (result: ReturnType<typeof classify>) => result.sections.map((section) => `${section.label}: ${section.text}`);
    for (const name of ['siftTree', 'siftRef']) {
      const result = (window[name] as typeof classify)(window.document);
      expect(labels(result)).toEqual(labels(expected));
      expect(result.article.text).toBe(expected.article.text);
    }
  });

  it('times both builds in the page, once each untimed, then in rounds whose first call alternates, the first build as the caller says', async () => {
    const window = windowWith('<!doctype html><p>x</p>');
    const calls: string[] = [];
    window.siftTree = () => calls.push('tree');
    window.siftRef = () => calls.push('ref');
    window.eval(await harnessBundle());
    const timeAll = window.siftAbTime as (rounds: number, refFirst?: boolean) => LoadTimes;
    const times = timeAll(4);
    expect(calls).toEqual(['tree', 'ref', 'tree', 'ref', 'ref', 'tree', 'tree', 'ref', 'ref', 'tree']);
    expect(Object.keys(times).sort()).toEqual(['ref', 'tree']);
    // On every other page the ref's build is called first, in the untimed calls and in the rounds.
    calls.length = 0;
    timeAll(4, true);
    expect(calls).toEqual(['ref', 'tree', 'ref', 'tree', 'tree', 'ref', 'ref', 'tree', 'tree', 'ref']);
  });

  it('reads the ref and the options from the command line', () => {
    expect(parseArgs(['45a57b1'])).toEqual({ ref: '45a57b1', loads: 2, only: undefined });
    expect(parseArgs(['--loads', '3', 'main~2', '--pages', 'a,b'])).toEqual({ ref: 'main~2', loads: 3, only: ['a', 'b'] });
    expect(parseArgs(['--loads', '0']).loads).toBe(1);
    expect(parseArgs([]).ref).toBeUndefined();
  });

  it("gives the median of the pages' ratios, working tree over ref, each page's loads pooled by their median", () => {
    const byPage = new Map<string, LoadTimes[]>([
      ['a', [{ tree: 1, ref: 2 }, { tree: 3, ref: 2 }, { tree: 2, ref: 4 }]],
      ['b', [{ tree: 9, ref: 3 }]],
      ['c', [{ tree: 4, ref: 4 }]],
    ]);
    expect(summarise(byPage)).toEqual({ ratio: 1, tree: 2 + 9 + 4, ref: 2 + 3 + 4, pages: 3 });
  });
});
