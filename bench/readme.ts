/**
 * Writes the README's "Performance" section from bench/results.json, between the markers
 * `<!-- bench:start -->` and `<!-- bench:end -->` (added at the end of the README if missing).
 * Run by `npm run bench`; also standalone: `npx tsx bench/readme.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './corpus.js';
import { bundleRows, callRows, cleanViewRows, corpusRows, floorRows, markdownTable, scalingRows, targetRows, type Results } from './report.js';

export const README = resolve(ROOT, 'README.md');
export const RESULTS = resolve(ROOT, 'bench/results.json');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** A table of its own with its introduction, or nothing when the run has no figures for it. */
function tablePart(introduction: string, rows: string[][] | null): string[] {
  return rows ? [introduction, '', markdownTable(rows), ''] : [];
}

/** The floor target's ladder (floor, stats pass alone, phrase scan alone, classify), when the run has stats pass figures. */
function floorPart(results: Results): string[] {
  return tablePart(
    "**The floor, the walk and the words** (corpus medians): classify's stats pass is the one walk of the page it starts with, each node read once and figures kept per element for the rules; the phrase scan reads the page's visible text once for every language's phrase lists, as no block or rule asks. Each alone shows how much of the floor target's budget (4× the floor) that part of the work takes before a single block is scored:",
    floorRows(results),
  );
}

/** The table of Chromium's calls in a fresh page, when the run has settled figures. */
function settledPart(results: Results): string[] {
  return tablePart(
    "**Calls in a fresh page** (Chromium): the same page's calls side by side. The timed calls come while Chromium still tiers the code up; after more rounds each contender's time levels off, and the settled ratio says how much of the timed calls' ratio that warm-up explains:",
    callRows(results),
  );
}

export function performanceSection(results: Results): string {
  const m = results.machine;
  return [
    START,
    `Figures from \`bench/results.json\`, written by \`npm run bench\` on ${results.generatedAt.slice(0, 10)} (Node ${m.node}${m.chromium ? `, Chromium ${m.chromium}` : ''}, ${m.cpus} cores${m.loadAverage && Math.max(...m.loadAverage) > m.cpus ? `, load average ${m.loadAverage[0]} → ${m.loadAverage[1]}: other work shared the machine, so treat the figures as rough` : ''}, ${results.repeats} timed rounds per page after a warm-up, each round calling every contender once in turn; medians; in Chromium each page is loaded ${results.chromiumLoads} times, each time into a fresh document where both bundles run as classic scripts, as a content script does, and the median over the loads kept). The same parsed document is given to each contender in one process: \`classify(document)\`, \`new Readability(clone).parse()\` (the clone it needs timed apart) and the floor, a TreeWalker pass that visits every node and reads its text length.`,
    '',
    markdownTable(targetRows(results)),
    '',
    '**Corpus** (the 40 pages of `../shared/corpus`, milliseconds per page; "first call" is each contender\'s warm-up call on the page, which in Chromium comes right after the page loaded both bundles: what a reader\'s first press costs, less compiling the code once per browser session):',
    '',
    markdownTable(corpusRows(results)),
    '',
    ...floorPart(results),
    ...settledPart(results),
    '**Scaling** (generated pages: an article with appeals, newsletter boxes and related lists pasted in, a sidebar of menus; each size in a fresh Node process; classify is the median of the timed calls, one at 300k; heap is V8\'s, read from its GC trace, during the first call):',
    '',
    markdownTable(scalingRows(results)),
    '',
    '**Clean view** in Chromium (apply and revert alone, and with the style recalculation and layout they cause):',
    '',
    markdownTable(cleanViewRows(results)),
    '',
    '**Bundle** (`dist/chrome`):',
    '',
    markdownTable(bundleRows(results)),
    END,
  ].join('\n');
}

/** `readme` with its Performance section replaced by `section` (added at the end when it has none). */
export function withPerformanceSection(readme: string, section: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start >= 0 && end > start
    ? `${readme.slice(0, start)}${section}${readme.slice(end + END.length)}`
    : `${readme.trimEnd()}\n\n## Performance\n\n\`npm run bench\` runs the benchmark (about five minutes; it builds browser bundles into \`dist/bench/\` and uses \`/usr/bin/chromium\`, or \`CHROMIUM_PATH\`). It prints each figure against its target and rewrites this section.\n\n${section}\n`;
}

export function updateReadme(results: Results): void {
  writeFileSync(README, withPerformanceSection(readFileSync(README, 'utf8'), performanceSection(results)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  updateReadme(JSON.parse(readFileSync(RESULTS, 'utf8')) as Results);
}
