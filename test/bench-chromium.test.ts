/**
 * The benchmark's Chromium side on the seed page, in real headless Chromium: the bundles it builds
 * run as classic scripts in a fresh document and answer with figures. CI never runs `npm run
 * bench`; without this a bundle that no longer loads would show only at the next bench run.
 * Figures are not asserted (benchmarks print them); that each contender ran, and what classify found, are.
 */
import { describe, expect, it } from 'vitest';
import { buildBundles } from '../bench/build-bundles.js';
import { benchChromium } from '../bench/chromium.js';
import { loadSeed } from '../bench/corpus.js';

describe('bench in Chromium', () => {
  it('loads both bundles as scripts (no strict directive, as the extension ships) and times every contender on the seed page', async () => {
    const bundles = await buildBundles();
    expect(bundles.sift.startsWith('"use strict"')).toBe(false);
    expect(bundles.readability.startsWith('"use strict"')).toBe(false);
    const seed = loadSeed();
    const lines: string[] = [];
    const results = await benchChromium([seed], [seed], [], bundles, 1, 1, 60_000, (line) => lines.push(line));
    const [page] = results.corpus;
    expect(page?.id).toBe(seed.id);
    for (const figure of ['classify', 'parse', 'clone', 'floor', 'statsPass', 'phraseScan', 'firstClassify', 'firstParse', 'settledClassify', 'settledParse'] as const) expect(page![figure]).toBeGreaterThanOrEqual(0);
    expect(page!.elements).toBeGreaterThan(20);
    // The seed's clean view hides its donation appeal paragraphs (and what else classify labels).
    expect(results.cleanView[0]!.hidden).toBeGreaterThanOrEqual(11);
    expect(lines.some((line) => line.startsWith(`chromium ${seed.id}:`))).toBe(true);
  });
});
