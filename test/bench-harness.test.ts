/**
 * The benchmark's own arithmetic and bookkeeping (bench/measure.ts, report.ts, scaling.ts,
 * readme.ts): `npm run bench` prints figures and CI never runs it, so a wrong median, a target
 * read the wrong way round or a README section written twice would go unseen. The figures are
 * not asserted; the code that makes them is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { median, medianEach, quantile, timeRounds } from '../bench/measure.js';
import { performanceSection, RESULTS, withPerformanceSection } from '../bench/readme.js';
import { callRows, floorRows, growth, scalingRows, summariseCorpus, targets, verdict, type Results } from '../bench/report.js';
import type { PageTimes } from '../bench/corpus-jsdom.js';
import { heapFromTrace } from '../bench/scaling.js';

function storedResults(): Results {
  return JSON.parse(readFileSync(RESULTS, 'utf8')) as Results;
}

describe('bench measure helpers', () => {
  it('interpolates quantiles between ranks, whatever the order of the values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 0], 0.95)).toBeCloseTo(9.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('takes the median of each figure over several measurements', () => {
    expect(medianEach([{ a: 1, b: 30 }, { a: 5, b: 10 }, { a: 3, b: 20 }])).toEqual({ a: 3, b: 20 });
  });

  it('times contenders in rounds, each called once a round in turn', () => {
    const calls: string[] = [];
    const times = timeRounds({ first: () => calls.push('first'), second: () => calls.push('second') }, 3);
    expect(calls).toEqual(['first', 'second', 'first', 'second', 'first', 'second']);
    expect(Object.keys(times)).toEqual(['first', 'second']);
    expect(times.first).toBeGreaterThanOrEqual(0);
  });
});

describe('bench report', () => {
  it('divides the 100k time by the 10k time, and gives nothing without both', () => {
    expect(growth([{ name: '10k', classifyMs: 100 }, { name: '100k', classifyMs: 960 }])).toBe(9.6);
    expect(growth([{ name: '10k', classifyMs: 100 }, { name: '100k', classifyMs: null }])).toBeNull();
  });

  it('reads each target the right way round: at most the limit passes, over it fails, a stopped run fails', () => {
    const results = storedResults();
    const named = (name: string, all = targets(results)) => all.find((t) => t.name === name)!;
    const set = (chromiumRatio: number) => ({ ...results, corpus: { ...results.corpus, chromium: { ...results.corpus.chromium!, ratioParse: chromiumRatio } } });
    expect(verdict(named('classify ÷ Readability.parse, median (Chromium)', targets(set(0.5))))).toBe('PASS');
    expect(verdict(named('classify ÷ Readability.parse, median (Chromium)', targets(set(0.51))))).toBe('FAIL');
    const stopped = { ...results, scaling: { ...results.scaling, chromium: results.scaling.chromium.map((row) => (row.name === '300k' ? { ...row, classifyMs: null, error: 'stopped after 60 s' } : row)) } };
    expect(verdict(named('classify at 300k elements (Chromium)', targets(stopped)))).toBe('FAIL');
    const absent = { ...results, corpus: { ...results.corpus, chromium: null } };
    expect(verdict(named('classify ÷ floor, median (Chromium)', targets(absent)))).toBe('n/a');
    // Clean view's limit is strict: 16 ms is a missed frame.
    const cleanView = (apply: number) => ({ ...results, cleanView: results.cleanView.map((row) => (row.id.startsWith('seed:') ? { ...row, apply } : row)) });
    expect(verdict(named('clean view apply, seed page (Chromium)', targets(cleanView(16))))).toBe('FAIL');
    expect(verdict(named('clean view apply, seed page (Chromium)', targets(cleanView(15.9))))).toBe('PASS');
  });

  it('summarises the settled calls only when every page has them, and sets them beside the first and the timed calls', () => {
    const page = (id: string, classify: number, settled?: [number, number]): PageTimes => ({
      id, elements: 100, classify, clone: 1, parse: 10, floor: 0.5, statsPass: 2, phraseScan: 1, firstClassify: 30, firstParse: 15,
      ...(settled ? { settledClassify: settled[0], settledParse: settled[1] } : {}),
    });
    const withSettled = summariseCorpus([page('a', 8, [6, 12]), page('b', 9, [7, 10]), page('c', 10, [5, 11])])!;
    expect(withSettled.settled).toEqual({ classify: expect.objectContaining({ median: 6 }), parse: expect.objectContaining({ median: 11 }), ratio: 0.55 });
    expect(summariseCorpus([page('a', 8, [6, 12]), page('b', 9)])!.settled).toBeUndefined();
    const results = { ...storedResults(), repeats: 3, settleRounds: 10, chromiumLoadRatios: undefined, corpus: { jsdom: null, chromium: withSettled } };
    expect(callRows(results)).toEqual([
      ['Chromium, calls in a fresh page (medians over pages)', 'classify ms', 'Readability.parse ms', 'Sift/Readability'],
      ['first call', '30.0', '15.0', '2.00×'],
      ["timed calls (2-4; the target's)", '9.0', '10.0', '0.90×'],
      ['settled (calls 12-14)', '6.0', '11.0', '0.55×'],
    ]);
    // With each load's ratio (more than one load), a row of them under the timed calls.
    expect(callRows({ ...results, chromiumLoadRatios: [0.84, 0.9, 0.97] })![3]).toEqual(['the same, each load of the pages apart', '', '', '0.84× · 0.90× · 0.97×']);
    expect(callRows({ ...results, chromiumLoadRatios: [0.9] })).toHaveLength(4);
    // Results from before the settled figures, or from a run without Chromium: no such table.
    expect(callRows({ ...results, settleRounds: undefined })).toBeNull();
    expect(callRows({ ...results, corpus: { jsdom: null, chromium: null } })).toBeNull();
  });

  it('reads the heap peak and baseline from a GC trace between the child marks', () => {
    const trace = [
      '[1:0x1]     1200 ms: Mark-Compact (testing) 40.1 (45.0) -> 38.5 (44.0) MB, 12.0 / 0.0 ms  (average mu = 0.9) testing; GC in old space requested',
      'MARK before',
      '[1:0x1]     1300 ms: Scavenge 52.3 (60.0) -> 47.0 (60.0) MB, 1.2 / 0.0 ms  (average mu = 0.9) allocation failure;',
      '[1:0x1]     1400 ms: Mark-Compact 90.4 (99.0) -> 61.2 (80.0) MB, 30.0 / 0.0 ms  (average mu = 0.8) allocation failure;',
      'MARK after',
      '[1:0x1]     1500 ms: Scavenge 120.0 (130.0) -> 100.0 (130.0) MB, 1.0 / 0.0 ms',
    ];
    expect(heapFromTrace(trace)).toEqual({ peak: 90.4, baseline: 38.5 });
    expect(heapFromTrace(trace.filter((line) => line !== 'MARK after'))).toBeNull();
  });
});

describe('bench scaling table', () => {
  it("sets each size's floor beside its classify time in both environments, and a failed Chromium run's error in place of its figures", () => {
    const results = storedResults();
    const jsdom = [{ name: '10k', elements: 10000, nesting: 0, classifyMs: 240, floorMs: 16, parseMs: null, peakHeapMb: 95, classifyHeapMb: 20, sections: 100 }];
    const rows = scalingRows({ ...results, scaling: { jsdom, chromium: [{ name: '10k', elements: 10000, classifyMs: 88.2, floorMs: 3.7 }], growthJsdom: null, growthChromium: null } });
    expect(rows[0]!.slice(-2)).toEqual(['Chromium classify ms', 'Chromium floor ms']);
    expect(rows[1]).toEqual(['10k', '10000', '240.0', '16.00', '95.0', '20.0', '88.2', '3.70']);
    const failed = scalingRows({ ...results, scaling: { jsdom, chromium: [{ name: '10k', elements: 10000, classifyMs: null, floorMs: null, error: 'stopped after 60 s' }], growthJsdom: null, growthChromium: null } });
    expect(failed[1]!.slice(-2)).toEqual(['stopped after 60 s', '']);
  });
});

describe('bench floor ladder', () => {
  const page = (id: string, classify: number, floor: number, statsPass?: number) =>
    ({ id, elements: 100, classify, clone: 1, parse: 10, floor, firstClassify: 30, firstParse: 15, ...(statsPass === undefined ? {} : { statsPass, phraseScan: statsPass / 2 }) }) as PageTimes;

  it('sets the stats pass beside the floor and classify, each as a multiple of the floor', () => {
    const chromium = summariseCorpus([page('a', 8, 0.4, 1.6), page('b', 10, 0.5, 2), page('c', 12, 0.6, 3)])!;
    expect(chromium.statsPass).toEqual(expect.objectContaining({ median: 2 }));
    expect(chromium.ratioStatsPassFloor).toBe(4);
    expect(chromium.ratioPhraseScanFloor).toBe(2);
    expect(floorRows({ ...storedResults(), corpus: { jsdom: null, chromium } })).toEqual([
      ['corpus pages, medians (ms per page)', 'jsdom ms', 'jsdom ÷ floor', 'Chromium ms', 'Chromium ÷ floor'],
      ['floor: a TreeWalker visits every node, reads text lengths', 'n/a', 'n/a', '0.50', '1.0×'],
      ["classify's stats pass alone: one walk, figures kept per element", 'n/a', 'n/a', '2.00', '4.0×'],
      ["one phrase scan of the page's visible words, nothing else", 'n/a', 'n/a', '1.00', '2.0×'],
      ['classify', 'n/a', 'n/a', '10.00', '20.0×'],
    ]);
  });

  it('has no ladder for results without the stats pass on every page', () => {
    const partial = summariseCorpus([page('a', 8, 0.4), page('b', 10, 0.5, 2)])!;
    expect(partial.statsPass).toBeUndefined();
    expect(partial.perPage.map((p) => p.statsPass)).toEqual([undefined, 2]);
    expect(floorRows({ ...storedResults(), corpus: { jsdom: partial, chromium: null } })).toBeNull();
  });
});

describe('bench README section', () => {
  it('replaces the section between its markers and leaves the prose around it, run after run', () => {
    const results = storedResults();
    const section = performanceSection(results);
    expect(section.startsWith('<!-- bench:start -->')).toBe(true);
    expect(section.endsWith('<!-- bench:end -->')).toBe(true);
    expect(section).toContain('| classify ÷ Readability.parse, median (Chromium) |');
    const readme = `# Title\n\n## Performance\n\n<!-- bench:start -->\nold figures\n<!-- bench:end -->\n\nProse after.\n`;
    const once = withPerformanceSection(readme, section);
    expect(once).not.toContain('old figures');
    expect(once).toContain('Prose after.');
    expect(withPerformanceSection(once, section)).toBe(once);
  });

  it('adds the section at the end of a README that has none', () => {
    const added = withPerformanceSection('# Title\n', '<!-- bench:start -->\nx\n<!-- bench:end -->');
    expect(added).toMatch(/^# Title\n\n## Performance\n\n`npm run bench` runs the benchmark[^\n]*\n\n<!-- bench:start -->\nx\n<!-- bench:end -->\n$/);
  });
});
