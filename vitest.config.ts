import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    // End-to-end tests spawn processes; two cores do best with a small pool.
    maxWorkers: 2,
  },
});
