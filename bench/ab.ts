/**
 * `npm run bench:ab -- <git ref>`: the classifier of the working tree against the one of `ref`, in
 * one fresh Chromium page per corpus page. A same-page A/B: both builds are loaded into the same
 * document and their calls alternate, so the machine's speed, which on this shared machine moves
 * by a fifth between bench runs at one code, moves both alike. What a change to the classifier
 * costs or buys on the corpus is read here; `npm run bench` says where the targets stand.
 *
 * Each page is loaded `--loads` times (default 2). In each load both builds run once untimed, then
 * `ROUNDS` rounds, each calling both, the first of the pair alternating from round to round (the
 * second call of a pair reads a few percent faster, the page's caches warmed by the first). Each
 * build's figure for a page is the median of its timed calls (and of the page's loads); the report
 * gives working tree ÷ ref of those summed over the pages, and the median of the pages' ratios,
 * which moves more from run to run. Options: `--loads N`, `--pages id,id`. Not a test.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { browserBundleOptions } from './build-bundles.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { ROOT, loadCorpus, type CorpusPage } from './corpus.js';
import { median } from './measure.js';

/** Timed rounds per load, after one untimed call of each build. */
export const ROUNDS = 4;

/** What the page gets: the build's classify on a global of its own. */
function entryFor(globalName: string): string {
  return `import { classify } from './src/classifier/index.js';\n(globalThis as Record<string, unknown>)[${JSON.stringify(globalName)}] = classify;\n`;
}

/** `entry` (source text, resolved from `root`) as one script, built as bench/build-bundles.ts builds Sift's. */
async function bundle(root: string, entry: string): Promise<string> {
  const result = await build({ ...browserBundleOptions(), stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'ab-entry.ts' }, write: false });
  return result.outputFiles[0]!.text;
}

/** The classifier of the tree at `root`, its classify on `globalThis[globalName]`. */
export function classifierBundle(root: string, globalName: string): Promise<string> {
  return bundle(root, entryFor(globalName));
}

/** The timing harness the page runs (bench/ab-page.ts), as `siftAbTime(rounds, refFirst)`. */
export function harnessBundle(): Promise<string> {
  return bundle(ROOT, "import './bench/ab-page.js';\n");
}

/** `ref`'s `src/` written out into a new temporary directory (removed by the caller). */
export function checkOut(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-ab-'));
  execFileSync('sh', ['-c', `git -C "$0" archive "$1" src | tar -x -C "$2"`, ROOT, ref, dir]);
  return dir;
}

/** One load's figures for a page: the median of each build's timed calls. */
export interface LoadTimes {
  tree: number;
  ref: number;
}

/** The per-page ratios (tree ÷ ref, each page's loads pooled) and the summed medians. */
export function summarise(byPage: Map<string, LoadTimes[]>): { ratio: number; tree: number; ref: number; pages: number } {
  const ratios: number[] = [];
  let tree = 0;
  let ref = 0;
  for (const loads of byPage.values()) {
    const pageTree = median(loads.map((load) => load.tree));
    const pageRef = median(loads.map((load) => load.ref));
    tree += pageTree;
    ref += pageRef;
    if (pageRef > 0) ratios.push(pageTree / pageRef);
  }
  return { ratio: median(ratios), tree, ref, pages: ratios.length };
}

export async function compare(pages: CorpusPage[], bundles: { tree: string; ref: string; harness: string }, loads: number, progress: (line: string) => void): Promise<Map<string, LoadTimes[]>> {
  const { tree, ref, harness } = bundles;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const byPage = new Map<string, LoadTimes[]>();
  try {
    // Page scripts off and every request refused, as in the bench: nothing leaves the machine.
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    for (let load = 0; load < loads; load++) {
      for (const [i, item] of pages.entries()) {
        await page.goto('about:blank');
        await page.setContent(item.html, { waitUntil: 'domcontentloaded', timeout: 120_000 });
        const session = await context.newCDPSession(page);
        // Which build is evaluated and called first alternates from page to page: the first call on
        // a page reads every node for the first time.
        const refFirst = (load + i) % 2 === 1;
        for (const source of [harness, ...(refFirst ? [ref, tree] : [tree, ref])]) await session.send('Runtime.evaluate', { expression: source });
        await session.detach();
        const times = (await page.evaluate(`siftAbTime(${ROUNDS}, ${refFirst})`)) as LoadTimes;
        byPage.set(item.id, [...(byPage.get(item.id) ?? []), times]);
        progress(`${item.id}: ${times.tree.toFixed(2)} ms against ${times.ref.toFixed(2)}`);
      }
    }
  } finally {
    await browser.close();
  }
  return byPage;
}

/** The ref and the options of the command line. */
export function parseArgs(argv: string[]): { ref: string | undefined; loads: number; only: string[] | undefined } {
  let ref: string | undefined;
  let loads = 2;
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--loads') loads = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--pages') only = (argv[++i] ?? '').split(',').filter(Boolean);
    else ref ??= arg;
  }
  return { ref, loads, only };
}

async function main(argv: string[]): Promise<void> {
  const { ref, loads, only } = parseArgs(argv);
  if (!ref) {
    console.error('usage: npm run bench:ab -- <git ref> [--loads N] [--pages id,id]');
    process.exitCode = 2;
    return;
  }
  const pages = loadCorpus().filter((page) => !only || only.includes(page.id));
  if (pages.length === 0) {
    console.error('bench:ab: no corpus pages to compare (../shared/corpus is absent, or --pages named none)');
    process.exitCode = 1;
    return;
  }
  const dir = checkOut(ref);
  try {
    const bundles = { tree: await classifierBundle(ROOT, 'siftTree'), ref: await classifierBundle(dir, 'siftRef'), harness: await harnessBundle() };
    const byPage = await compare(pages, bundles, loads, (line) => process.stderr.write(`${line}\n`));
    const { ratio, tree: treeMs, ref: refMs, pages: count } = summarise(byPage);
    console.log(
      `working tree ÷ ${ref}: ${(treeMs / refMs).toFixed(3)}× summed over ${count} pages (${treeMs.toFixed(1)} ms against ${refMs.toFixed(1)}, ${loads} load${loads > 1 ? 's' : ''} each); the median page ${ratio.toFixed(3)}×`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(ROOT, 'bench/ab.ts')) await main(process.argv.slice(2));
