import { defineConfig } from 'vitest/config';

/** `npm run soak`: the long load run with a database restart, then the reliability report. */
export default defineConfig({
  test: {
    include: ['test/soak/**/*.soak.ts'],
    fileParallelism: false,
    sequence: { shuffle: false },
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
