/**
 * The shrink cap of `npm run fuzz` (test/fuzz/shrink-limit.ts): with no time left, the first
 * counterexample is reported as it was found; without the cap fast-check shrinks it to the minimum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shrinkTimeLimit } from './fuzz/shrink-limit.js';

const failsAbove100 = fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => n <= 100);
const SEED = 42;

describe('shrinkTimeLimit', () => {
  it('without the plugin, fast-check shrinks the counterexample to 101', () => {
    const details = fc.check(failsAbove100, { seed: SEED });
    expect(details.failed).toBe(true);
    expect(details.counterexample).toEqual([101]);
    expect(details.numShrinks).toBeGreaterThan(0);
  });

  it('with no time left, reports the first failure unshrunk (and says so once)', () => {
    let limitReached = 0;
    const unshrunk = fc.check(failsAbove100, { seed: SEED, endOnFailure: true });
    const details = fc.check(failsAbove100, { seed: SEED, plugins: [shrinkTimeLimit(0, () => limitReached++)] });
    expect(details.failed).toBe(true);
    expect(details.numShrinks).toBe(0);
    expect(details.counterexample).toEqual(unshrunk.counterexample);
    expect(unshrunk.counterexample![0]).toBeGreaterThan(101);
    expect(limitReached).toBe(1);
  });

  it('with time left, shrinks as usual', () => {
    const details = fc.check(failsAbove100, { seed: SEED, plugins: [shrinkTimeLimit(3_600_000)] });
    expect(details.counterexample).toEqual([101]);
  });

  it('leaves a passing property passing', () => {
    const details = fc.check(fc.property(fc.nat(), (n) => n >= 0), { seed: SEED, plugins: [shrinkTimeLimit(0)] });
    expect(details.failed).toBe(false);
    expect(details.numRuns).toBe(100);
  });
});
