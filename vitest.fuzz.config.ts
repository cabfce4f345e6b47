import { defineConfig } from 'vitest/config';

/**
 * `npm run fuzz`: the property tests with thousands of generated pages (1,000 per property, six
 * properties) and the bad-input tests at full size (100,000 paragraphs, 200,000 elements). Set
 * SIFT_FUZZ_RUNS or SIFT_FUZZ_SEED in the environment to change the count or replay a failure.
 */
export default defineConfig({
  test: {
    include: ['test/property.test.ts', 'test/bad-input.test.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    env: {
      SIFT_FUZZ_RUNS: process.env.SIFT_FUZZ_RUNS ?? '1000',
      SIFT_FULL_SIZE: '1',
    },
  },
});
