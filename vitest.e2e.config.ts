import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (playwright-core + Debian's chromium).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
