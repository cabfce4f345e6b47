/**
 * Timing and summary helpers shared by the Node and the browser side of the benchmark (the browser
 * bundle imports this file too, so it uses nothing but `performance.now()`).
 */

/** The value at quantile `q` (0..1) of `values`, by linear interpolation between ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * q;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function p95(values: readonly number[]): number {
  return quantile(values, 0.95);
}

/** Milliseconds one call of `fn` takes, and what it returned (kept so the call is not optimised away). */
export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Median milliseconds of `repeats` calls of `fn` (after the caller's warm-up). */
export function timeMedian(fn: () => unknown, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) times.push(timeOnce(fn).ms);
  return median(times);
}

/**
 * Median milliseconds of each contender over `repeats` rounds, each round calling every contender
 * once in turn (after the caller's warm-up). Timing one contender's runs back to back after
 * another's put the garbage the first left (and the clones made for Readability) into the second's
 * window; in rounds every contender runs in the same heap state.
 */
export function timeRounds<K extends string>(contenders: Record<K, () => unknown>, repeats: number): Record<K, number> {
  const names = Object.keys(contenders) as K[];
  const rounds: Array<Record<K, number>> = [];
  for (let round = 0; round < repeats; round++) {
    rounds.push(Object.fromEntries(names.map((name) => [name, timeOnce(contenders[name]).ms])) as Record<K, number>);
  }
  return medianEach(rounds);
}

/** The median of each figure over several measurements of the same thing (each a record of figures). */
export function medianEach<T extends { [K in keyof T]: number }>(measurements: readonly T[]): T {
  const keys = Object.keys(measurements[0]!) as Array<keyof T>;
  return Object.fromEntries(keys.map((key) => [key, median(measurements.map((one) => one[key]))])) as T;
}

export interface Summary {
  median: number;
  p95: number;
}

export function summarise(values: readonly number[]): Summary {
  return { median: round(median(values)), p95: round(p95(values)) };
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
