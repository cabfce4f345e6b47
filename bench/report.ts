import type { BundleSizes, SizeRow } from './bundle-size.js';
import type { ChromiumScalingRow, CleanViewTimes } from './chromium.js';
import type { PageTimes } from './corpus-jsdom.js';
import { round, summarise, type Summary } from './measure.js';
import type { ScalingRow } from './scaling.js';

/** Per-environment corpus summary: medians and p95 over pages of each page's median time. */
export interface CorpusSummary {
  pages: number;
  classify: Summary;
  parse: Summary;
  cloneAndParse: Summary;
  floor: Summary;
  /** classify median ÷ Readability.parse median (and the same with the clone counted). */
  ratioParse: number;
  ratioCloneAndParse: number;
  /** classify median ÷ floor median. */
  ratioFloor: number;
  /** The stats pass alone (page-contenders.ts), and its median ÷ the floor's (absent in older results). */
  statsPass?: Summary;
  ratioStatsPassFloor?: number;
  /** One phrase scan of the page's visible text (page-contenders.ts), and its median ÷ the floor's (absent in older results). */
  phraseScan?: Summary;
  ratioPhraseScanFloor?: number;
  /** The first call on each page (page-contenders.ts): classify's and Readability.parse's, and their ratio. */
  firstClassify: Summary;
  firstParse: Summary;
  ratioFirst: number;
  /** Once the code settled in each fresh document (page-contenders.ts; Chromium only). */
  settled?: { classify: Summary; parse: Summary; ratio: number };
  perPage: PageTimes[];
}

export interface Target {
  name: string;
  value: number | null;
  unit: string;
  limit: number;
  aim?: number;
  /** true within the limit, false over it, null when the figure is missing. */
  pass: boolean | null;
}

export interface Results {
  generatedAt: string;
  /** loadAverage: the 1-minute load average at the start and end of the run (noise indicator). */
  machine: { node: string; cpus: number; chromium: string | null; platform: string; loadAverage?: [number, number] };
  repeats: number;
  /** Fresh loads of each corpus page in Chromium, the median over them kept. */
  chromiumLoads: number;
  /** Rounds after the timed ones in Chromium, the last `repeats` of them the settled figures (absent in older results). */
  settleRounds?: number;
  /** Chromium's Sift/Readability for each load of the corpus pages taken apart (chromium.ts; absent in older results). */
  chromiumLoadRatios?: number[];
  corpus: { jsdom: CorpusSummary | null; chromium: CorpusSummary | null };
  scaling: { jsdom: ScalingRow[]; chromium: ChromiumScalingRow[]; growthJsdom: number | null; growthChromium: number | null };
  cleanView: CleanViewTimes[];
  bundle: BundleSizes;
  targets: Target[];
}

function settledSummary(perPage: PageTimes[]): NonNullable<CorpusSummary['settled']> {
  const classify = summarise(perPage.map((p) => p.settledClassify!));
  const parse = summarise(perPage.map((p) => p.settledParse!));
  return { classify, parse, ratio: round(classify.median / parse.median) };
}

export function summariseCorpus(perPage: PageTimes[]): CorpusSummary | null {
  if (perPage.length === 0) return null;
  const classify = summarise(perPage.map((p) => p.classify));
  const parse = summarise(perPage.map((p) => p.parse));
  const cloneAndParse = summarise(perPage.map((p) => p.clone + p.parse));
  const floor = summarise(perPage.map((p) => p.floor));
  const firstClassify = summarise(perPage.map((p) => p.firstClassify));
  const firstParse = summarise(perPage.map((p) => p.firstParse));
  const statsPass = perPage.every((p) => p.statsPass !== undefined) ? summarise(perPage.map((p) => p.statsPass)) : null;
  const phraseScan = perPage.every((p) => p.phraseScan !== undefined) ? summarise(perPage.map((p) => p.phraseScan)) : null;
  const hasSettled = perPage.every((p) => p.settledClassify !== undefined && p.settledParse !== undefined);
  const roundSettled = (p: PageTimes) => (p.settledClassify === undefined ? {} : { settledClassify: round(p.settledClassify, 3), settledParse: round(p.settledParse!, 3) });
  return {
    pages: perPage.length,
    classify,
    parse,
    cloneAndParse,
    floor,
    ratioParse: round(classify.median / parse.median),
    ratioCloneAndParse: round(classify.median / cloneAndParse.median),
    ratioFloor: round(classify.median / floor.median, 1),
    ...(statsPass ? { statsPass, ratioStatsPassFloor: round(statsPass.median / floor.median, 1) } : {}),
    ...(phraseScan ? { phraseScan, ratioPhraseScanFloor: round(phraseScan.median / floor.median, 1) } : {}),
    firstClassify,
    firstParse,
    ratioFirst: round(firstClassify.median / firstParse.median),
    ...(hasSettled ? { settled: settledSummary(perPage) } : {}),
    perPage: perPage.map((p) => ({ ...p, classify: round(p.classify, 3), clone: round(p.clone, 3), parse: round(p.parse, 3), floor: round(p.floor, 3), ...(p.statsPass === undefined ? {} : { statsPass: round(p.statsPass, 3) }), ...(p.phraseScan === undefined ? {} : { phraseScan: round(p.phraseScan, 3) }), firstClassify: round(p.firstClassify, 3), firstParse: round(p.firstParse, 3), ...roundSettled(p) })),
  };
}

/** time(100k) ÷ time(10k); 10× is linear. */
export function growth(rows: Array<{ name: string; classifyMs: number | null }>): number | null {
  const small = rows.find((row) => row.name === '10k')?.classifyMs;
  const large = rows.find((row) => row.name === '100k')?.classifyMs;
  return small && large ? round(large / small, 1) : null;
}

/** `stopped`: the figure is missing because the run was stopped at its time limit, which fails. */
function target(name: string, value: number | null | undefined, unit: string, limit: number, aim?: number, strict = false, stopped = false): Target {
  const v = value ?? null;
  return { name, value: v, unit, limit, ...(aim !== undefined ? { aim } : {}), pass: v === null ? (stopped ? false : null) : strict ? v < limit : v <= limit };
}

function stoppedAt(rows: Array<{ name: string; classifyMs: number | null; error?: string }>, name: string): boolean {
  const row = rows.find((r) => r.name === name);
  return row !== undefined && row.classifyMs === null && /stopped/.test(row.error ?? '');
}

export function targets(results: Omit<Results, 'targets'>): Target[] {
  const { jsdom, chromium } = results.corpus;
  const at300k = (rows: Array<{ name: string; classifyMs: number | null }>) => rows.find((row) => row.name === '300k')?.classifyMs ?? null;
  const seed = results.cleanView.find((row) => row.id.startsWith('seed:'));
  const bundle = bundleForTarget(results);
  return [
    target('classify ÷ Readability.parse, median (jsdom)', jsdom?.ratioParse, '×', 0.5, 0.3),
    target('classify ÷ Readability.parse, median (Chromium)', chromium?.ratioParse, '×', 0.5, 0.3),
    target('classify ÷ floor, median (jsdom)', jsdom?.ratioFloor, '×', 4),
    target('classify ÷ floor, median (Chromium)', chromium?.ratioFloor, '×', 4),
    target('time(100k) ÷ time(10k) (jsdom)', results.scaling.growthJsdom, '×', 12, undefined, false, stoppedAt(results.scaling.jsdom, '100k')),
    target('time(100k) ÷ time(10k) (Chromium)', results.scaling.growthChromium, '×', 12, undefined, false, stoppedAt(results.scaling.chromium, '100k')),
    target('classify at 300k elements (jsdom)', at300k(results.scaling.jsdom), 'ms', 1000, undefined, false, stoppedAt(results.scaling.jsdom, '300k')),
    target('classify at 300k elements (Chromium)', at300k(results.scaling.chromium), 'ms', 1000, undefined, false, stoppedAt(results.scaling.chromium, '300k')),
    // What a page is given at most: the script and the two largest phrase books (the script alone before they were split off).
    target('content script + 2 largest phrase books, gzip', bundle ? round(bundle.gzip / 1024, 1) : null, 'KB', 30),
    target('clean view apply, seed page (Chromium)', seed?.apply, 'ms', 16, undefined, true),
  ];
}

// ---- plain-text table for the terminal -------------------------------------------------------

function fmt(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function verdict(t: Target): string {
  if (t.pass === null) return 'n/a';
  return t.pass ? 'PASS' : 'FAIL';
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  return rows.map((row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ')).join('\n');
}

export function corpusRows(results: Results): string[][] {
  const rows = [['corpus pages (ms per page)', 'classify med', 'p95', 'Readability.parse med', 'p95', 'clone+parse med', 'floor med', 'Sift/Readability', 'Sift/(clone+parse)', 'Sift/floor', 'first call: classify med', 'parse med', 'Sift/Readability']];
  for (const [name, s] of [['jsdom', results.corpus.jsdom], ['Chromium', results.corpus.chromium]] as const) {
    if (!s) {
      rows.push([name, 'n/a', '', '', '', '', '', '', '', '', '', '', '']);
      continue;
    }
    // Results written before the first-call columns existed have no such figures.
    const first = s.firstClassify ? [fmt(s.firstClassify.median), fmt(s.firstParse.median), `${fmt(s.ratioFirst, 2)}×`] : ['n/a', 'n/a', 'n/a'];
    rows.push([`${name} (${s.pages} pages)`, fmt(s.classify.median), fmt(s.classify.p95), fmt(s.parse.median), fmt(s.parse.p95), fmt(s.cloneAndParse.median), fmt(s.floor.median, 2), `${fmt(s.ratioParse, 2)}×`, `${fmt(s.ratioCloneAndParse, 2)}×`, `${fmt(s.ratioFloor)}×`, ...first]);
  }
  return rows;
}

/**
 * The floor target's ladder, per environment: the floor, classify's stats pass alone (one walk that
 * keeps figures per element), one phrase scan of the page's visible words, and classify, as medians
 * and as multiples of the floor. Null when the run has no stats pass figures (results from before them).
 */
export function floorRows(results: Results): string[][] | null {
  const environments = [['jsdom', results.corpus.jsdom], ['Chromium', results.corpus.chromium]] as const;
  if (!environments.some(([, s]) => s?.statsPass)) return null;
  const rows = [['corpus pages, medians (ms per page)', ...environments.flatMap(([name]) => [`${name} ms`, `${name} ÷ floor`])]];
  const cells = (pick: (s: CorpusSummary) => [number | undefined, number | undefined]) =>
    environments.flatMap(([, s]) => {
      const [ms, ratio] = s?.statsPass ? pick(s) : [undefined, undefined];
      return [fmt(ms, 2), ratio === undefined ? 'n/a' : `${fmt(ratio)}×`];
    });
  rows.push(['floor: a TreeWalker visits every node, reads text lengths', ...cells((s) => [s.floor.median, 1])]);
  rows.push(["classify's stats pass alone: one walk, figures kept per element", ...cells((s) => [s.statsPass!.median, s.ratioStatsPassFloor])]);
  rows.push(["one phrase scan of the page's visible words, nothing else", ...cells((s) => [s.phraseScan?.median, s.ratioPhraseScanFloor])]);
  rows.push(['classify', ...cells((s) => [s.classify.median, s.ratioFloor])]);
  return rows;
}

/**
 * Chromium's calls in one fresh document, side by side: the first (a reader's press), the timed
 * ones the target is read on, and the settled ones. Null when the run has no settled figures.
 */
export function callRows(results: Results): string[][] | null {
  const s = results.corpus.chromium;
  if (!s?.settled || !results.settleRounds) return null;
  const calls = 1 + results.repeats + results.settleRounds;
  const ratio = (value: number) => `${fmt(value, 2)}×`;
  return [
    ['Chromium, calls in a fresh page (medians over pages)', 'classify ms', 'Readability.parse ms', 'Sift/Readability'],
    ['first call', fmt(s.firstClassify.median), fmt(s.firstParse.median), ratio(s.ratioFirst)],
    [`timed calls (2-${results.repeats + 1}; the target's)`, fmt(s.classify.median), fmt(s.parse.median), ratio(s.ratioParse)],
    ...(results.chromiumLoadRatios && results.chromiumLoadRatios.length > 1 ? [['the same, each load of the pages apart', '', '', results.chromiumLoadRatios.map(ratio).join(' · ')]] : []),
    [`settled (calls ${calls - results.repeats + 1}-${calls})`, fmt(s.settled.classify.median), fmt(s.settled.parse.median), ratio(s.settled.ratio)],
  ];
}

export function scalingRows(results: Results): string[][] {
  const rows = [['generated page', 'elements', 'jsdom classify ms', 'jsdom floor ms', 'peak heap MB', 'classify heap MB', 'Chromium classify ms', 'Chromium floor ms']];
  for (const row of results.scaling.jsdom) {
    const chrome = results.scaling.chromium.find((c) => c.name === row.name);
    rows.push([row.name, String(row.elements), row.error ? row.error : fmt(row.classifyMs), fmt(row.floorMs, 2), fmt(row.peakHeapMb), fmt(row.classifyHeapMb), chrome?.error ?? fmt(chrome?.classifyMs), chrome?.error ? '' : fmt(chrome?.floorMs, 2)]);
  }
  rows.push(['time(100k) ÷ time(10k)', '', `${fmt(results.scaling.growthJsdom)}×`, '', '', '', `${fmt(results.scaling.growthChromium)}×`, '']);
  return rows;
}

export function cleanViewRows(results: Results): string[][] {
  const rows = [['clean view (Chromium)', 'elements', 'hidden', 'apply ms', 'apply+layout ms', 'revert ms', 'revert+layout ms']];
  for (const row of results.cleanView) rows.push([row.id, String(row.elements), String(row.hidden), fmt(row.apply, 2), fmt(row.applyLayout, 2), fmt(row.revert, 2), fmt(row.revertLayout, 2)]);
  return rows;
}

/** The figure the 30 KB target reads: the most a page is given, or the content script where no book is split off (older results). */
function bundleForTarget(results: Pick<Results, 'bundle'>): SizeRow | null {
  return results.bundle.mostInjected ?? results.bundle.contentScript;
}

export function bundleRows(results: Results): string[][] {
  const { contentScript, phraseBooks, mostInjected, popup, note } = results.bundle;
  const rows = [
    ['bundle', 'raw', 'gzip', 'files'],
    ['content script', contentScript ? kb(contentScript.raw) : note, contentScript ? kb(contentScript.gzip) : '', contentScript ? contentScript.files.join(', ') : ''],
  ];
  for (const book of phraseBooks ?? []) rows.push([`phrase book, injected on demand`, kb(book.raw), kb(book.gzip), book.file]);
  if (mostInjected) rows.push(['most a page is given', kb(mostInjected.raw), kb(mostInjected.gzip), mostInjected.files.join(', ')]);
  rows.push(['popup', popup ? kb(popup.raw) : note, popup ? kb(popup.gzip) : '', popup ? popup.files.join(', ') : '']);
  return rows;
}

export function targetRows(results: Results): string[][] {
  const rows = [['target', 'value', 'limit', 'result']];
  for (const t of results.targets) {
    const limit = `${t.name.includes('apply') ? '<' : '≤'} ${t.limit}${t.unit}${t.aim !== undefined ? ` (aim ${t.aim}${t.unit})` : ''}`;
    rows.push([t.name, t.value === null ? (t.pass === false ? 'stopped' : 'n/a') : `${t.value}${t.unit}`, limit, verdict(t)]);
  }
  return rows;
}

export function printReport(results: Results, out: (line: string) => void): void {
  const load = results.machine.loadAverage;
  out(`\nSift benchmark — ${results.generatedAt} — Node ${results.machine.node}, ${results.machine.chromium ? `Chromium ${results.machine.chromium}` : 'no Chromium'}, ${results.machine.cpus} cores${load ? `, load average ${load[0]} → ${load[1]}` : ''}, ${results.repeats} timed rounds per page (Chromium: median of ${results.chromiumLoads} loads)\n`);
  for (const rows of [corpusRows(results), floorRows(results), callRows(results), scalingRows(results), cleanViewRows(results), bundleRows(results), targetRows(results)]) if (rows) out(`${table(rows)}\n`);
}

// ---- markdown for the README ------------------------------------------------------------------

export function markdownTable(rows: string[][]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const [head, ...body] = rows;
  return [`| ${head!.map(escape).join(' | ')} |`, `| ${head!.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...body.map((row) => `| ${row.map(escape).join(' | ')} |`)].join('\n');
}
