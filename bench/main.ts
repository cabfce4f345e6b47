/**
 * `npm run bench`: the corpus in jsdom and in Chromium, the floor, scaling on generated pages,
 * clean view and bundle sizes. Prints a table with each figure against its target, writes
 * bench/results.json and the README's Performance section. Not a test: nothing here fails a build.
 *
 * Environment: BENCH_REPEATS (timed rounds per page, default 3), BENCH_CHROMIUM_LOADS (fresh loads
 * of each corpus page in Chromium, default 3), BENCH_SCALING_TIMEOUT (seconds per generated size,
 * default 60), BENCH_SKIP_CHROMIUM=1,
 * BENCH_SKIP_SCALING=1, BENCH_PAGES=n (first n corpus pages), BENCH_NO_README=1, CHROMIUM_PATH.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, platform } from 'node:os';
import { buildBundles } from './build-bundles.js';
import { bundleSizes } from './bundle-size.js';
import { benchChromium, type ChromiumResults } from './chromium.js';
import { loadCorpus, loadSeed } from './corpus.js';
import { benchCorpusJsdom } from './corpus-jsdom.js';
import { SETTLE_ROUNDS } from './page-contenders.js';
import { RESULTS, updateReadme } from './readme.js';
import { round } from './measure.js';
import { growth, printReport, summariseCorpus, targets, type Results } from './report.js';
import { SCALING_CASES, benchScaling } from './scaling.js';

const repeats = Number(process.env.BENCH_REPEATS ?? 3);
/** Fresh loads of each corpus page in Chromium (chromium.ts's benchChromium). */
const chromiumLoads = Math.max(1, Number(process.env.BENCH_CHROMIUM_LOADS ?? 3));
/**
 * A generated size still running after this long (parsing included, in jsdom) is stopped and
 * reported as such. 60 s: the 100k page's child takes about 25 s in jsdom (12 s of it parsing).
 */
const scalingTimeoutMs = Number(process.env.BENCH_SCALING_TIMEOUT ?? 60) * 1000;
const loadAtStart = round(loadavg()[0]!, 1);
const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();

const corpus = loadCorpus().slice(0, Number(process.env.BENCH_PAGES ?? Infinity));
const jsdomPages = benchCorpusJsdom(corpus, repeats, log);

let chromium: ChromiumResults | null = null;
if (process.env.BENCH_SKIP_CHROMIUM !== '1') {
  const bundles = await buildBundles();
  // Clean view: the seed page and the corpus page with the most elements.
  const largest = [...jsdomPages].sort((a, b) => b.elements - a.elements)[0];
  const cleanViewPages = [loadSeed(), ...corpus.filter((page) => page.id === largest?.id)];
  try {
    chromium = await benchChromium(corpus, cleanViewPages, process.env.BENCH_SKIP_SCALING === '1' ? [] : SCALING_CASES, bundles, repeats, chromiumLoads, scalingTimeoutMs, log);
  } catch (error) {
    log(`Chromium benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const scalingJsdom = process.env.BENCH_SKIP_SCALING === '1' ? [] : await benchScaling(repeats, scalingTimeoutMs, log);

const partial: Omit<Results, 'targets'> = {
  generatedAt: new Date().toISOString(),
  machine: { node: process.versions.node, cpus: cpus().length, chromium: chromium?.version ?? null, platform: platform(), loadAverage: [loadAtStart, round(loadavg()[0]!, 1)] },
  repeats,
  chromiumLoads,
  ...(chromium ? { settleRounds: SETTLE_ROUNDS, chromiumLoadRatios: chromium.loadRatios } : {}),
  corpus: { jsdom: summariseCorpus(jsdomPages), chromium: chromium ? summariseCorpus(chromium.corpus) : null },
  scaling: { jsdom: scalingJsdom, chromium: chromium?.scaling ?? [], growthJsdom: growth(scalingJsdom), growthChromium: growth(chromium?.scaling ?? []) },
  cleanView: chromium?.cleanView ?? [],
  bundle: bundleSizes(),
};
const results: Results = { ...partial, targets: targets(partial) };
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
if (process.env.BENCH_NO_README !== '1') updateReadme(results);
printReport(results, (line) => process.stdout.write(`${line}\n`));
log(`bench finished in ${((performance.now() - started) / 1000).toFixed(0)} s; wrote bench/results.json${process.env.BENCH_NO_README === '1' ? '' : ' and the README Performance section'}`);
