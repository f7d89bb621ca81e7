import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (playwright-core + Debian's chromium).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    // Set before any test file loads playwright-core: Playwright records a service worker's
    // requests unless PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK is set (1.65; older releases
    // needed PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS). The network e2e depends on it and
    // proves it with a deliberate fetch from the service worker.
    env: {
      PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS: '1',
      PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK: '',
    },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
